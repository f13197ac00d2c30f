package tdlab.task.mixture;

import java.util.List;
import java.util.SplittableRandom;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.Gaussian;
import tdlab.task.TaskSampler;
import tdlab.task.TaskSpec;

/**
 * Deora et al.'s tokenized mixture (science.md §5.3, scenario S5; the structure is recalled, the parameterisation
 * ours): binary classification of sequences of T real-valued tokens in R^d, a few of which carry the label.
 *
 * <p>The generative model, exactly as the lab draws it:
 * <ul>
 *   <li>Means: M + 2 orthogonal vectors of norm S, the first standard basis vectors scaled by S:
 *       μ₋ = S·e_0 (relevant, y = −1), μ₊ = S·e_1 (relevant, y = +1), ν_j = S·e_{2+j} (irrelevant, j &lt; M).
 *       The noise and the model's N(0, s²) start are isotropic, so any orthonormal choice gives the same
 *       distribution of runs; the basis keeps the means readable. Needs M + 2 ≤ d.</li>
 *   <li>A sequence: its label y = ±1 with probability ½ each; a uniformly random set R of k = ⌈ζT⌉ of its T
 *       positions (partial Fisher–Yates); x_t = μ_y + σ z_t for t ∈ R, and x_t = ν_{j_t} + σ z_t otherwise with
 *       j_t uniform in 0..M−1; z_t ~ N(0, I_d/d) (coordinates {@code Gaussian.standard}/√d), so σ is the noise's
 *       root-mean-square norm.</li>
 *   <li>A fixed training set of {@code trainSize} sequences and a fixed test set of {@code testSize}, drawn once
 *       from {@code seed} on two independent streams (split from it), so the training set does not change when
 *       the test set's size does.</li>
 * </ul>
 *
 * <p>Batch layout ({@link Batch#withFeatures}): token t's coordinates at {@code featureOffset(b, t)}; the token
 * ids name each input's component: 0 = μ₋, 1 = μ₊ (relevant), 2 + j = ν_j; the label (0 for y = −1, 1 for
 * y = +1) sits in the last target slot. {@link #vocab()} counts the labels the model predicts, 2.
 *
 * <p>Training is full-batch gradient descent: the sampler returns the whole training set at every step (the
 * step's seed is ignored: the set is fixed) and a run must take {@code training.batch_size} = n_train; the
 * evaluation sampler returns the test set, so a run's validation loss is the test loss and
 * {@code training.eval_sequences} must be n_test (both refused otherwise with their field paths).
 *
 * @param dim            d, the width of a token
 * @param tokens         T, tokens per sequence
 * @param relevantShare  ζ ∈ (0, 1], the share of relevant tokens (⌈ζT⌉ per sequence)
 * @param irrelevantMeans M, the number of irrelevant means
 * @param signal         S, the norm of every mean
 * @param noise          σ, the noise's rms norm
 * @param trainSize      n_train, sequences in the training set
 * @param testSize       n_test, sequences in the test set
 * @param seed           seed of both sets
 */
public record TokenizedMixtureTask(int dim, int tokens, double relevantShare, int irrelevantMeans, double signal,
                                   double noise, int trainSize, int testSize, long seed) implements TaskSpec {

    public static final String TYPE = "tokenized_mixture";
    public static final int MAX_DIM = 512;
    public static final int MAX_TOKENS = 256;
    public static final int MAX_SET = 100_000;

    public TokenizedMixtureTask {
        ConfigException.requireRange(tokens, 2, MAX_TOKENS, "task.tokens");
        ConfigException.require(Double.isFinite(relevantShare) && relevantShare > 0 && relevantShare <= 1,
                "task.relevant_share", "must be in (0, 1] (the share ζ of relevant tokens), got " + relevantShare);
        ConfigException.requireRange(irrelevantMeans, 1, MAX_DIM - 2, "task.irrelevant_means");
        ConfigException.requireRange(dim, 1, MAX_DIM, "task.dim");
        ConfigException.require(dim >= irrelevantMeans + 2, "task.dim", "must be at least irrelevant_means + 2 = "
                + (irrelevantMeans + 2) + " (the two relevant and the M irrelevant means are orthogonal), got " + dim);
        ConfigException.require(Double.isFinite(signal) && signal >= 0 && signal <= 1e3, "task.signal",
                "must be in [0, 1000], got " + signal);
        ConfigException.require(Double.isFinite(noise) && noise >= 0 && noise <= 1e3, "task.noise",
                "must be in [0, 1000], got " + noise);
        ConfigException.requireRange(trainSize, 2, MAX_SET, "task.train_size");
        ConfigException.requireRange(testSize, 1, MAX_SET, "task.test_size");
    }

    /** The paper setting as science.md reconstructs it (S5): d = 16, T = 8, ζ = 0.125, M = 4, S = σ = 1, 100 / 1000. */
    public static TokenizedMixtureTask s5() {
        return new TokenizedMixtureTask(16, 8, 0.125, 4, 1.0, 1.0, 100, 1000, 0);
    }

    /** k = ⌈ζT⌉, the relevant tokens of every sequence (ζT up to rounding: 0.125·8 = 1). */
    public int relevantTokens() {
        return Math.min(tokens, (int) Math.ceil(relevantShare * tokens - 1e-9));
    }

    /** The component id of the relevant tokens of a sequence with this label (0 = μ₋, 1 = μ₊). */
    public static int relevantComponent(int label) {
        return label;
    }

    /** Whether a token id names a relevant component (μ₋ or μ₊). */
    public static boolean isRelevant(int component) {
        return component == 0 || component == 1;
    }

    /** The fixed training set, drawn from {@link #seed()} (a new array each call). */
    public Batch trainingSet() {
        return draw(trainSize, new SplittableRandom(seed).split());
    }

    /** The fixed test set, on a stream apart from the training set's. */
    public Batch testSet() {
        SplittableRandom root = new SplittableRandom(seed);
        root.split();
        return draw(testSize, root.split());
    }

    private Batch draw(int n, SplittableRandom random) {
        Batch batch = Batch.withFeatures(n, tokens, dim);
        int k = relevantTokens();
        int[] order = new int[tokens];
        boolean[] relevant = new boolean[tokens];
        double scale = noise / Math.sqrt(dim);
        double[] x = batch.features();
        int[] ids = batch.tokens();
        for (int b = 0; b < n; b++) {
            int label = random.nextBoolean() ? 1 : 0;
            for (int t = 0; t < tokens; t++) {
                order[t] = t;
                relevant[t] = false;
            }
            for (int i = 0; i < k; i++) { // partial Fisher–Yates: k distinct positions
                int j = i + random.nextInt(tokens - i);
                int pick = order[j];
                order[j] = order[i];
                order[i] = pick;
                relevant[pick] = true;
            }
            int off = batch.offset(b);
            for (int t = 0; t < tokens; t++) {
                int component = relevant[t] ? relevantComponent(label) : 2 + random.nextInt(irrelevantMeans);
                ids[off + t] = component;
                int xo = batch.featureOffset(b, t);
                for (int i = 0; i < dim; i++) {
                    x[xo + i] = scale * Gaussian.standard(random);
                }
                x[xo + component] += signal;
            }
            ids[off + tokens] = label;
        }
        return batch;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The two labels the model predicts (inputs are vectors; their token ids name components 0..M+1). */
    @Override
    public int vocab() {
        return 2;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public boolean providesFeatures() {
        return true;
    }

    /** The whole training set at every step. */
    @Override
    public TaskSampler sampler() {
        return new FixedSetSampler(this, true);
    }

    /** The test set: validation loss = test loss; the probe is test sequence 0. */
    @Override
    public TaskSampler evaluationSampler() {
        return new FixedSetSampler(this, false);
    }

    /** Full batch on the fixed set: a batch of n_train sequences of T tokens. */
    @Override
    public void checkShape(int batchSize, int sequenceLength) {
        ConfigException.require(sequenceLength == tokens, "training.sequence_length",
                "must be the task's tokens T = " + tokens + ", got " + sequenceLength);
        ConfigException.require(batchSize == trainSize, "training.batch_size", "must be task.train_size = "
                + trainSize + ": training is full-batch gradient descent on the fixed training set, got " + batchSize);
    }

    /** The test set whole, and a probe of one whole sequence. */
    @Override
    public void checkEvaluation(int evalSequences, int probeLength) {
        ConfigException.require(evalSequences == testSize, "training.eval_sequences", "must be task.test_size = "
                + testSize + ": the validation set is the fixed test set, got " + evalSequences);
        ConfigException.require(probeLength == tokens, "probe_length", "must be the task's tokens T = " + tokens
                + " (the probe is one whole test sequence), got " + probeLength);
    }
}
