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
                                 double[] o, int oRow, double[] lse, int lo, double[] scratch) {
        for (int t = 0; t < T; t++) {
            RowAttention.forwardRow(T, t, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo, scratch);
        }
    }

    @Override
    public void attentionBackward(int T, int dq, int dv, double scale,
                                  double[] q, int qRow, double[] k, int kRow, double[] v, int vRow,
                                  double[] o, int oRow, double[] lse, int lo,
                                  double[] dO, int dORow, double[] dQ, int dQRow, double[] dK, int dKRow,
                                  double[] dV, int dVRow, double[] p, double[] ds) {
        for (int t = 0; t < T; t++) {
            double delta = 0;
            for (int c = 0; c < dv; c++) {
                delta += dO[(dORow + c) * T + t] * o[(oRow + c) * T + t];
            }
            RowAttention.backwardRow(T, t, 0, 0, dq, dv, scale, q, qRow, k, kRow, v, vRow, lse[lo + t], delta, dO, dORow,
                    dQ, dQRow, dK, dKRow, dV, dVRow, p, ds);
        }
    }
}
