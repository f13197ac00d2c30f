package tdlab.train;

import java.util.SplittableRandom;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.model.ModelSpec;
import tdlab.model.TransformerConfig;
import tdlab.task.ConfigException;
import tdlab.task.TaskSpec;

/**
 * Everything that determines a run: same RunConfig ⇒ same loss at every step.
 *
 * @param name        short name (file names, titles)
 * @param task        the data
 * @param model       what is trained
 * @param backend     which implementation computes it
 * @param init        initialisation
 * @param training    optimisation
 * @param seed        master seed; initialisation, training data, validation data and the probe sequence use
 *                    independent streams derived from it
 * @param probeLength length of the fixed probe sequence whose attention maps frames record
 */
public record RunConfig(String name, TaskSpec task, ModelSpec model, Backend backend, InitConfig init,
                        TrainingConfig training, long seed, int probeLength) {

    public RunConfig {
        ConfigException.require(name != null && !name.isBlank(), "name", "is required");
        ConfigException.require(task != null, "task", "is required");
        ConfigException.require(model != null, "model", "is required");
        ConfigException.require(backend != null, "model.backend", "is required; one of AUTO, PLAIN, ND4J");
        ConfigException.require(init != null, "init", "is required");
        ConfigException.require(training != null, "training", "is required");
        ConfigException.require(task.providesFeatures() == model.readsFeatures(), "model.type", model.readsFeatures()
                ? "the " + model.kind() + " model reads real-valued token vectors, which a " + task.type()
                        + " task does not give"
                : "the " + model.kind() + " model reads token ids, and a " + task.type() + " task gives real-valued"
                        + " token vectors");
        ConfigException.require(task.vocab() == model.vocab(), "model.vocab",
                "the model reads " + model.vocab() + " token values but the task has " + task.vocab() + " states");
        if (model instanceof CanonicalConfig) {
            ConfigException.require(task.vocab() == 2, "task.matrix", "the canonical model needs a binary chain");
            ConfigException.require(backend != Backend.ND4J, "backend",
                    "the canonical (e, w, b) model has only the plain backend; use auto or plain");
        }
        ConfigException.require(training.sequenceLength() >= model.minSequenceLength(), "training.sequence_length",
                "is " + training.sequenceLength() + " but the " + model.kind() + " model needs at least "
                        + model.minSequenceLength() + " tokens");
        if (model instanceof TransformerConfig t) {
            ConfigException.require(training.sequenceLength() <= t.maxLength(), "training.sequence_length",
                    "is " + training.sequenceLength() + " but the model's positional encoding covers max_length "
                            + t.maxLength());
            ConfigException.require(training.sequenceLength() > t.lossFrom(), "model.loss_from",
                    "must be below the sequence length " + training.sequenceLength());
        }
        task.checkShape(training.batchSize(), training.sequenceLength());
        task.checkEvaluation(training.evalSequences(), probeLength);
        java.util.OptionalInt lossFrom = task.requiredLossFrom();
        if (lossFrom.isPresent()) {
            int need = lossFrom.getAsInt();
            ConfigException.require(model instanceof TransformerConfig, "model.type", "a " + task.type()
                    + " task counts the loss from input " + need + " on; only the transformer has loss_from");
            ConfigException.require(((TransformerConfig) model).lossFrom() == need, "model.loss_from",
                    "must be " + need + " for this " + task.type() + " task (the loss counts the targets after its"
                            + " context prefix), got " + ((TransformerConfig) model).lossFrom());
        }
        ConfigException.requireRange(probeLength, 1, Math.min(256, training.sequenceLength()), "probe_length");
        Initializer.validate(model, init);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(name, task, model, backend, init, training, s, probeLength);
    }

    public RunConfig withSteps(int steps) {
        return withTraining(training.withSteps(steps));
    }

    public RunConfig withTraining(TrainingConfig t) {
        return new RunConfig(name, task, model, backend, init, t, seed, probeLength);
    }

    public RunConfig withTask(TaskSpec t) {
        return new RunConfig(name, t, model, backend, init, training, seed, probeLength);
    }

    public RunConfig withInit(InitConfig i) {
        return new RunConfig(name, task, model, backend, i, training, seed, probeLength);
    }

    public RunConfig withBackend(Backend b) {
        return new RunConfig(name, task, model, b, init, training, seed, probeLength);
    }

    /** Independent seeds for the parts of a run, derived from the master seed. */
    public Seeds seeds() {
        SplittableRandom r = new SplittableRandom(seed);
        return new Seeds(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }

    public record Seeds(long init, long data, long validation, long probe) {
        /** Seed of the training batch of optimizer step {@code step}. */
        public long batch(long step) {
            return new SplittableRandom(data ^ (step * 0x9E3779B97F4A7C15L)).nextLong();
        }
    }
}
