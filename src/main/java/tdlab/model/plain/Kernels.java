package tdlab.model.plain;

/**
 * The inner loops of the plain backend. Activations are stored transposed, one row of length T per
 * feature, so every loop here runs along the sequence with unit stride. Two implementations: one on
 * the JDK Vector API and a scalar one that is its fallback and its test oracle.
 */
interface Kernels {

    /** y[yo .. yo+n) += a · x[xo .. xo+n). */
    void axpy(double a, double[] x, int xo, double[] y, int yo, int n);

    /** Σ x[xo+i]·y[yo+i], i &lt; n. */
    double dot(double[] x, int xo, double[] y, int yo, int n);

    /**
     * y[o][t] (+)= Σ_i w[wOff + o·rowStride + i·colStride] · x[i][t] for o &lt; out, i &lt; in, t &lt; T, with
     * rows of length T. colStride 1 reads W, rowStride 1 reads Wᵀ. Overwrites y unless {@code add}.
     */
    default void matmul(double[] w, int wOff, int rowStride, int colStride, int out, int in, double[] x, double[] y,
                        int T, boolean add) {
        if (!add) {
            java.util.Arrays.fill(y, 0, out * T, 0.0);
        }
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                axpy(w[wOff + o * rowStride + i * colStride], x, i * T, y, o * T, T);
            }
        }
    }

    /** g[gOff + o·in + i] += Σ_t dy[o][t] · x[i][t]: the weight gradient of y = W x. */
    default void weightGradient(double[] dy, int out, double[] x, int in, int T, double[] g, int gOff) {
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                g[gOff + o * in + i] += dot(dy, o * T, x, i * T, T);
            }
        }
    }

    /** th[i] = Φ(u[i]) and g[i] = u[i]·Φ(u[i]) for i &lt; n: the exact GELU, keeping Φ for the backward pass. */
    default void gelu(double[] u, double[] th, double[] g, int n) {
        for (int i = 0; i < n; i++) {
            double c = tdlab.model.Gelu.cdf(u[i]);
            th[i] = c;
            g[i] = u[i] * c;
        }
    }

    /** dg[i] ·= Φ(u[i]) + u[i]·φ(u[i]) for i &lt; n, with th[i] = Φ(u[i]) from {@link #gelu}. */
    default void geluBackward(double[] u, double[] th, double[] dg, int n) {
        for (int i = 0; i < n; i++) {
            dg[i] *= tdlab.model.Gelu.slope(u[i], th[i]);
        }
    }

    /**
     * Fused causal attention of one head over one sequence of length T; never stores the T×T matrix.
     * Row r of an array is {@code arr[(row0 + r)·T + t]}. Writes o (dv rows) and the log-sum-exp of each
     * query's scores into {@code lse[lo + t]}. {@code scratch} has length ≥ T.
     */
    void attentionForward(int T, int dq, int dv, double scale,
                          double[] q, int qRow, double[] k, int kRow, double[] v, int vRow,
                          double[] o, int oRow, double[] lse, int lo, double[] scratch);

    /**
     * Backward of {@link #attentionForward}: given dO, accumulates into dQ, dK and dV (which the caller
     * zeroes). Recomputes the probabilities from the saved log-sum-exp. {@code p} and {@code ds} have
     * length ≥ T.
     */
    void attentionBackward(int T, int dq, int dv, double scale,
                           double[] q, int qRow, double[] k, int kRow, double[] v, int vRow,
                           double[] o, int oRow, double[] lse, int lo,
                           double[] dO, int dORow, double[] dQ, int dQRow, double[] dK, int dKRow,
                           double[] dV, int dVRow, double[] p, double[] ds);

    /** The attention weights of query t: p[s] for s ≤ t (used by probes). */
    default void attentionRow(int T, int dq, double scale, double[] q, int qRow, double[] k, int kRow,
                              double lse, int t, double[] p) {
        for (int s = 0; s <= t; s++) {
            double score = 0;
            for (int c = 0; c < dq; c++) {
                score += q[(qRow + c) * T + t] * k[(kRow + c) * T + s];
            }
            p[s] = Math.exp(score * scale - lse);
        }
    }

    /** The Vector API kernels when the JVM was started with {@code --add-modules jdk.incubator.vector}. */
    static Kernels best() {
        return tdlab.model.VectorApi.present() ? new VectorKernels() : new ScalarKernels();
    }
}
