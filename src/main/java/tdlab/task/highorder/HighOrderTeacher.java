package tdlab.task.highorder;

import java.util.SplittableRandom;

/**
 * The teacher law of a {@link HighOrderMarkovTask}: logits z = (1/τ) Σ_k A_k Σ_{i∈I(k)} x_{t−i}, and the same
 * restricted to the k most important blocks (the "k-feature" predictors of §3.3). A one-hot x_{t−i} = e_x
 * picks column x of A_k, so each block keeps its scaled matrix transposed: a column is one contiguous row.
 * Immutable; shared by samplers and the theory.
 */
public final class HighOrderTeacher {
    private final int vocab;
    private final int context;
    /** blockOfLag[i − 1]: the block holding lag i (0 = oldest block). */
    private final int[] blockOfLag;
    /** rank[k]: block k's place by importance (0 = the most important). */
    private final int[] rank;
    /** scaledColumns[k][x][j] = (weight_k / τ) · Q_k[j][x]. */
    private final double[][][] scaledColumns;
    private final double[][][] q;
    private final double[] weights;

    private HighOrderTeacher(HighOrderMarkovTask task) {
        this.vocab = task.vocab();
        this.context = task.context();
        int h = task.blocks();
        this.blockOfLag = new int[context];
        int lag = 0;
        for (int k = h - 1; k >= 0; k--) { // the newest block holds the smallest lags
            for (int j = 0; j < task.spans().get(k); j++) {
                blockOfLag[lag++] = k;
            }
        }
        this.weights = new double[h];
        for (int k = 0; k < h; k++) {
            weights[k] = Math.pow(task.constant(), task.reverseConstants() ? h - 1 - k : k);
        }
        this.rank = importanceRanks(weights);
        SplittableRandom random = new SplittableRandom(task.seed());
        this.q = new double[h][][];
        this.scaledColumns = new double[h][vocab][vocab];
        for (int k = 0; k < h; k++) {
            q[k] = Orthogonal.haar(vocab, random);
            double s = weights[k] / task.temperature();
            for (int x = 0; x < vocab; x++) {
                for (int j = 0; j < vocab; j++) {
                    scaledColumns[k][x][j] = s * q[k][j][x];
                }
            }
        }
    }

    static HighOrderTeacher of(HighOrderMarkovTask task) {
        return new HighOrderTeacher(task);
    }

    /** Heavier blocks first; among equal weights (c = 1) the newer block first. */
    private static int[] importanceRanks(double[] weights) {
        int h = weights.length;
        Integer[] order = new Integer[h];
        for (int k = 0; k < h; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : Integer.compare(b, a));
        int[] rank = new int[h];
        for (int r = 0; r < h; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    public int vocab() {
        return vocab;
    }

    /** Context length w. */
    public int context() {
        return context;
    }

    public int blocks() {
        return weights.length;
    }

    /** The block (0 = oldest) that holds lag i ∈ [1, w]. */
    public int blockOfLag(int lag) {
        return blockOfLag[lag - 1];
    }

    /** Block k's place by importance: 0 for the most important. */
    public int rank(int block) {
        return rank[block];
    }

    /** c^k (or reversed): block k's weight. */
    public double weight(int block) {
        return weights[block];
    }

    /** A copy of Q_k. */
    public double[][] q(int block) {
        return java.util.Arrays.stream(q[block]).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * Logits of token {@code next} of the sequence starting at {@code tokens[offset]} (next ≥ w) from the
     * {@code topBlocks} most important blocks ({@code blocks()} for the full teacher), written into {@code out}.
     */
    public void logits(int[] tokens, int offset, int next, int topBlocks, double[] out) {
        java.util.Arrays.fill(out, 0, vocab, 0);
        for (int lag = 1; lag <= context; lag++) {
            int k = blockOfLag[lag - 1];
            if (rank[k] >= topBlocks) {
                continue;
            }
            double[] col = scaledColumns[k][tokens[offset + next - lag]];
            for (int j = 0; j < vocab; j++) {
                out[j] += col[j];
            }
        }
    }

    /** Turns logits into probabilities in place (max-shifted); returns ln Σ exp(logits). */
    public static double softmaxInPlace(double[] z, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, z[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            z[j] = Math.exp(z[j] - max);
            sum += z[j];
        }
        for (int j = 0; j < n; j++) {
            z[j] /= sum;
        }
        return max + Math.log(sum);
    }

    /** Draws a token from a probability vector (the last token takes any rounding remainder). */
    public static int draw(double[] p, int n, SplittableRandom random) {
        double u = random.nextDouble();
        double c = 0;
        for (int j = 0; j < n - 1; j++) {
            c += p[j];
            if (u < c) {
                return j;
            }
        }
        return n - 1;
    }

    /**
     * Overwrites {@code count} tokens from {@code tokens[offset]}: the first w uniform, each later one from the
     * teacher. {@code scratch} holds V values.
     */
    void generate(int[] tokens, int offset, int count, SplittableRandom random, double[] scratch) {
        for (int t = 0; t < count; t++) {
            if (t < context) {
                tokens[offset + t] = random.nextInt(vocab);
            } else {
                logits(tokens, offset, t, blocks(), scratch);
                softmaxInPlace(scratch, vocab);
                tokens[offset + t] = draw(scratch, vocab, random);
            }
        }
    }
}
