package tdlab.family.orders;

import tdlab.model.ParamTensor;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.kqov.KqOvModel;
import tdlab.model.kqov.TokenEmbedding;
import tdlab.task.orders.Sentence;

/**
 * What the W_kq/W_ov model does on a sentence, for the series and the panels: the model seen in token
 * coordinates, A[l][q] = e_lᵀ W_kq e_q and B[i][l] = (W_ov e_l)_i (the parameters themselves when one-hot), then
 * s_ℓ = A[x_ℓ][x_L], a = softmax(s), o = Σ_ℓ a_ℓ B[:, x_ℓ]: the model's own forward (science.md §2.2).
 */
public final class OrdersReadout {
    private final int k;
    private final double[] a;
    private final double[] b;

    private OrdersReadout(int k, double[] a, double[] b) {
        this.k = k;
        this.a = a;
        this.b = b;
    }

    /** The readout of these parameters (the model's flat layout). */
    public static OrdersReadout of(KqOvModel model, double[] params) {
        KqOvConfig spec = model.spec();
        TokenEmbedding e = model.embedding();
        int k = spec.vocab();
        int d = spec.dim();
        ParamTensor kq = model.layout().get(KqOvModel.KQ);
        ParamTensor ov = model.layout().get(KqOvModel.OV);
        double[] a = new double[k * k];
        double[] b = new double[k * k];
        double[][] vec = new double[k][];
        for (int x = 0; x < k; x++) {
            vec[x] = e.vector(x);
        }
        double[] wq = new double[d];
        for (int q = 0; q < k; q++) {
            for (int r = 0; r < d; r++) { // (W_kq e_q)_r
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += params[kq.offset() + r * d + c] * vec[q][c];
                }
                wq[r] = s;
            }
            for (int l = 0; l < k; l++) {
                a[l * k + q] = MaxMargin.dot(vec[l], wq);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                double s = 0;
                for (int r = 0; r < d; r++) {
                    s += params[ov.offset() + i * d + r] * vec[l][r];
                }
                b[i * k + l] = s;
            }
        }
        return new OrdersReadout(k, a, b);
    }

    /** The score s = e_xᵀ W_kq e_q of token x under query q. */
    public double score(int x, int q) {
        return a[x * k + q];
    }

    /** a = softmax over the sentence's positions of the query's scores. */
    public double[] attention(Sentence s) {
        int q = s.query();
        double[] w = new double[s.length()];
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < w.length; l++) {
            w[l] = a[s.token(l) * k + q];
            max = Math.max(max, w[l]);
        }
        double sum = 0;
        for (int l = 0; l < w.length; l++) {
            w[l] = Math.exp(w[l] - max);
            sum += w[l];
        }
        for (int l = 0; l < w.length; l++) {
            w[l] /= sum;
        }
        return w;
    }

    /** o = W_ov X a. */
    public double[] logits(Sentence s, double[] attention) {
        double[] o = new double[k];
        for (int i = 0; i < k; i++) {
            double v = 0;
            for (int l = 0; l < attention.length; l++) {
                v += attention[l] * b[i * k + s.token(l)];
            }
            o[i] = v;
        }
        return o;
    }

    /**
     * Whether the sentence is classified right, as the expected accuracy of a random tie-break: 1/m when its label is
     * among the m largest logits that tie (within 1e-9 of the largest's scale), else 0. Uniform attention ties the
     * sentence's collocations exactly (stage 1, W_kq = 0), where a fixed tie-break would only read rounding noise.
     */
    public double correct(Sentence s, double[] attention) {
        double[] o = logits(s, attention);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : o) {
            max = Math.max(max, v);
        }
        double tol = 1e-9 * Math.max(1, Math.abs(max));
        if (o[s.label()] < max - tol) {
            return 0;
        }
        int tied = 0;
        for (double v : o) {
            if (v >= max - tol) {
                tied++;
            }
        }
        return 1.0 / tied;
    }

    /** The predicted next token: the largest logit (the lowest index on a tie). */
    public int predict(Sentence s) {
        double[] o = logits(s, attention(s));
        int best = 0;
        for (int i = 1; i < k; i++) {
            if (o[i] > o[best]) {
                best = i;
            }
        }
        return best;
    }

    /** −ln softmax(o)[y] for the one-token sentence (x, y): stage 1's loss on a collocation pair. */
    public double pairLoss(int x, int y) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, b[i * k + x]);
        }
        double z = 0;
        for (int i = 0; i < k; i++) {
            z += Math.exp(b[i * k + x] - max);
        }
        return max + Math.log(z) - b[y * k + x];
    }
}
