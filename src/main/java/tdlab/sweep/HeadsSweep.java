package tdlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import tdlab.family.mixture.MixtureEvaluation;
import tdlab.model.mha.MultiHeadClassifier;
import tdlab.model.mha.MultiHeadClassifierConfig;
import tdlab.task.ConfigException;
import tdlab.task.mixture.TokenizedMixtureTask;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;

/**
 * S5's heads sweep (science.md §5.4): the base run of the multi-head classifier on a tokenized mixture, once per
 * number of heads H, everything else equal (the same data, the same seed, the model's "scale η with H" setting:
 * on, η = base rate·H); each run's final training loss, test loss, test error and relevant-token mass. Each H is
 * one job on {@link Workers}: the thread count changes the wall time only.
 */
public final class HeadsSweep {
    /** science.md's H ∈ {1, 2, 4, 8, 16}. */
    public static final List<Integer> DEFAULT_HEADS = List.of(1, 2, 4, 8, 16);

    private final RunConfig base;
    private final List<Integer> heads;
    private final TokenizedMixtureTask task;

    public HeadsSweep(RunConfig base, List<Integer> heads) {
        if (!(base.task() instanceof TokenizedMixtureTask t)) {
            throw new ConfigException("task.type", "a heads sweep trains the multi-head classifier on a "
                    + TokenizedMixtureTask.TYPE + " task, got " + base.task().type());
        }
        if (!(base.model() instanceof MultiHeadClassifierConfig)) {
            throw new ConfigException("model.type", "a heads sweep varies the heads of the multi_head_classifier"
                    + " model, got " + base.model().kind());
        }
        ConfigException.require(heads != null && !heads.isEmpty(), "heads", "needs at least one number of heads");
        for (int h : heads) {
            ConfigException.requireRange(h, 1, MultiHeadClassifierConfig.MAX_HEADS, "heads");
        }
        this.task = t;
        this.base = base;
        this.heads = List.copyOf(heads);
    }

    /** Parses "1,2,4,8,16"; a bad list names {@code field}. */
    public static List<Integer> parse(String text, String field) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            try {
                int h = Integer.parseInt(p);
                ConfigException.requireRange(h, 1, MultiHeadClassifierConfig.MAX_HEADS, field);
                out.add(h);
            } catch (NumberFormatException e) {
                throw new ConfigException(field, "must be a comma-separated list of head counts in [1, "
                        + MultiHeadClassifierConfig.MAX_HEADS + "], got \"" + text + "\"");
            }
        }
        ConfigException.require(!out.isEmpty(), field, "needs at least one number of heads");
        return out;
    }

    public List<Integer> heads() {
        return heads;
    }

    public int steps() {
        return base.training().steps();
    }

    /** The base run with H heads (no intermediate frames are recorded: only the end counts). */
    public RunConfig runConfig(int h) {
        MultiHeadClassifierConfig m = ((MultiHeadClassifierConfig) base.model()).withHeads(h);
        return new RunConfig(base.name() + "-h" + h, base.task(), m, base.backend(), base.init(), base.training(),
                base.seed(), base.probeLength());
    }

    /** Trains the run with H heads to its end. */
    public HeadsCell runOne(int h) {
        Trainer trainer = Trainer.singleThreaded(runConfig(h));
        while (!trainer.finished() && trainer.divergence() == null) {
            trainer.step();
        }
        if (trainer.divergence() != null) {
            return new HeadsCell(h, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        MultiHeadClassifier model = (MultiHeadClassifier) trainer.model();
        double[] p = trainer.params();
        MixtureEvaluation train = MixtureEvaluation.of(model, p, task.trainingSet());
        MixtureEvaluation test = MixtureEvaluation.of(model, p, trainer.validationBatch());
        return new HeadsCell(h, train.loss(), test.loss(), test.error(), test.mass());
    }

    /**
     * Trains every H on {@code threads} threads, the largest first (they take longest). {@code progress} gets the
     * number of finished runs; after {@code cancel} no run starts and the finished ones are returned, in the order
     * of {@link #heads()}.
     */
    public List<HeadsCell> run(int threads, IntConsumer progress, AtomicBoolean cancel) throws InterruptedException {
        List<Integer> jobs = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            jobs.add(i);
        }
        jobs.sort((a, b) -> Integer.compare(heads.get(b), heads.get(a)));
        List<HeadsCell> done = Workers.run(jobs, i -> runOne(heads.get(i)), threads, progress, cancel);
        HeadsCell[] byIndex = new HeadsCell[heads.size()];
        for (int k = 0; k < jobs.size(); k++) {
            byIndex[jobs.get(k)] = done.get(k);
        }
        List<HeadsCell> out = new ArrayList<>();
        for (HeadsCell c : byIndex) {
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
