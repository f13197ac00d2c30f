package tdlab.model.plain;

/** Plain loops: the fallback when the Vector API module is absent, and the oracle in tests. */
final class ScalarKernels implements Kernels {

    @Override
    public void axpy(double a, double[] x, int xo, double[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] += a * x[xo + i];
        }
    }

    @Override
    public double dot(double[] x, int xo, double[] y, int yo, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[xo + i] * y[yo + i];
        }
        return s;
    }

    @Override
    public void attentionForward(int T, int dq, int dv, double scale,
                                 double[] q, int qRow, double[] k, int kRow, double[] v, int vRow,
                                 double[] o, int oRow, double[] lse, int lo, double[] scores) {
        for (int t = 0; t < T; t++) {
            int n = t + 1;
            java.util.Arrays.fill(scores, 0, n, 0.0);
            for (int c = 0; c < dq; c++) {
                axpy(q[(qRow + c) * T + t] * scale, k, (kRow + c) * T, scores, 0, n);
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < n; s++) {
                max = Math.max(max, scores[s]);
            }
            double sum = 0;
            for (int s = 0; s < n; s++) {
                double e = Math.exp(scores[s] - max);
                scores[s] = e;
                sum += e;
            }
            double inv = 1 / sum;
            for (int c = 0; c < dv; c++) {
                o[(oRow + c) * T + t] = dot(scores, 0, v, (vRow + c) * T, n) * inv;
            }
            lse[lo + t] = max + Math.log(sum);
        }
    }

    @Override
    public void attentionBackward(int T, int dq, int dv, double scale,
                                  double[] q, int qRow, double[] k, int kRow, double[] v, int vRow,
                                  double[] o, int oRow, double[] lse, int lo,
                                  double[] dO, int dORow, double[] dQ, int dQRow, double[] dK, int dKRow,
                                  double[] dV, int dVRow, double[] p, double[] ds) {
        for (int t = 0; t < T; t++) {
            int n = t + 1;
            attentionRow(T, dq, scale, q, qRow, k, kRow, lse[lo + t], t, p);
            double delta = 0; // Σ_s p_s dp_s = dO_t · o_t
            for (int c = 0; c < dv; c++) {
                delta += dO[(dORow + c) * T + t] * o[(oRow + c) * T + t];
            }
            java.util.Arrays.fill(ds, 0, n, 0.0);
            for (int c = 0; c < dv; c++) {
                double g = dO[(dORow + c) * T + t];
                axpy(g, v, (vRow + c) * T, ds, 0, n); // dp
                axpy(g, p, 0, dV, (dVRow + c) * T, n);
            }
            for (int s = 0; s < n; s++) {
                ds[s] = p[s] * (ds[s] - delta) * scale;
            }
            for (int c = 0; c < dq; c++) {
                dQ[(dQRow + c) * T + t] += dot(ds, 0, k, (kRow + c) * T, n);
                axpy(q[(qRow + c) * T + t], ds, 0, dK, (dKRow + c) * T, n);
            }
        }
    }
}
