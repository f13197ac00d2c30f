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
 * <p>Every product is a row vector times a row-major matrix ({@link HeadKernels#combine}), so that the inner
 * loops run along contiguous rows: A[t] = q_tᵀ Xᵀ reads X transposed (kept once per input), Pᵀ = X U_h reads U_h
 * by rows, ∂Φ_h/∂U_h = Xᵀ S_hᵀ reads S_h transposed and ∂Φ_h/∂W_h = Xᵀ R with R[t] = Σ_s ∂Φ_h/∂A[t][s] x_s.
 *
 * <p>∂L/∂Φ is known only after every head has run, so each head's S_h and ∂Φ_h/∂A (T×T each) are kept
 * between the passes; every other buffer is at most T×d. Nothing is allocated after construction.
 */
final class AttentionHeads {
    private final HeadKernels k;
    private final int d;
    private final int tokens;
    private final int heads;
    private final int uOff;
    private final int wOff;
    /** S_h[t][s] at (h·T + t)·T + s. */
    private final double[] attention;
    /** ∂Φ_h/∂A_h[t][s], laid out like {@link #attention}. */
    private final double[] scoreGrad;
    /** Xᵀ of the last input: x_s[i] at i·T + s. */
    private final double[] xT;
    private final double[] query;
    /** Pᵀ of one head: u_t·x_s at s·T + t. */
    private final double[] pT;
    /** S_hᵀ of one head. */
    private final double[] sT;
    /** R of one head, T×d. */
    private final double[] r;

    AttentionHeads(HeadKernels kernels, int d, int tokens, int heads, int uOff, int wOff) {
        this.k = kernels;
        this.d = d;
        this.tokens = tokens;
        this.heads = heads;
        this.uOff = uOff;
        this.wOff = wOff;
        attention = new double[heads * tokens * tokens];
        scoreGrad = new double[heads * tokens * tokens];
        xT = new double[d * tokens];
        query = new double[d];
        pT = new double[tokens * tokens];
        sT = new double[tokens * tokens];
        r = new double[tokens * d];
    }

    /** Φ = (1/H) Σ_h Φ_h of the input at {@code x[xo ..]}; keeps what {@link #backward} needs. */
    double forward(double[] p, double[] x, int xo) {
        for (int t = 0; t < tokens; t++) {
            for (int i = 0; i < d; i++) {
                xT[i * tokens + t] = x[xo + t * d + i];
            }
        }
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
        for (int s = 0; s < tokens; s++) {
            k.combine(1, x, xo + s * d, d, p, u, tokens, pT, s * tokens, false);
        }
        double phi = 0;
        for (int t = 0; t < tokens; t++) {
            int row = (h * tokens + t) * tokens;
            k.combine(1, x, xo + t * d, d, p, w, d, query, 0, false);
            k.combine(1, query, 0, d, xT, 0, tokens, attention, row, false);
            k.softmax(attention, row, tokens);
            double c = 0;
            for (int s = 0; s < tokens; s++) {
                c += attention[row + s] * pT[s * tokens + t];
            }
            for (int s = 0; s < tokens; s++) {
                scoreGrad[row + s] = attention[row + s] * (pT[s * tokens + t] - c);
            }
            phi += c;
        }
        return phi;
    }

    /** Adds dPhi · ∂Φ/∂θ of the input of the last {@link #forward} to {@code grad}. */
    void backward(double[] x, int xo, double dPhi, double[] grad) {
        double g = dPhi / heads;
        for (int h = 0; h < heads; h++) {
            int w = wOff + h * d * d;
            int u = uOff + h * d * tokens;
            int block = h * tokens * tokens;
            for (int t = 0; t < tokens; t++) {
                for (int s = 0; s < tokens; s++) {
                    sT[s * tokens + t] = attention[block + t * tokens + s];
                }
                k.combine(1, scoreGrad, block + t * tokens, tokens, x, xo, d, r, t * d, false);
            }
            for (int i = 0; i < d; i++) {
                k.combine(g, xT, i * tokens, tokens, sT, 0, tokens, grad, u + i * tokens, true);
                k.combine(g, xT, i * tokens, tokens, r, 0, d, grad, w + i * d, true);
            }
        }
    }
}
