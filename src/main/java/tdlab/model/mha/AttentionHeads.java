package tdlab.model.mha;

/**
 * The H heads of a {@link MultiHeadClassifier} on one input X (T×d, rows = tokens x_t, read in place from
 * a batch's feature array at offset {@code xo}): the forward pass to Φ and, given ∂L/∂Φ, the backward
 * pass into the gradient. Head h's parameters are U_h[i][t] at {@code uOff + (h·d + i)·T + t} and
 * W_h[i][j] at {@code wOff + (h·d + i)·d + j}.
 *
 * <p>Per head and query t: q_t = W_hᵀ x_t, scores A[t][s] = q_t·x_s = x_tᵀ W_h x_s, S_h[t] = softmax
 * of row t, and the head's output ⟨u_t, o_t⟩ summed over t, with u_t = U_h[:, t] and o_t = Σ_s S_h[t][s] x_s.
 * Written as Σ_{t,s} S_h[t][s] P[t][s] with P[t][s] = u_t·x_s, the softmax backward is
 * ∂Φ_h/∂A[t][s] = S_h[t][s] (P[t][s] − c_t) with c_t = u_t·o_t, and ∂Φ_h/∂W_h = Σ_t x_t (Σ_s ∂Φ_h/∂A[t][s] x_s)ᵀ.
 *
 * <p>∂L/∂Φ is known only after every head has run, so each head's S_h and ∂Φ_h/∂A (T×T each) are kept
 * between the passes; every other buffer is one row of width d. Nothing is allocated after construction.
 */
final class AttentionHeads {
    private final int d;
    private final int tokens;
    private final int heads;
    private final int uOff;
    private final int wOff;
    /** S_h[t][s] at (h·T + t)·T + s. */
    private final double[] attention;
    /** ∂Φ_h/∂A_h[t][s], laid out like {@link #attention}. */
    private final double[] scoreGrad;
    private final double[] query;
    private final double[] column;
    private final double[] row;

    AttentionHeads(int d, int tokens, int heads, int uOff, int wOff) {
        this.d = d;
        this.tokens = tokens;
        this.heads = heads;
        this.uOff = uOff;
        this.wOff = wOff;
        attention = new double[heads * tokens * tokens];
        scoreGrad = new double[heads * tokens * tokens];
        query = new double[d];
        column = new double[d];
        row = new double[d];
    }

    /** Φ = (1/H) Σ_h Φ_h of the input at {@code x[xo ..]}; keeps what {@link #backward} needs. */
    double forward(double[] p, double[] x, int xo) {
        double phi = 0;
        for (int h = 0; h < heads; h++) {
            phi += head(p, h, x, xo);
        }
        return phi / heads;
    }

    /** Weight of key s for query t in head h, from the last {@link #forward}. */
    double attention(int h, int t, int s) {
        return attention[(h * tokens + t) * tokens + s];
    }

    private double head(double[] p, int h, double[] x, int xo) {
        int w = wOff + h * d * d;
        int u = uOff + h * d * tokens;
        double phi = 0;
        for (int t = 0; t < tokens; t++) {
            int r = (h * tokens + t) * tokens;
            queryOf(p, w, x, xo + t * d);
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < tokens; s++) {
                double a = dot(query, x, xo + s * d);
                attention[r + s] = a;
                max = Math.max(max, a);
            }
            double sum = 0;
            for (int s = 0; s < tokens; s++) {
                double e = Math.exp(attention[r + s] - max);
                attention[r + s] = e;
                sum += e;
            }
            for (int s = 0; s < tokens; s++) {
                attention[r + s] /= sum;
            }
            for (int i = 0; i < d; i++) {
                column[i] = p[u + i * tokens + t];
            }
            double c = 0;
            for (int s = 0; s < tokens; s++) {
                double pts = dot(column, x, xo + s * d);
                scoreGrad[r + s] = pts;
                c += attention[r + s] * pts;
            }
            for (int s = 0; s < tokens; s++) {
                scoreGrad[r + s] = attention[r + s] * (scoreGrad[r + s] - c);
            }
            phi += c;
        }
        return phi;
    }

    /** query = W_hᵀ x_t, looping over W_h's rows so that the inner loop has unit stride. */
    private void queryOf(double[] p, int w, double[] x, int xt) {
        java.util.Arrays.fill(query, 0.0);
        for (int i = 0; i < d; i++) {
            double xi = x[xt + i];
            int wi = w + i * d;
            for (int j = 0; j < d; j++) {
                query[j] += xi * p[wi + j];
            }
        }
    }

    /** Adds dPhi · ∂Φ/∂θ of the input of the last {@link #forward} to {@code grad}. */
    void backward(double[] x, int xo, double dPhi, double[] grad) {
        double g = dPhi / heads;
        for (int h = 0; h < heads; h++) {
            int w = wOff + h * d * d;
            int u = uOff + h * d * tokens;
            for (int t = 0; t < tokens; t++) {
                int r = (h * tokens + t) * tokens;
                weightedSum(attention, r, x, xo); // o_t = ∂Φ_h/∂U_h[:, t]
                for (int i = 0; i < d; i++) {
                    grad[u + i * tokens + t] += g * row[i];
                }
                weightedSum(scoreGrad, r, x, xo);
                int xt = xo + t * d;
                for (int i = 0; i < d; i++) {
                    double a = g * x[xt + i];
                    int wi = w + i * d;
                    for (int j = 0; j < d; j++) {
                        grad[wi + j] += a * row[j];
                    }
                }
            }
        }
    }

    /** row = Σ_s weights[r + s] x_s. */
    private void weightedSum(double[] weights, int r, double[] x, int xo) {
        java.util.Arrays.fill(row, 0.0);
        for (int s = 0; s < tokens; s++) {
            double a = weights[r + s];
            int xs = xo + s * d;
            for (int i = 0; i < d; i++) {
                row[i] += a * x[xs + i];
            }
        }
    }

    /**
     * v·x[xo ..]: four partial sums, so that the additions do not wait on each other (one running sum made the
     * T² dot products per head the bulk of a step: 4 cycles of latency per term).
     */
    private double dot(double[] v, double[] x, int xo) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < d; i += 4) {
            s0 += v[i] * x[xo + i];
            s1 += v[i + 1] * x[xo + i + 1];
            s2 += v[i + 2] * x[xo + i + 2];
            s3 += v[i + 3] * x[xo + i + 3];
        }
        for (; i < d; i++) {
            s0 += v[i] * x[xo + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
