package tdlab.task.highorder;

import java.util.List;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;
import tdlab.task.TaskSpec;

/**
 * A high-order Markov chain with block-structured importance (science.md §3.1, Yüksel et al.): after w
 * uniform prefix tokens, each token is drawn from softmax((1/τ)·Σ_k A_k Σ_{i∈I(k)} x_{t−i}) with
 * A_k = c^k Q_k, Q_k Haar-random orthogonal V×V matrices drawn from {@code seed}. The blocks I(k) are
 * consecutive lag intervals with lengths {@code spans}, listed oldest → newest, so the newest block has the
 * largest weight c^{h−1} (the oldest, with {@code reverseConstants}).
 *
 * @param vocab            V, the number of token values
 * @param spans            block lengths, oldest block first; context w = Σ spans
 * @param constant         c, the ratio of consecutive block weights
 * @param reverseConstants true: the oldest block gets c^{h−1}, the newest c^0
 * @param temperature      τ, the teacher's softmax temperature
 * @param length           generated tokens per sequence after the prefix (the positions the loss counts)
 * @param trainSequences   size n of a finite training set drawn once from {@code seed}; 0 for online sampling
 * @param seed             seed of the Q_k (and of the finite training set)
 */
public record HighOrderMarkovTask(int vocab, List<Integer> spans, double constant, boolean reverseConstants,
                                  double temperature, int length, int trainSequences, long seed) implements TaskSpec {

    public static final String TYPE = "high_order_markov";
    /** Q_k are dense V×V matrices and the Bayes estimate samples V-wide logits: a desktop-sized bound. */
    public static final int MAX_VOCAB = 512;
    public static final int MAX_CONTEXT = 256;
    public static final int MAX_TRAIN_SEQUENCES = 1_000_000;

    public HighOrderMarkovTask {
        ConfigException.requireRange(vocab, 2, MAX_VOCAB, "task.vocab");
        ConfigException.require(spans != null && !spans.isEmpty(), "task.spans",
                "needs at least one block (h ≥ 1): a list of span lengths, oldest block first");
        spans = List.copyOf(spans);
        int w = 0;
        for (int i = 0; i < spans.size(); i++) {
            ConfigException.requireRange(spans.get(i), 1, MAX_CONTEXT, "task.spans[" + i + "]");
            w += spans.get(i);
        }
        ConfigException.require(w <= MAX_CONTEXT, "task.spans", "the context Σ spans = " + w + " exceeds "
                + MAX_CONTEXT);
        ConfigException.require(Double.isFinite(constant) && constant > 0 && constant <= 100, "task.constant",
                "must be in (0, 100], got " + constant);
        ConfigException.require(Double.isFinite(temperature) && temperature > 0 && temperature <= 1e3,
                "task.temperature", "must be in (0, 1000], got " + temperature);
        ConfigException.requireRange(length, 1, 4096, "task.length");
        ConfigException.requireRange(trainSequences, 0, MAX_TRAIN_SEQUENCES, "task.train_sequences");
    }

    /** Number of blocks h. */
    public int blocks() {
        return spans.size();
    }

    /** Context length w = Σ spans: the uniform prefix and the lags the teacher reads. */
    public int context() {
        return spans.stream().mapToInt(Integer::intValue).sum();
    }

    /** Inputs per sequence: w prefix tokens and {@code length} generated ones, the last being a target only. */
    public int sequenceLength() {
        return context() + length - 1;
    }

    public boolean online() {
        return trainSequences == 0;
    }

    /** The teacher of this task (draws the Q_k; cheap at desktop sizes, so callers build it once each). */
    public HighOrderTeacher teacher() {
        return HighOrderTeacher.of(this);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    /** Online: fresh sequences per step; finite: batches drawn by index from the fixed training set. */
    @Override
    public TaskSampler sampler() {
        HighOrderTeacher teacher = teacher();
        return online() ? new HighOrderSampler(teacher) : new DatasetSampler(teacher, trainSequences, seed);
    }

    /** Validation and probe sequences are always fresh draws, never the training set's. */
    @Override
    public TaskSampler evaluationSampler() {
        return new HighOrderSampler(teacher());
    }

    /**
     * The loss counts the generated tokens only: the target of input t is token t + 1, and token w is the first
     * generated one, so the first counted input is w − 1.
     */
    @Override
    public java.util.OptionalInt requiredLossFrom() {
        return java.util.OptionalInt.of(context() - 1);
    }

    @Override
    public void checkShape(int batchSize, int sequenceLength) {
        ConfigException.require(sequenceLength == sequenceLength(), "training.sequence_length",
                "must be w + length − 1 = " + context() + " + " + length + " − 1 = " + sequenceLength()
                        + " for this task (the w prefix tokens, then the generated ones), got " + sequenceLength);
        ConfigException.require(online() || trainSequences >= batchSize, "task.train_sequences",
                "the training set of " + trainSequences + " sequences is smaller than a batch of " + batchSize);
    }
}
