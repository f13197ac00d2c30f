package tdlab.model.plain;

/**
 * Causal attention one query row at a time in plain loops: the scalar kernels' whole algorithm and the
 * tiled kernels' tail (the queries and keys past the last full tile), plus the tiled kernels' shared
 * Δ = dO·o pass.
 */
final class RowAttention {
    private RowAttention() {
    }

    /** delta[t] = Δ_t = Σ_s p_ts dp_ts = dO_t · o_t for t &lt; T, the softmax backward's row offsets. */
    static void outputGradientDot(int T, int dv, double[] dO, int dORow, double[] o, int oRow, double[] delta) {
        java.util.Arrays.fill(delta, 0, T, 0.0);
        for (int c = 0; c < dv; c++) {
            int g = (dORow + c) * T;
            int oo = (oRow + c) * T;
            for (int t = 0; t < T; t++) {
                delta[t] += dO[g + t] * o[oo + t];
            }
        }
    }

    /** Writes o[·][t] and lse[lo + t] for query t; {@code p} (length ≥ t+1) is scratch. */
    static void forwardRow(int T, int t, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow,
                           double[] v, int vRow, double[] o, int oRow, double[] lse, int lo, double[] p) {
        int n = t + 1;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < n; s++) {
            double score = 0;
            for (int c = 0; c < dq; c++) {
                score += q[(qRow + c) * T + t] * k[(kRow + c) * T + s];
            }
            p[s] = score * scale;
            max = Math.max(max, p[s]);
        }
        double sum = 0;
        for (int s = 0; s < n; s++) {
            p[s] = Math.exp(p[s] - max);
            sum += p[s];
        }
        for (int c = 0; c < dv; c++) {
            double acc = 0;
            for (int s = 0; s < n; s++) {
                acc += p[s] * v[(vRow + c) * T + s];
            }
            o[(oRow + c) * T + t] = acc / sum;
        }
        lse[lo + t] = max + Math.log(sum);
    }

    /**
     * Backward of query t: adds the part of its dQ that comes from keys s ≥ {@code qFrom}, and its
     * contributions to dK and dV of the keys s with {@code kvFrom ≤ s ≤ t} (a tiled kernel covers the
     * rest). {@code delta} = dO_t · o_t.
     */
    static void backwardRow(int T, int t, int qFrom, int kvFrom, int dq, int dv, double scale, double[] q, int qRow, double[] k,
                            int kRow, double[] v, int vRow, double lse, double delta, double[] dO, int dORow,
                            double[] dQ, int dQRow, double[] dK, int dKRow, double[] dV, int dVRow, double[] p,
                            double[] ds) {
        int n = t + 1;
        for (int s = 0; s < n; s++) {
            double score = 0;
            for (int c = 0; c < dq; c++) {
                score += q[(qRow + c) * T + t] * k[(kRow + c) * T + s];
            }
            p[s] = Math.exp(score * scale - lse);
            double dp = 0;
            for (int c = 0; c < dv; c++) {
                dp += dO[(dORow + c) * T + t] * v[(vRow + c) * T + s];
            }
            ds[s] = p[s] * (dp - delta) * scale;
        }
        for (int c = 0; c < dq; c++) {
            double acc = 0;
            for (int s = qFrom; s < n; s++) {
                acc += ds[s] * k[(kRow + c) * T + s];
            }
            dQ[(dQRow + c) * T + t] += acc;
            double qc = q[(qRow + c) * T + t];
            for (int s = kvFrom; s < n; s++) {
                dK[(dKRow + c) * T + s] += qc * ds[s];
            }
        }
        for (int c = 0; c < dv; c++) {
            double g = dO[(dORow + c) * T + t];
            for (int s = kvFrom; s < n; s++) {
                dV[(dVRow + c) * T + s] += g * p[s];
            }
        }
    }
}
