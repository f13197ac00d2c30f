package tdlab.model.plain;

import static jdk.incubator.vector.DoubleVector.broadcast;
import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Causal attention of one head, vectorised across a tile of L consecutive queries (forward and dQ) or L
 * consecutive keys (dK and dV): every lane owns one softmax row or one key, so no horizontal reductions
 * are needed, and each key's features are loaded once per tile instead of once per query. The T×T
 * matrix is never stored; the backward pass recomputes probabilities from the saved log-sum-exp.
 * Queries and keys beyond the last full tile go through per-row scalar code.
 *
 * <p>Written for what C2 keeps in registers (docs/performance.md, "JIT cliffs"; each figure S2c on 256-bit AVX2
 * vectors): no helper of ours takes or returns a vector (past its node-count cutoff C2 stops inlining the app's
 * methods, and a vector that crosses a call is boxed: a broadcast helper cost 1.6×); no vector lives in a static
 * field (a loop whose accumulator starts from a boxed constant cannot unbox it at the loop's head and allocated a
 * vector per step: 2.8×); the masks are blended in every step, an all-true mask outside the diagonal block (the same
 * bits, one path instead of two), and made where used from rows of numbers, not read from an array of masks; and
 * each tile is a compile unit of its own ({@code cli.KernelJit}).
 */
final class TiledAttention {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /**
     * Row j, lane i: 1 where i ≥ j (the queries of a tile that see the key at offset j inside the tile), else 0. Kept
     * as numbers and turned into a mask where used: a mask read from an array of masks is a boxed object whose class
     * C2 cannot always prove, and the blend then ran in plain Java.
     */
    private final double[] fromLane = new double[L * L];
    /** Row j, lane i: 1 where i ≤ j (the keys of a tile that query offset j sees), else 0. */
    private final double[] upToLane = new double[L * L];
    private double[] scores = new double[0];
    private double[] delta = new double[0];
    private final double[] tileA = new double[64 * L];
    private final double[] tileB = new double[64 * L];
    private final double[] accA = new double[64 * L];
    private final double[] accB = new double[64 * L];

    TiledAttention() {
        for (int j = 0; j < L; j++) {
            for (int i = 0; i < L; i++) {
                fromLane[j * L + i] = i >= j ? 1 : 0;
                upToLane[j * L + i] = i <= j ? 1 : 0;
            }
        }
    }

    /** Widths up to 64 per head fit the tile buffers; wider heads use the row kernels. */
    static boolean supports(int T, int dq, int dv) {
        return T >= L && dq <= 64 && dv <= 64;
    }

    static int full(int T) {
        return T - T % L;
    }

    void forward(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow, double[] v,
                 int vRow, double[] o, int oRow, double[] lse, int lo) {
        if (scores.length < T * L) {
            scores = new double[T * L];
        }
        for (int t0 = 0; t0 < full(T); t0 += L) {
            forwardTile(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo, t0);
        }
        for (int t = full(T); t < T; t++) {
            RowAttention.forwardRow(T, t, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo, scores);
        }
    }

    /** One tile of {@link #forward}, a compile unit of its own ({@code cli.KernelJit}). */
    private void forwardTile(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow,
                             double[] v, int vRow, double[] o, int oRow, double[] lse, int lo, int t0) {
        double[] qt = tileA;
        double[] ot = accA;
        for (int c = 0; c < dq; c++) {
            fromArray(S, q, (qRow + c) * T + t0).mul(scale).intoArray(qt, c * L);
        }
        int keys = t0 + L;
        DoubleVector max = broadcast(S, Double.NEGATIVE_INFINITY);
        for (int s = 0; s < keys; s++) {
            DoubleVector acc = DoubleVector.zero(S);
            for (int c = 0; c < dq; c++) {
                acc = fromArray(S, qt, c * L).fma(broadcast(S, k[(kRow + c) * T + s]), acc);
            }
            acc = broadcast(S, Double.NEGATIVE_INFINITY).blend(acc,
                    fromArray(S, fromLane, Math.max(0, s - t0) * L).compare(VectorOperators.NE, 0));
            acc.intoArray(scores, s * L);
            max = max.max(acc);
        }
        java.util.Arrays.fill(ot, 0, dv * L, 0.0);
        DoubleVector sum = DoubleVector.zero(S);
        for (int s = 0; s < keys; s++) {
            DoubleVector p = VectorExp.exp(fromArray(S, scores, s * L).sub(max));
            sum = sum.add(p);
            for (int c = 0; c < dv; c++) {
                p.fma(broadcast(S, v[(vRow + c) * T + s]), fromArray(S, ot, c * L)).intoArray(ot, c * L);
            }
        }
        DoubleVector inv = broadcast(S, 1.0).div(sum);
        for (int c = 0; c < dv; c++) {
            fromArray(S, ot, c * L).mul(inv).intoArray(o, (oRow + c) * T + t0);
        }
        max.add(sum.lanewise(VectorOperators.LOG)).intoArray(lse, lo + t0);
    
    }

    void backward(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow, double[] v,
                  int vRow, double[] o, int oRow, double[] lse, int lo, double[] dO, int dORow, double[] dQ,
                  int dQRow, double[] dK, int dKRow, double[] dV, int dVRow, double[] p, double[] ds) {
        if (delta.length < T) {
            delta = new double[T];
        }
        RowAttention.outputGradientDot(T, dv, dO, dORow, o, oRow, delta);
        keysAndValues(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, lse, lo, dO, dORow, dK, dKRow, dV, dVRow);
        queries(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, lse, lo, dO, dORow, dQ, dQRow);
        for (int t = full(T); t < T; t++) {
            RowAttention.backwardRow(T, t, 0, full(T), dq, dv, scale, q, qRow, k, kRow, v, vRow, lse[lo + t], delta[t],
                    dO, dORow, dQ, dQRow, dK, dKRow, dV, dVRow, p, ds);
        }
    }

    /** dK and dV for every key of the full tiles; lanes are keys, the loop runs over the queries that see them. */
    private void keysAndValues(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow,
                               double[] v, int vRow, double[] lse, int lo, double[] dO, int dORow, double[] dK,
                               int dKRow, double[] dV, int dVRow) {
        for (int s0 = 0; s0 < full(T); s0 += L) {
            keyTile(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, lse, lo, dO, dORow, dK, dKRow, dV, dVRow, s0);
        }
    }

    /** One tile of {@link #keysAndValues}, a compile unit of its own ({@code cli.KernelJit}). */
    private void keyTile(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow, double[] v,
                         int vRow, double[] lse, int lo, double[] dO, int dORow, double[] dK, int dKRow, double[] dV,
                         int dVRow, int s0) {
        double[] kt = tileA;
        double[] vt = tileB;
        double[] dk = accA;
        double[] dvAcc = accB;
        for (int c = 0; c < dq; c++) {
            fromArray(S, k, (kRow + c) * T + s0).mul(scale).intoArray(kt, c * L);
        }
        for (int c = 0; c < dv; c++) {
            fromArray(S, v, (vRow + c) * T + s0).intoArray(vt, c * L);
        }
        java.util.Arrays.fill(dk, 0, dq * L, 0.0);
        java.util.Arrays.fill(dvAcc, 0, dv * L, 0.0);
        for (int t = s0; t < T; t++) {
            DoubleVector score = DoubleVector.zero(S);
            for (int c = 0; c < dq; c++) {
                score = fromArray(S, kt, c * L).fma(broadcast(S, q[(qRow + c) * T + t]), score);
            }
            DoubleVector pv = VectorExp.exp(score.sub(lse[lo + t]));
            pv = DoubleVector.zero(S).blend(pv,
                    fromArray(S, upToLane, Math.min(t - s0, L - 1) * L).compare(VectorOperators.NE, 0));
            DoubleVector dp = DoubleVector.zero(S);
            for (int c = 0; c < dv; c++) {
                double g = dO[(dORow + c) * T + t];
                dp = fromArray(S, vt, c * L).fma(broadcast(S, g), dp);
                pv.fma(broadcast(S, g), fromArray(S, dvAcc, c * L)).intoArray(dvAcc, c * L);
            }
            DoubleVector dsv = dp.sub(delta[t]).mul(pv);
            for (int c = 0; c < dq; c++) {
                dsv.fma(broadcast(S, q[(qRow + c) * T + t]), fromArray(S, dk, c * L)).intoArray(dk, c * L);
            }
        }
        for (int c = 0; c < dq; c++) {
            int at = (dKRow + c) * T + s0;
            fromArray(S, dk, c * L).fma(broadcast(S, scale), fromArray(S, dK, at)).intoArray(dK, at);
        }
        for (int c = 0; c < dv; c++) {
            int at = (dVRow + c) * T + s0;
            fromArray(S, dvAcc, c * L).add(fromArray(S, dV, at)).intoArray(dV, at);
        }
    
    }

    /** dQ for the queries of the full tiles; lanes are queries. */
    private void queries(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow,
                         double[] v, int vRow, double[] lse, int lo, double[] dO, int dORow, double[] dQ, int dQRow) {
        for (int t0 = 0; t0 < full(T); t0 += L) {
            queryTile(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, lse, lo, dO, dORow, dQ, dQRow, t0);
        }
    }

    /** One tile of {@link #queries}, a compile unit of its own ({@code cli.KernelJit}). */
    private void queryTile(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow, double[] v,
                           int vRow, double[] lse, int lo, double[] dO, int dORow, double[] dQ, int dQRow, int t0) {
        double[] qt = tileA;
        double[] gt = tileB;
        double[] dqAcc = accA;
        for (int c = 0; c < dq; c++) {
            fromArray(S, q, (qRow + c) * T + t0).mul(scale).intoArray(qt, c * L);
        }
        for (int c = 0; c < dv; c++) {
            fromArray(S, dO, (dORow + c) * T + t0).intoArray(gt, c * L);
        }
        DoubleVector lsev = fromArray(S, lse, lo + t0);
        DoubleVector dlt = fromArray(S, delta, t0);
        java.util.Arrays.fill(dqAcc, 0, dq * L, 0.0);
        int keys = t0 + L;
        for (int s = 0; s < keys; s++) {
            DoubleVector score = DoubleVector.zero(S);
            for (int c = 0; c < dq; c++) {
                score = fromArray(S, qt, c * L).fma(broadcast(S, k[(kRow + c) * T + s]), score);
            }
            DoubleVector pv = VectorExp.exp(score.sub(lsev));
            pv = DoubleVector.zero(S).blend(pv,
                    fromArray(S, fromLane, Math.max(0, s - t0) * L).compare(VectorOperators.NE, 0));
            DoubleVector dp = DoubleVector.zero(S);
            for (int c = 0; c < dv; c++) {
                dp = fromArray(S, gt, c * L).fma(broadcast(S, v[(vRow + c) * T + s]), dp);
            }
            DoubleVector dsv = dp.sub(dlt).mul(pv);
            for (int c = 0; c < dq; c++) {
                dsv.fma(broadcast(S, k[(kRow + c) * T + s]), fromArray(S, dqAcc, c * L)).intoArray(dqAcc, c * L);
            }
        }
        for (int c = 0; c < dq; c++) {
            int at = (dQRow + c) * T + t0;
            fromArray(S, dqAcc, c * L).fma(broadcast(S, scale), fromArray(S, dQ, at)).intoArray(dQ, at);
        }
    
    }
}
