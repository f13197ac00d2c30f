package tdlab.model.plain;

/**
 * Causal attention of one head whose keys are the one-hot inputs themselves (no key projection): the score
 * q_t·u_s = q_t[x_s] + q_t[V + s] is two reads instead of a D-wide dot product, and the query gradient
 * Σ_s ds_ts u_s is two scatters. The value side stays dense; it runs position-major (values and output
 * gradients transposed to [t][feature] here) so that each of its loops is one unit-stride pass over a value
 * vector, where the [feature][t] layout of the general kernels would give loops only as long as the short
 * sequence. Keys carry no parameters and nothing upstream of them has any, so no key gradient is formed.
 */
final class OneHotKeyAttention {
    private final Kernels kernels;
    private final OneHotInputs inputs;
    private double[] vT = new double[0];
    private double[] gT = new double[0];
    private double[] dvT = new double[0];
    private double[] acc = new double[0];
    private double[] p = new double[0];
    private double[] delta = new double[0];

    OneHotKeyAttention(Kernels kernels, OneHotInputs inputs) {
        this.kernels = kernels;
        this.inputs = inputs;
    }

    private void ensure(int T, int dv) {
        if (vT.length < T * dv || p.length < T) {
            vT = new double[T * dv];
            gT = new double[T * dv];
            dvT = new double[T * dv];
            acc = new double[dv];
            p = new double[T];
            delta = new double[T];
        }
    }

    /** The scaled score of query t against the input u_s, with q's rows starting at qRow. */
    private double score(int T, double scale, int[] tokens, int off, double[] q, int qRow, int t, int s) {
        double dot = q[(qRow + tokens[off + s]) * T + t];
        if (inputs.positions()) {
            dot += q[(qRow + inputs.vocab() + s) * T + t];
        }
        return dot * scale;
    }

    /** dst[s·dv + c] = src[(row + c)·T + s]: one head's rows into position-major order. */
    private static void transpose(int T, int dv, double[] src, int row, double[] dst) {
        for (int c = 0; c < dv; c++) {
            int at = (row + c) * T;
            for (int s = 0; s < T; s++) {
                dst[s * dv + c] = src[at + s];
            }
        }
    }

    /** As {@link Kernels#attentionForward} with k = the one-hot inputs of {@code tokens[off ..]}. */
    void forward(int T, int dv, double scale, int[] tokens, int off, double[] q, int qRow, double[] v, int vRow,
                 double[] o, int oRow, double[] lse, int lo) {
        ensure(T, dv);
        transpose(T, dv, v, vRow, vT);
        for (int t = 0; t < T; t++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s <= t; s++) {
                p[s] = score(T, scale, tokens, off, q, qRow, t, s);
                max = Math.max(max, p[s]);
            }
            java.util.Arrays.fill(acc, 0, dv, 0.0);
            double sum = 0;
            for (int s = 0; s <= t; s++) {
                double e = Math.exp(p[s] - max);
                sum += e;
                kernels.axpy(e, vT, s * dv, acc, 0, dv);
            }
            for (int c = 0; c < dv; c++) {
                o[(oRow + c) * T + t] = acc[c] / sum;
            }
            lse[lo + t] = max + Math.log(sum);
        }
    }

    /**
     * As {@link Kernels#attentionBackward} without the key gradient: accumulates into dQ (D rows from dQRow)
     * and dV, recomputing the probabilities from the saved log-sum-exp.
     */
    void backward(int T, int dv, double scale, int[] tokens, int off, double[] q, int qRow, double[] v, int vRow,
                  double[] o, int oRow, double[] lse, int lo, double[] dO, int dORow, double[] dQ, int dQRow,
                  double[] dV, int dVRow) {
        ensure(T, dv);
        transpose(T, dv, v, vRow, vT);
        transpose(T, dv, dO, dORow, gT);
        java.util.Arrays.fill(dvT, 0, T * dv, 0.0);
        RowAttention.outputGradientDot(T, dv, dO, dORow, o, oRow, delta);
        int pos = dQRow + inputs.vocab();
        for (int t = 0; t < T; t++) {
            double l = lse[lo + t];
            for (int s = 0; s <= t; s++) {
                double pr = Math.exp(score(T, scale, tokens, off, q, qRow, t, s) - l);
                double dp = kernels.dot(gT, t * dv, vT, s * dv, dv);
                double ds = pr * (dp - delta[t]) * scale;
                kernels.axpy(pr, gT, t * dv, dvT, s * dv, dv);
                dQ[(dQRow + tokens[off + s]) * T + t] += ds;
                if (inputs.positions()) {
                    dQ[(pos + s) * T + t] += ds;
                }
            }
        }
        for (int c = 0; c < dv; c++) {
            int at = (dVRow + c) * T;
            for (int s = 0; s < T; s++) {
                dV[at + s] += dvT[s * dv + c];
            }
        }
    }
}
