package tdlab.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tdlab.model.ParamGroup;
import tdlab.task.ConfigException;

/**
 * How to train.
 *
 * @param steps           optimizer steps in the run (the schedule's length)
 * @param batchSize       sequences per step
 * @param sequenceLength  tokens per sequence (inputs; targets are shifted by one)
 * @param optimizer       update rule
 * @param groups          learning rate, weight decay and freezing per parameter group (every group present)
 * @param schedule        learning-rate multiplier over the run
 * @param clipNorm        global gradient-norm clipping threshold, 0 for none
 * @param stages          optional multi-stage plan; empty for single-stage training
 * @param evalEvery       steps between recorded frames (validation loss, probes)
 * @param evalSequences   sequences in the fixed validation set
 * @param threads         threads a training step may use; 0: the caller's default (all cores headless, one less
 *                        than the cores in the window). The numbers do not depend on it ({@code SplitGradient}).
 * @param gradient        what a step descends: the sampled batch's loss, or the exact population loss
 * @param tensorWeightDecay per tensor name, a weight decay that replaces its group's (the reference code decays
 *                        some tensors of a group and not others: Markov-Simple2's scalar embedding e, an
 *                        nn.Linear weight, but not the positions beside it)
 */
public record TrainingConfig(int steps, int batchSize, int sequenceLength, OptimizerConfig optimizer,
                             Map<ParamGroup, GroupSettings> groups, Schedule schedule, double clipNorm,
                             List<Stage> stages, int evalEvery, int evalSequences, int threads, Gradient gradient,
                             Map<String, Double> tensorWeightDecay) {

    /** What a training step descends. */
    public enum Gradient {
        /** The loss of a freshly sampled batch (stochastic gradient). */
        SAMPLED,
        /**
         * The exact population loss of the theory, for the canonical model on a binary chain: gradient descent on
         * L(e, w, b) itself, the paper's gradient-flow setting without sampling noise.
         */
        EXACT
    }

    public static final int MAX_STEPS = 10_000_000;
    public static final int MAX_THREADS = 256;

    /** Settings with the thread count left to the caller. */
    public TrainingConfig(int steps, int batchSize, int sequenceLength, OptimizerConfig optimizer,
                          Map<ParamGroup, GroupSettings> groups, Schedule schedule, double clipNorm, List<Stage> stages,
                          int evalEvery, int evalSequences) {
        this(steps, batchSize, sequenceLength, optimizer, groups, schedule, clipNorm, stages, evalEvery, evalSequences,
                0);
    }

    /** Settings that descend the sampled loss. */
    public TrainingConfig(int steps, int batchSize, int sequenceLength, OptimizerConfig optimizer,
                          Map<ParamGroup, GroupSettings> groups, Schedule schedule, double clipNorm, List<Stage> stages,
                          int evalEvery, int evalSequences, int threads) {
        this(steps, batchSize, sequenceLength, optimizer, groups, schedule, clipNorm, stages, evalEvery, evalSequences,
                threads, Gradient.SAMPLED);
    }

    /** Settings without per-tensor decay. */
    public TrainingConfig(int steps, int batchSize, int sequenceLength, OptimizerConfig optimizer,
                          Map<ParamGroup, GroupSettings> groups, Schedule schedule, double clipNorm, List<Stage> stages,
                          int evalEvery, int evalSequences, int threads, Gradient gradient) {
        this(steps, batchSize, sequenceLength, optimizer, groups, schedule, clipNorm, stages, evalEvery, evalSequences,
                threads, gradient, Map.of());
    }

    public TrainingConfig {
        String f = "training.";
        ConfigException.requireRange(steps, 1, MAX_STEPS, f + "steps");
        ConfigException.requireRange(batchSize, 1, 65_536, f + "batch_size");
        ConfigException.requireRange(sequenceLength, 1, 65_536, f + "sequence_length");
        ConfigException.require(optimizer != null, f + "optimizer", "is required");
        ConfigException.require(schedule != null, f + "schedule", "is required");
        ConfigException.require(Double.isFinite(clipNorm) && clipNorm >= 0, f + "clip_norm",
                "must be a finite number ≥ 0 (0 disables clipping), got " + clipNorm);
        ConfigException.requireRange(evalEvery, 1, MAX_STEPS, f + "eval_every");
        ConfigException.requireRange(evalSequences, 1, 1_000_000, f + "eval_sequences");
        ConfigException.requireRange(threads, 0, MAX_THREADS, f + "threads");
        ConfigException.require(gradient != null, f + "gradient", "is required");
        tensorWeightDecay = tensorWeightDecay == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tensorWeightDecay));
        tensorWeightDecay.forEach((name, wd) -> ConfigException.require(Double.isFinite(wd) && wd >= 0 && wd <= 1,
                f + "tensor_weight_decay." + name, "must be in [0, 1], got " + wd));
        ConfigException.require(groups != null, f + "groups", "is required");
        EnumMap<ParamGroup, GroupSettings> all = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            GroupSettings s = groups.get(g);
            ConfigException.require(s != null, f + "groups." + g.key(), "is missing");
            all.put(g, s);
        }
        groups = java.util.Collections.unmodifiableMap(all);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** The same settings for every group. */
    public static Map<ParamGroup, GroupSettings> uniform(double learningRate, double weightDecay) {
        EnumMap<ParamGroup, GroupSettings> m = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            m.put(g, new GroupSettings(learningRate, weightDecay, false));
        }
        return m;
    }

    /**
     * The reference code's groups: decay only the attention and feed-forward matrices (embeddings,
     * positions, the tied head, LayerNorm and biases are not decayed).
     */
    public static Map<ParamGroup, GroupSettings> decayMatricesOnly(double learningRate, double weightDecay) {
        EnumMap<ParamGroup, GroupSettings> m = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            boolean decayed = g == ParamGroup.ATTENTION || g == ParamGroup.FEED_FORWARD || g == ParamGroup.HEAD;
            m.put(g, new GroupSettings(learningRate, decayed ? weightDecay : 0, false));
        }
        return m;
    }

    public GroupSettings group(ParamGroup g) {
        return groups.get(g);
    }

    public TrainingConfig withSteps(int n) {
        return new TrainingConfig(n, batchSize, sequenceLength, optimizer, groups, schedule, clipNorm, stages, evalEvery,
                evalSequences, threads, gradient, tensorWeightDecay);
    }

    public TrainingConfig withGroups(Map<ParamGroup, GroupSettings> g) {
        return new TrainingConfig(steps, batchSize, sequenceLength, optimizer, g, schedule, clipNorm, stages, evalEvery,
                evalSequences, threads, gradient, tensorWeightDecay);
    }

    /** The same settings on {@code n} threads (0: the caller's default). */
    public TrainingConfig withThreads(int n) {
        return new TrainingConfig(steps, batchSize, sequenceLength, optimizer, groups, schedule, clipNorm, stages,
                evalEvery, evalSequences, n, gradient, tensorWeightDecay);
    }

    /** The same settings descending this gradient. */
    public TrainingConfig withGradient(Gradient g) {
        return new TrainingConfig(steps, batchSize, sequenceLength, optimizer, groups, schedule, clipNorm, stages,
                evalEvery, evalSequences, threads, g, tensorWeightDecay);
    }

    /** The threads a step uses: the configured count, or {@code fallback} where it is left to the caller. */
    public int threadsOr(int fallback) {
        return threads > 0 ? threads : Math.max(1, fallback);
    }

    /** These settings with one group's learning rate replaced. */
    public TrainingConfig withLearningRate(ParamGroup g, double lr) {
        EnumMap<ParamGroup, GroupSettings> m = new EnumMap<>(groups);
        m.put(g, m.get(g).withLearningRate(lr));
        return withGroups(m);
    }
}
