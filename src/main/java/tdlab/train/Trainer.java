package tdlab.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tdlab.model.Evaluation;
import tdlab.model.ModelFactory;
import tdlab.model.ParamGroup;
import tdlab.model.ParamTensor;
import tdlab.model.Probe;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;

/**
 * The step loop of one run: batch, loss and gradient, clipping, update, divergence check. Owns the
 * model's arrays; use it from one thread.
 */
public final class Trainer implements AutoCloseable {
    private final RunConfig cfg;
    private final RunConfig.Seeds seeds;
    private final TrainableModel model;
    /** The step's loss and gradient, on {@code training.threads} threads (the same numbers on any number). */
    private final SplitGradient split;
    /** The exact population loss a {@code training.gradient: exact} run descends; null for sampled runs. */
    private final ExactLoss exact;
    private final TaskSampler sampler;
    private final Batch batch;
    /** Per training stage: its sampler ({@link TaskSampler#forStage}) and batch; empty for a run without stages. */
    private final TaskSampler[] stageSamplers;
    private final Batch[] stageBatches;
    /** Drawn on first use (a sweep's cell never evaluates, and an exact run's draws would be most of its time). */
    private final TaskSampler held;
    private Batch validation;
    private Batch probe;
    private final Optimizer optimizer;
    private final List<ParamTensor> tensors;
    private final double[] params;
    private final double[] grad;
    private final double[] backup;
    private final double[] tensorLr;
    /** Each tensor's effective settings (its group's, frozen where the current stage freezes it). */
    private final GroupSettings[] tensorSettings;
    /** The configured settings; stages do not change them. */
    private final EnumMap<ParamGroup, GroupSettings> groups;
    /** Per ParamGroup ordinal: the group has parameters in this model. */
    private final boolean[] present;
    /** Per ParamGroup ordinal: the configured settings with the stage {@link #effectiveStage} applied. */
    private final GroupSettings[] effective;
    /** ReduceLROnPlateau's state; null for other schedules. */
    private final Plateau plateau;
    /** The model's factor on every configured rate ({@code ModelSpec.learningRateScale}: S5's "scale η with H"). */
    private final double rateScale;
    private Stage effectiveStage;
    private boolean effectiveStale = true;
    private long step;
    private String diverged;

    /** A trainer on the configured threads, one where the configuration leaves it to the caller. */
    public Trainer(RunConfig cfg) {
        this(cfg, 1);
    }

    /** {@code defaultThreads}: the caller's choice where {@code training.threads} is 0. */
    public Trainer(RunConfig cfg, int defaultThreads) {
        this(cfg, defaultThreads, null);
    }

    /**
     * {@code exact}: the task's exact population loss for this model, or null where it has none; a run with
     * {@code training.gradient: exact} descends it instead of sampled batches, and is refused without one.
     */
    public Trainer(RunConfig cfg, int defaultThreads, ExactLoss exact) {
        this.cfg = cfg;
        boolean wantsExact = cfg.training().gradient() == TrainingConfig.Gradient.EXACT;
        tdlab.task.ConfigException.require(!wantsExact || exact != null, "training.gradient", "exact: the exact"
                + " population loss is known for the canonical model on a binary chain (0 < p, q < 1) started from"
                + " its stationary law; this run has none (use sampled)");
        this.exact = wantsExact ? exact : null;
        checkTensorNames(cfg);
        this.seeds = cfg.seeds();
        this.model = ModelFactory.create(cfg.model(), cfg.backend());
        this.split = new SplitGradient(model, cfg.training().threadsOr(defaultThreads),
                () -> ModelFactory.create(cfg.model(), cfg.backend()));
        this.rateScale = cfg.model().learningRateScale();
        this.sampler = cfg.task().sampler();
        TrainingConfig t = cfg.training();
        // an exact run draws no batch
        this.batch = this.exact != null ? null : sampler.allocate(t.batchSize(), t.sequenceLength());
        int drawnStages = this.exact != null ? 0 : t.stages().size();
        this.stageSamplers = new TaskSampler[drawnStages];
        this.stageBatches = new Batch[drawnStages];
        for (int i = 0; i < drawnStages; i++) {
            TaskSampler own = sampler.forStage(i);
            stageSamplers[i] = own;
            stageBatches[i] = own == sampler ? batch : own.allocate(t.batchSize(), t.sequenceLength());
        }
        this.held = cfg.task().evaluationSampler(); // fresh data even when training reuses a finite set
        this.optimizer = new Optimizer(t.optimizer(), model.layout());
        this.tensors = model.layout().tensors();
        this.params = Initializer.initialize(cfg.model(), model.layout(), cfg.init(), seeds.init());
        this.grad = new double[params.length];
        this.backup = new double[params.length];
        this.tensorLr = new double[tensors.size()];
        this.tensorSettings = new GroupSettings[tensors.size()];
        this.groups = new EnumMap<>(t.groups());
        this.present = new boolean[ParamGroup.values().length];
        for (ParamTensor tensor : tensors) {
            present[tensor.group().ordinal()] = true;
        }
        this.effective = new GroupSettings[ParamGroup.values().length];
        Schedule schedule = t.schedule();
        this.plateau = schedule.type() == Schedule.Type.REDUCE_ON_PLATEAU
                ? new Plateau(schedule.patience(), schedule.factor()) : null;
    }

    /**
     * A trainer stepping on one thread whatever the configuration says: a sweep's runs share its workers, one run a
     * worker (the numbers are the same on any number of threads).
     */
    public static Trainer singleThreaded(RunConfig cfg) {
        return singleThreaded(cfg, null);
    }

    /** The same, descending {@code exact} where the configuration asks for the exact loss. */
    public static Trainer singleThreaded(RunConfig cfg, ExactLoss exact) {
        return new Trainer(cfg.withTraining(cfg.training().withThreads(1)), 1, exact);
    }

    public RunConfig config() {
        return cfg;
    }

    /** Refuses a per-tensor decay of a tensor the model does not have, naming the field. */
    public static void checkTensorNames(RunConfig cfg) {
        if (cfg.training().tensorWeightDecay().isEmpty()) {
            return;
        }
        tdlab.model.ParamLayout layout = cfg.model().create(tdlab.model.Backend.PLAIN).layout();
        for (String name : cfg.training().tensorWeightDecay().keySet()) {
            tdlab.task.ConfigException.require(layout.has(name), "training.tensor_weight_decay." + name, "no tensor "
                    + name + " in this model (its tensors: " + layout.tensors().stream().map(ParamTensor::name).toList()
                    + ")");
        }
    }

    /** Threads a training step runs on. */
    public int threads() {
        return split.threads();
    }

    /** Stops the step's extra threads, if any. */
    @Override
    public void close() {
        split.close();
    }

    public TrainableModel model() {
        return model;
    }

    /** Optimizer steps done. */
    public long steps() {
        return step;
    }

    public boolean finished() {
        return step >= cfg.training().steps();
    }

    /** Non-null once the run diverged; stepping is refused until a checkpoint is restored. */
    public String divergence() {
        return diverged;
    }

    /** A copy of the current parameters. */
    public double[] params() {
        return params.clone();
    }

    /** The inputs of the fixed probe sequence. */
    public int[] probeTokens() {
        Batch one = probeBatch();
        return java.util.Arrays.copyOf(one.tokens(), one.length(0));
    }

    public Map<ParamGroup, GroupSettings> groups() {
        return Map.copyOf(groups);
    }

    /** Takes effect at the next step; the schedule still multiplies it. */
    public void setLearningRate(ParamGroup group, double lr) {
        groups.put(group, groups.get(group).withLearningRate(lr));
        effectiveStale = true;
    }

    public double scheduleFactor() {
        double f = cfg.training().schedule().factor(step, cfg.training().steps());
        return plateau == null ? f : f * plateau.factor();
    }

    /**
     * The learning rate the next step applies to {@code group}: its configured rate times the schedule's
     * factor and the model's {@code learningRateScale} (H for S5's classifier with η scaled by its heads), or 0 where the group is frozen, by its settings or by the current training stage, or has no
     * parameters in this model.
     */
    public double effectiveLearningRate(ParamGroup group) {
        updateEffectiveSettings();
        return effectiveLearningRate(group, scheduleFactor());
    }

    /** The rule behind {@link #effectiveLearningRate(ParamGroup)}; needs up-to-date effective settings. */
    private double effectiveLearningRate(ParamGroup group, double factor) {
        GroupSettings s = effective[group.ordinal()];
        return s.frozen() || !present[group.ordinal()] ? 0 : s.learningRate() * factor * rateScale;
    }

    /** Recomputes the effective settings when the stage or the configured settings changed since the last call. */
    private void updateEffectiveSettings() {
        Stage stage = currentStage();
        if (!effectiveStale && stage == effectiveStage) {
            return;
        }
        for (ParamGroup g : ParamGroup.values()) {
            GroupSettings s = groups.get(g);
            if (stage != null && !s.frozen() && !stage.trainable().contains(g)) {
                s = s.withFrozen(true);
            }
            effective[g.ordinal()] = s;
        }
        for (int i = 0; i < tensors.size(); i++) {
            GroupSettings g = effective[tensors.get(i).group().ordinal()];
            Double own = cfg.training().tensorWeightDecay().get(tensors.get(i).name());
            tensorSettings[i] = own == null ? g : new GroupSettings(g.learningRate(), own, g.frozen());
        }
        effectiveStage = stage;
        effectiveStale = false;
    }

    /** One optimizer step. */
    public StepResult step() {
        if (diverged != null) {
            throw new IllegalStateException("the run diverged (" + diverged + "); restore a checkpoint first");
        }
        TrainingConfig t = cfg.training();
        int stageIndex = currentStageIndex();
        double loss;
        if (exact != null) { // no batch: gradient descent on the population loss itself
            loss = exact.lossAndGradient(params, grad);
        } else {
            Batch drawn = stageIndex < 0 ? batch : stageBatches[stageIndex];
            (stageIndex < 0 ? sampler : stageSamplers[stageIndex]).fill(drawn, seeds.batch(step));
            loss = split.lossAndGradient(params, drawn, grad);
        }
        double factor = scheduleFactor();
        updateEffectiveSettings(); // also tensorSettings
        double sq = 0;
        for (int i = 0; i < tensors.size(); i++) {
            ParamTensor tensor = tensors.get(i);
            tensorLr[i] = effectiveLearningRate(tensor.group(), factor);
            if (!tensorSettings[i].frozen()) {
                for (int j = tensor.offset(), end = tensor.end(); j < end; j++) { // end() multiplies out the shape
                    sq += grad[j] * grad[j];
                }
            }
        }
        double norm = Math.sqrt(sq);
        if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
            diverged = "the loss or its gradient became non-finite at step " + (step + 1)
                    + " (loss " + loss + "); the parameters are those of step " + step;
            return new StepResult(step, loss, norm, factor, diverged);
        }
        if (t.clipNorm() > 0 && norm + 1e-6 > t.clipNorm()) { // torch.nn.utils.clip_grad_norm_: clip when c/(‖g‖ + 1e-6) < 1
            double c = t.clipNorm() / (norm + 1e-6);
            for (int j = 0; j < grad.length; j++) {
                grad[j] *= c;
            }
        }
        System.arraycopy(params, 0, backup, 0, params.length);
        optimizer.step(params, grad, tensorLr, tensorSettings);
        for (double v : params) {
            if (!Double.isFinite(v)) {
                System.arraycopy(backup, 0, params, 0, params.length);
                diverged = "a parameter became non-finite at step " + (step + 1)
                        + "; the parameters are those of step " + step;
                return new StepResult(step, loss, norm, factor, diverged);
            }
        }
        step++;
        if (plateau != null && step % t.schedule().every() == 0) {
            // the trainer's own check, not the frames': frames thin out with the timeline, the schedule must not
            plateau.observe(model.loss(params, validationBatch()));
        }
        return new StepResult(step, loss, norm, factor, null);
    }

    private Stage currentStage() {
        int i = currentStageIndex();
        return i < 0 ? null : cfg.training().stages().get(i);
    }

    /** The index of the stage the next step belongs to (the last stage goes on past its end), −1 without stages. */
    private int currentStageIndex() {
        List<Stage> stages = cfg.training().stages();
        if (stages.isEmpty()) {
            return -1;
        }
        long end = 0;
        for (int i = 0; i < stages.size(); i++) {
            end += stages.get(i).steps();
            if (step < end) {
                return i;
            }
        }
        return stages.size() - 1;
    }

    public Evaluation validate() {
        return model.evaluate(params, validationBatch());
    }

    /** The validation sequences: the same whenever they are first drawn (their seed is the run's). */
    public Batch validationBatch() {
        if (validation == null) {
            TrainingConfig t = cfg.training();
            validation = held.allocate(t.evalSequences(), t.sequenceLength());
            held.fill(validation, seeds.validation());
        }
        return validation;
    }

    private Batch probeBatch() {
        if (probe == null) {
            probe = held.allocate(1, cfg.probeLength());
            held.fill(probe, seeds.probe());
        }
        return probe;
    }

    public Probe probe() {
        return model.probe(params, probeBatch());
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(step, params, optimizer.state(), groups,
                plateau == null ? Plateau.State.INITIAL : plateau.state());
    }

    /** Returns to a checkpoint's parameters, optimizer state and step; clears a divergence. */
    public void restore(Checkpoint c, boolean keepCurrentLearningRates) {
        System.arraycopy(c.params(), 0, params, 0, params.length);
        optimizer.restore(c.optimizer());
        step = c.step();
        if (plateau != null) {
            plateau.restore(c.plateau());
        }
        diverged = null;
        if (!keepCurrentLearningRates) {
            groups.clear();
            groups.putAll(c.groups());
        }
        effectiveStale = true;
    }
}
