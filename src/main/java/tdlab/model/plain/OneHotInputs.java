package tdlab.model.plain;

import tdlab.model.TransformerConfig;
import tdlab.model.TransformerConfig.Embedding;
import tdlab.model.TransformerConfig.Positional;

/**
 * Linear layers whose input is the one-hot stream u_t = [onehot(x_t); onehot(t)] (or onehot(x_t) alone
 * without positions). Then W u_t = W[:, x_t] + W[:, V + t] is two column reads instead of a D-wide dot
 * product, and the weight gradient dy u_tᵀ touches only those two columns: a dense matmul and outer product
 * would spend D times the work multiplying by zeros. Also, nothing upstream of such a layer has parameters, so
 * the input gradient Wᵀ dy is never needed.
 */
final class OneHotInputs {
    private final int vocab;
    private final int width;
    private final boolean positions;

    OneHotInputs(TransformerConfig cfg) {
        if (!appliesTo(cfg)) {
            throw new IllegalArgumentException("the attention input of this configuration is not one-hot");
        }
        this.vocab = cfg.vocab();
        this.width = cfg.width();
        this.positions = cfg.positional() == Positional.ONE_HOT_CONCAT;
    }

    /**
     * The attention block reads exactly the one-hot embeddings: fixed one-hot tokens, positions fixed and
     * concatenated or absent, and no LayerNorm in between (which would make the input dense).
     */
    static boolean appliesTo(TransformerConfig cfg) {
        return cfg.embedding() == Embedding.ONE_HOT && !cfg.layerNorm()
                && (cfg.positional() == Positional.ONE_HOT_CONCAT || cfg.positional() == Positional.NONE);
    }

    boolean positions() {
        return positions;
    }

    int vocab() {
        return vocab;
    }

    /** y[o][t] = W[o][x_t] + W[o][V + t] for W at p[wOff], [out][width]: the forward of W u_t. */
    void project(double[] p, int wOff, int out, int[] tokens, int off, int T, double[] y) {
        for (int o = 0; o < out; o++) {
            int row = wOff + o * width;
            int yo = o * T;
            if (positions) {
                for (int t = 0; t < T; t++) {
                    y[yo + t] = p[row + tokens[off + t]] + p[row + vocab + t];
                }
            } else {
                for (int t = 0; t < T; t++) {
                    y[yo + t] = p[row + tokens[off + t]];
                }
            }
        }
    }

    /** g[gOff + o·width + i] += Σ_t dy[o][t] u_t[i]: the weight gradient of {@link #project}, two column scatters. */
    void weightGradient(double[] dy, int out, int[] tokens, int off, int T, double[] g, int gOff) {
        for (int o = 0; o < out; o++) {
            int row = gOff + o * width;
            int yo = o * T;
            for (int t = 0; t < T; t++) {
                g[row + tokens[off + t]] += dy[yo + t];
            }
            if (positions) {
                for (int t = 0; t < T; t++) {
                    g[row + vocab + t] += dy[yo + t];
                }
            }
        }
    }
}
