package tdlab.model.kqov;

import java.util.SplittableRandom;

/**
 * The fixed (untrained) token embeddings e_1..e_K ∈ R^d of the W_kq/W_ov model: unit vectors when
 * one-hot, otherwise independent N(0, I/d) columns drawn once from the config's seed. Random embeddings
 * are not orthogonal, which makes the direction of W_ov converge gradually instead of in one step
 * (science.md §2.4).
 */
public final class TokenEmbedding {
    private final int vocab;
    private final int dim;
    /** table[x·d + r] = e_x[r]. */
    private final double[] table;

    private TokenEmbedding(int vocab, int dim, double[] table) {
        this.vocab = vocab;
        this.dim = dim;
        this.table = table;
    }

    public static TokenEmbedding of(KqOvConfig config) {
        int k = config.vocab();
        int d = config.dim();
        double[] table = new double[k * d];
        if (config.isOneHot()) {
            for (int x = 0; x < k; x++) {
                table[x * d + x] = 1;
            }
        } else {
            SplittableRandom random = new SplittableRandom(config.embeddingSeed());
            double std = 1 / Math.sqrt(d);
            for (int i = 0; i < table.length; i++) {
                table[i] = std * gaussian(random);
            }
        }
        return new TokenEmbedding(k, d, table);
    }

    /** Standard normal by Marsaglia's polar method; the model draws its own so it does not depend on training code. */
    private static double gaussian(SplittableRandom r) {
        while (true) {
            double u = 2 * r.nextDouble() - 1;
            double v = 2 * r.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    public int vocab() {
        return vocab;
    }

    public int dim() {
        return dim;
    }

    /** A copy of e_x. */
    public double[] vector(int x) {
        return java.util.Arrays.copyOfRange(table, x * dim, (x + 1) * dim);
    }

    /** e_x[r], for the token-space maps. */
    double at(int x, int r) {
        return table[x * dim + r];
    }
}
