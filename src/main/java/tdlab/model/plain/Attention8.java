package tdlab.model.plain;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Causal attention for heads of width at most 8 (the scenarios' d = 4 and the reference d = 8). Lanes
 * run over 8 consecutive queries (forward, dQ) or 8 consecutive keys (dK, dV), so a softmax row or a key
 * never needs a horizontal reduction, and the eight features of a tile stay in named registers. The
 * operands read row by row (keys and values in the forward pass, queries and output gradients in the
 * backward pass) are first copied key-major and zero-padded to width 8 ([t][8]), so a position's
 * features are one cache line and unused features contribute exact zeros.
 *
 * <p>Every loop is its own small method and vectors never cross a method boundary: C2 intrinsifies a
 * vector operation only where its inlining budget still reaches it, and a larger fused loop made it
 * fall back to allocating a boxed vector per operation (10× slower). For the same reason the causal
 * masks are additive −∞ tables read as vectors, not VectorMask objects.
 */
final class Attention8 {
    static final int W = 8;
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_512;
    private static final int L = 8;

    /** Row j: 0 where lane i ≥ j (queries of a tile that see the key at offset j), −∞ elsewhere. */
    private final double[] fromLane = new double[L * L];
    /** Row j: 0 where lane i ≤ j (keys of a tile that query offset j sees), −∞ elsewhere. */
    private final double[] upToLane = new double[L * L];
    private double[] kT = new double[0];
    private double[] vT = new double[0];
    private double[] qT = new double[0];
    private double[] gT = new double[0];
    private double[] buf = new double[0];
    /** ds of the previous key tile, kept so that two tiles share one pass over the dQ partials. */
    private double[] pending = new double[0];
    private double[] delta = new double[0];
    /** Per query, 8 lane-partial sums of dQ per feature: [t][c][lane], reduced once at the end. */
    private double[] dqPartial = new double[0];
    private final double[] tileA = new double[W * L];
    private final double[] tileB = new double[W * L];
    private final double[] pendingTile = new double[W * L];
    private final double[] row = new double[2 * L];

    Attention8() {
        for (int j = 0; j < L; j++) {
            for (int i = 0; i < L; i++) {
                fromLane[j * L + i] = i >= j ? 0 : Double.NEGATIVE_INFINITY;
                upToLane[j * L + i] = i <= j ? 0 : Double.NEGATIVE_INFINITY;
            }
        }
    }

    /** Needs 512-bit vectors of 8 doubles and widths ≤ 8. */
    static boolean supports(int T, int dq, int dv) {
        return DoubleVector.SPECIES_PREFERRED.length() == L && T >= L && dq <= W && dv <= W;
    }

    private static int full(int T) {
        return T - T % L;
    }

    private void ensure(int T) {
        if (kT.length < T * W) {
            kT = new double[T * W];
            vT = new double[T * W];
            qT = new double[T * W];
            gT = new double[T * W];
            buf = new double[T * L];
            pending = new double[T * L];
            delta = new double[T];
            dqPartial = new double[T * W * L];
        }
    }

    /** out[t·8 + c] = scale·a[(row + c)·T + t] for c &lt; width, 0 above. */
    private static void keyMajor(int T, int width, double scale, double[] a, int row, double[] out) {
        if (width < W) {
            java.util.Arrays.fill(out, 0, T * W, 0.0);
        }
        for (int c = 0; c < width; c++) {
            int base = (row + c) * T;
            for (int t = 0; t < T; t++) {
                out[t * W + c] = a[base + t] * scale;
            }
        }
    }

    /** tile[c·8 + i] = scale·a[(row + c)·T + t0 + i], zero for c ≥ width. */
    private static void loadTile(int T, int width, double scale, double[] a, int row, int t0, double[] tile) {
        java.util.Arrays.fill(tile, 0.0);
        for (int c = 0; c < width; c++) {
            DoubleVector.fromArray(S, a, (row + c) * T + t0).mul(scale).intoArray(tile, c * L);
        }
    }

    /** a[(row + c)·T + t0 + i] += tile[c·8 + i]·scale for c &lt; width. */
    private static void addTile(int T, int width, double scale, double[] tile, double[] a, int row, int t0) {
        for (int c = 0; c < width; c++) {
            int at = (row + c) * T + t0;
            DoubleVector.fromArray(S, tile, c * L).mul(scale).add(DoubleVector.fromArray(S, a, at)).intoArray(a, at);
        }
    }

    /**
     * out row r = Σ_c tile_c · x[r·8 + c] + mask_r for r &lt; n: lanes are the tile's queries, rows the keys;
     * mask_r is row (r − maskFrom) of the mask table for the rows maskFrom+1 .. maskFrom+7 (the diagonal block).
     * The lane-wise maximum of the rows goes to max[0..8).
     */
    private static void scores(double[] tile, double[] x, int n, double[] out, double[] mask, int maskFrom,
                               double[] max) {
        DoubleVector a0 = DoubleVector.fromArray(S, tile, 0 * L);
        DoubleVector a1 = DoubleVector.fromArray(S, tile, 1 * L);
        DoubleVector a2 = DoubleVector.fromArray(S, tile, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(S, tile, 3 * L);
        DoubleVector a4 = DoubleVector.fromArray(S, tile, 4 * L);
        DoubleVector a5 = DoubleVector.fromArray(S, tile, 5 * L);
        DoubleVector a6 = DoubleVector.fromArray(S, tile, 6 * L);
        DoubleVector a7 = DoubleVector.fromArray(S, tile, 7 * L);
        DoubleVector m = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < n; r++) {
            int b = r * W;
            DoubleVector acc = a0.mul(x[b]);
            acc = a1.fma(DoubleVector.broadcast(S, x[b + 1]), acc);
            acc = a2.fma(DoubleVector.broadcast(S, x[b + 2]), acc);
            acc = a3.fma(DoubleVector.broadcast(S, x[b + 3]), acc);
            acc = a4.fma(DoubleVector.broadcast(S, x[b + 4]), acc);
            acc = a5.fma(DoubleVector.broadcast(S, x[b + 5]), acc);
            acc = a6.fma(DoubleVector.broadcast(S, x[b + 6]), acc);
            acc = a7.fma(DoubleVector.broadcast(S, x[b + 7]), acc);
            int j = r - maskFrom;
            if (j > 0 && j < L) {
                acc = acc.add(DoubleVector.fromArray(S, mask, j * L));
            }
            acc.intoArray(out, r * L);
            m = m.max(acc);
        }
        m.intoArray(max, 0);
    }

    /**
     * out row r = exp(Σ_c tile_c · x[(first + r)·8 + c] − lse[lseFrom + r] + mask_r), mask_r row r of the mask
     * table for r &lt; 7: the backward pass's probabilities from the saved log-sum-exp, in one pass (no maximum
     * to find first, unlike the forward pass).
     */
    private static void probabilities(double[] tile, double[] x, int first, int n, double[] out, double[] lse,
                                      int lseFrom, double[] mask) {
        DoubleVector a0 = DoubleVector.fromArray(S, tile, 0 * L);
        DoubleVector a1 = DoubleVector.fromArray(S, tile, 1 * L);
        DoubleVector a2 = DoubleVector.fromArray(S, tile, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(S, tile, 3 * L);
        DoubleVector a4 = DoubleVector.fromArray(S, tile, 4 * L);
        DoubleVector a5 = DoubleVector.fromArray(S, tile, 5 * L);
        DoubleVector a6 = DoubleVector.fromArray(S, tile, 6 * L);
        DoubleVector a7 = DoubleVector.fromArray(S, tile, 7 * L);
        for (int r = 0; r < n; r++) {
            int b = (first + r) * W;
            DoubleVector acc = a0.mul(x[b]);
            acc = a1.fma(DoubleVector.broadcast(S, x[b + 1]), acc);
            acc = a2.fma(DoubleVector.broadcast(S, x[b + 2]), acc);
            acc = a3.fma(DoubleVector.broadcast(S, x[b + 3]), acc);
            acc = a4.fma(DoubleVector.broadcast(S, x[b + 4]), acc);
            acc = a5.fma(DoubleVector.broadcast(S, x[b + 5]), acc);
            acc = a6.fma(DoubleVector.broadcast(S, x[b + 6]), acc);
            acc = a7.fma(DoubleVector.broadcast(S, x[b + 7]), acc);
            acc = acc.sub(lse[lseFrom + r]);
            if (r < L - 1) {
                acc = acc.add(DoubleVector.fromArray(S, mask, r * L));
            }
            VectorExp.exp(acc).intoArray(out, r * L);
        }
    }

    /** x rows ← exp(x_r − shift) lane-wise, with shift = row[0..8); the lane sums into row[8..16). */
    private static void expRows(double[] x, int n, double[] row) {
        DoubleVector shift = DoubleVector.fromArray(S, row, 0);
        DoubleVector sum = DoubleVector.zero(S);
        for (int r = 0; r < n; r++) {
            DoubleVector p = VectorExp.exp(DoubleVector.fromArray(S, x, r * L).sub(shift));
            p.intoArray(x, r * L);
            sum = sum.add(p);
        }
        sum.intoArray(row, L);
    }

    /** tile_c = Σ_r w_r · x[(first + r)·8 + c]: lanes are the tile's positions, rows the other side. */
    private static void accumulate(double[] w, double[] x, int first, int n, double[] tile) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = DoubleVector.zero(S);
        DoubleVector a2 = DoubleVector.zero(S);
        DoubleVector a3 = DoubleVector.zero(S);
        DoubleVector a4 = DoubleVector.zero(S);
        DoubleVector a5 = DoubleVector.zero(S);
        DoubleVector a6 = DoubleVector.zero(S);
        DoubleVector a7 = DoubleVector.zero(S);
        for (int r = 0; r < n; r++) {
            int b = (first + r) * W;
            DoubleVector p = DoubleVector.fromArray(S, w, r * L);
            a0 = p.fma(DoubleVector.broadcast(S, x[b + 0]), a0);
            a1 = p.fma(DoubleVector.broadcast(S, x[b + 1]), a1);
            a2 = p.fma(DoubleVector.broadcast(S, x[b + 2]), a2);
            a3 = p.fma(DoubleVector.broadcast(S, x[b + 3]), a3);
            a4 = p.fma(DoubleVector.broadcast(S, x[b + 4]), a4);
            a5 = p.fma(DoubleVector.broadcast(S, x[b + 5]), a5);
            a6 = p.fma(DoubleVector.broadcast(S, x[b + 6]), a6);
            a7 = p.fma(DoubleVector.broadcast(S, x[b + 7]), a7);
        }
        a0.intoArray(tile, 0 * L);
        a1.intoArray(tile, 1 * L);
        a2.intoArray(tile, 2 * L);
        a3.intoArray(tile, 3 * L);
        a4.intoArray(tile, 4 * L);
        a5.intoArray(tile, 5 * L);
        a6.intoArray(tile, 6 * L);
        a7.intoArray(tile, 7 * L);
    }

    /**
     * For key tiles: dV_c += p_r · g[r][c] into {@code dvTile}, and p_r ← p_r · (Σ_c tile_c · g[r][c] − Δ_r),
     * in one pass over the rows (both read the same output-gradient row).
     */
    private static void valuesAndSoftmaxBackward(double[] tile, double[] x, int first, int n, double[] p,
                                                 double[] dlt, double[] dvTile) {
        DoubleVector a0 = DoubleVector.fromArray(S, tile, 0 * L);
        DoubleVector a1 = DoubleVector.fromArray(S, tile, 1 * L);
        DoubleVector a2 = DoubleVector.fromArray(S, tile, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(S, tile, 3 * L);
        DoubleVector a4 = DoubleVector.fromArray(S, tile, 4 * L);
        DoubleVector a5 = DoubleVector.fromArray(S, tile, 5 * L);
        DoubleVector a6 = DoubleVector.fromArray(S, tile, 6 * L);
        DoubleVector a7 = DoubleVector.fromArray(S, tile, 7 * L);
        DoubleVector v0 = DoubleVector.zero(S);
        DoubleVector v1 = DoubleVector.zero(S);
        DoubleVector v2 = DoubleVector.zero(S);
        DoubleVector v3 = DoubleVector.zero(S);
        DoubleVector v4 = DoubleVector.zero(S);
        DoubleVector v5 = DoubleVector.zero(S);
        DoubleVector v6 = DoubleVector.zero(S);
        DoubleVector v7 = DoubleVector.zero(S);
        for (int r = 0; r < n; r++) {
            int b = (first + r) * W;
            DoubleVector pv = DoubleVector.fromArray(S, p, r * L);
            DoubleVector g = DoubleVector.broadcast(S, x[b]);
            DoubleVector dp = a0.mul(g);
            v0 = pv.fma(g, v0);
            g = DoubleVector.broadcast(S, x[b + 1]);
            dp = a1.fma(g, dp);
            v1 = pv.fma(g, v1);
            g = DoubleVector.broadcast(S, x[b + 2]);
            dp = a2.fma(g, dp);
            v2 = pv.fma(g, v2);
            g = DoubleVector.broadcast(S, x[b + 3]);
            dp = a3.fma(g, dp);
            v3 = pv.fma(g, v3);
            g = DoubleVector.broadcast(S, x[b + 4]);
            dp = a4.fma(g, dp);
            v4 = pv.fma(g, v4);
            g = DoubleVector.broadcast(S, x[b + 5]);
            dp = a5.fma(g, dp);
            v5 = pv.fma(g, v5);
            g = DoubleVector.broadcast(S, x[b + 6]);
            dp = a6.fma(g, dp);
            v6 = pv.fma(g, v6);
            g = DoubleVector.broadcast(S, x[b + 7]);
            dp = a7.fma(g, dp);
            v7 = pv.fma(g, v7);
            pv.mul(dp.sub(dlt[first + r])).intoArray(p, r * L);
        }
        v0.intoArray(dvTile, 0 * L);
        v1.intoArray(dvTile, 1 * L);
        v2.intoArray(dvTile, 2 * L);
        v3.intoArray(dvTile, 3 * L);
        v4.intoArray(dvTile, 4 * L);
        v5.intoArray(dvTile, 5 * L);
        v6.intoArray(dvTile, 6 * L);
        v7.intoArray(dvTile, 7 * L);
    }

    void forward(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow, double[] v,
                 int vRow, double[] o, int oRow, double[] lse, int lo) {
        ensure(T);
        keyMajor(T, dq, 1, k, kRow, kT);
        keyMajor(T, dv, 1, v, vRow, vT);
        for (int t0 = 0; t0 < full(T); t0 += L) {
            int keys = t0 + L;
            loadTile(T, dq, scale, q, qRow, t0, tileA);
            // rows t0+1 .. t0+7 are the diagonal block: key offset j = row − t0 is masked for lanes < j
            scores(tileA, kT, keys, buf, fromLane, t0, row);
            expRows(buf, keys, row);
            accumulate(buf, vT, 0, keys, tileA);
            finishForward(T, dv, o, oRow, lse, lo, t0);
        }
        for (int t = full(T); t < T; t++) {
            RowAttention.forwardRow(T, t, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo, buf);
        }
    }

    /** o = accumulated / sum, lse = max + ln(sum) for the tile's queries. */
    private void finishForward(int T, int dv, double[] o, int oRow, double[] lse, int lo, int t0) {
        DoubleVector max = DoubleVector.fromArray(S, row, 0);
        DoubleVector sum = DoubleVector.fromArray(S, row, L);
        DoubleVector inv = DoubleVector.broadcast(S, 1.0).div(sum);
        for (int c = 0; c < dv; c++) {
            DoubleVector.fromArray(S, tileA, c * L).mul(inv).intoArray(o, (oRow + c) * T + t0);
        }
        sum.intoArray(row, L);
        for (int i = 0; i < L; i++) { // Math.log, not the API's LOG, whose compiled and interpreted bits may differ
            row[L + i] = Math.log(row[L + i]);
        }
        max.add(DoubleVector.fromArray(S, row, L)).intoArray(lse, lo + t0);
    }

    void backward(int T, int dq, int dv, double scale, double[] q, int qRow, double[] k, int kRow, double[] v,
                  int vRow, double[] o, int oRow, double[] lse, int lo, double[] dO, int dORow, double[] dQ,
                  int dQRow, double[] dK, int dKRow, double[] dV, int dVRow, double[] p, double[] ds) {
        ensure(T);
        RowAttention.outputGradientDot(T, dv, dO, dORow, o, oRow, delta);
        keyMajor(T, dq, scale, q, qRow, qT);
        keyMajor(T, dv, 1, dO, dORow, gT);
        for (int s0 = 0; s0 < full(T); s0 += L) {
            keyTile(T, dq, dv, k, kRow, v, vRow, lse, lo, dK, dKRow, dV, dVRow, s0);
            loadTile(T, dq, 1, k, kRow, s0, tileA);
            if ((s0 / L) % 2 == 0 && s0 + L < full(T)) { // keep this tile's ds for the next one
                double[] t = pending;
                pending = buf;
                buf = t;
                System.arraycopy(tileA, 0, pendingTile, 0, W * L);
            } else if ((s0 / L) % 2 == 1) {
                int s1 = s0 - L; // rows s1 .. s1+7 only see the pending tile; the rest see both
                queryPartials(pendingTile, pending, s1, L, dqPartial);
                queryPartialsPair(pendingTile, tileA, pending, L, buf, s0, T - s0, dqPartial);
            } else {
                queryPartials(tileA, buf, s0, T - s0, dqPartial);
            }
        }
        reduceQueryGradient(T, dq, scale, dQ, dQRow);
        for (int t = full(T); t < T; t++) {
            RowAttention.backwardRow(T, t, full(T), full(T), dq, dv, scale, q, qRow, k, kRow, v, vRow, lse[lo + t], delta[t],
                    dO, dORow, dQ, dQRow, dK, dKRow, dV, dVRow, p, ds);
        }
    }

    /** dK, dV of keys s0..s0+7 (lanes) from every query t ≥ s0 (rows). */
    private void keyTile(int T, int dq, int dv, double[] k, int kRow, double[] v, int vRow, double[] lse, int lo,
                         double[] dK, int dKRow, double[] dV, int dVRow, int s0) {
        int n = T - s0;
        loadTile(T, dq, 1, k, kRow, s0, tileA);
        // qT carries the 1/√d scale; query s0 + j sees keys s0 .. s0 + j only (mask rows 0..6)
        probabilities(tileA, qT, s0, n, buf, lse, lo + s0, upToLane);
        loadTile(T, dv, 1, v, vRow, s0, tileA);
        valuesAndSoftmaxBackward(tileA, gT, s0, n, buf, delta, tileB); // dV into tileB, buf ← ds
        addTile(T, dv, 1, tileB, dV, dVRow, s0);
        accumulate(buf, qT, s0, n, tileB); // dK_s = Σ_t ds_ts q_t·scale
        addTile(T, dq, 1, tileB, dK, dKRow, s0);
    }

    /**
     * Like {@link #queryPartials} for two key tiles at once (ds rows of tile a start {@code aSkip} rows
     * earlier): one load and one store of each partial serve both, halving the store traffic that bounds
     * this pass.
     */
    private static void queryPartialsPair(double[] tileA, double[] tileB, double[] dsA, int aSkip, double[] dsB,
                                          int first, int n, double[] partial) {
        DoubleVector a0 = DoubleVector.fromArray(S, tileA, 0 * L);
        DoubleVector a1 = DoubleVector.fromArray(S, tileA, 1 * L);
        DoubleVector a2 = DoubleVector.fromArray(S, tileA, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(S, tileA, 3 * L);
        DoubleVector a4 = DoubleVector.fromArray(S, tileA, 4 * L);
        DoubleVector a5 = DoubleVector.fromArray(S, tileA, 5 * L);
        DoubleVector a6 = DoubleVector.fromArray(S, tileA, 6 * L);
        DoubleVector a7 = DoubleVector.fromArray(S, tileA, 7 * L);
        DoubleVector b0 = DoubleVector.fromArray(S, tileB, 0 * L);
        DoubleVector b1 = DoubleVector.fromArray(S, tileB, 1 * L);
        DoubleVector b2 = DoubleVector.fromArray(S, tileB, 2 * L);
        DoubleVector b3 = DoubleVector.fromArray(S, tileB, 3 * L);
        DoubleVector b4 = DoubleVector.fromArray(S, tileB, 4 * L);
        DoubleVector b5 = DoubleVector.fromArray(S, tileB, 5 * L);
        DoubleVector b6 = DoubleVector.fromArray(S, tileB, 6 * L);
        DoubleVector b7 = DoubleVector.fromArray(S, tileB, 7 * L);
        for (int r = 0; r < n; r++) {
            DoubleVector da = DoubleVector.fromArray(S, dsA, (r + aSkip) * L);
            DoubleVector db = DoubleVector.fromArray(S, dsB, r * L);
            int b = (first + r) * W * L;
            db.fma(b0, da.fma(a0, DoubleVector.fromArray(S, partial, b + 0 * L))).intoArray(partial, b + 0 * L);
            db.fma(b1, da.fma(a1, DoubleVector.fromArray(S, partial, b + 1 * L))).intoArray(partial, b + 1 * L);
            db.fma(b2, da.fma(a2, DoubleVector.fromArray(S, partial, b + 2 * L))).intoArray(partial, b + 2 * L);
            db.fma(b3, da.fma(a3, DoubleVector.fromArray(S, partial, b + 3 * L))).intoArray(partial, b + 3 * L);
            db.fma(b4, da.fma(a4, DoubleVector.fromArray(S, partial, b + 4 * L))).intoArray(partial, b + 4 * L);
            db.fma(b5, da.fma(a5, DoubleVector.fromArray(S, partial, b + 5 * L))).intoArray(partial, b + 5 * L);
            db.fma(b6, da.fma(a6, DoubleVector.fromArray(S, partial, b + 6 * L))).intoArray(partial, b + 6 * L);
            db.fma(b7, da.fma(a7, DoubleVector.fromArray(S, partial, b + 7 * L))).intoArray(partial, b + 7 * L);
        }
    }

    /** partial[(first + r)·64 + c·8 + lane] += ds_r · tile_c: each query's dQ, split over the key lanes. */
    private static void queryPartials(double[] tile, double[] ds, int first, int n, double[] partial) {
        DoubleVector a0 = DoubleVector.fromArray(S, tile, 0 * L);
        DoubleVector a1 = DoubleVector.fromArray(S, tile, 1 * L);
        DoubleVector a2 = DoubleVector.fromArray(S, tile, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(S, tile, 3 * L);
        DoubleVector a4 = DoubleVector.fromArray(S, tile, 4 * L);
        DoubleVector a5 = DoubleVector.fromArray(S, tile, 5 * L);
        DoubleVector a6 = DoubleVector.fromArray(S, tile, 6 * L);
        DoubleVector a7 = DoubleVector.fromArray(S, tile, 7 * L);
        for (int r = 0; r < n; r++) {
            DoubleVector d = DoubleVector.fromArray(S, ds, r * L);
            int b = (first + r) * W * L;
            d.fma(a0, DoubleVector.fromArray(S, partial, b + 0 * L)).intoArray(partial, b + 0 * L);
            d.fma(a1, DoubleVector.fromArray(S, partial, b + 1 * L)).intoArray(partial, b + 1 * L);
            d.fma(a2, DoubleVector.fromArray(S, partial, b + 2 * L)).intoArray(partial, b + 2 * L);
            d.fma(a3, DoubleVector.fromArray(S, partial, b + 3 * L)).intoArray(partial, b + 3 * L);
            d.fma(a4, DoubleVector.fromArray(S, partial, b + 4 * L)).intoArray(partial, b + 4 * L);
            d.fma(a5, DoubleVector.fromArray(S, partial, b + 5 * L)).intoArray(partial, b + 5 * L);
            d.fma(a6, DoubleVector.fromArray(S, partial, b + 6 * L)).intoArray(partial, b + 6 * L);
            d.fma(a7, DoubleVector.fromArray(S, partial, b + 7 * L)).intoArray(partial, b + 7 * L);
        }
    }

    /** dQ[c][t] += scale · (sum of the lanes of partial[t][c]); leaves the partials zero. */
    private void reduceQueryGradient(int T, int dq, double scale, double[] dQ, int dQRow) {
        for (int t = 0; t < T; t++) {
            for (int c = 0; c < dq; c++) {
                int at = (t * W + c) * L;
                double sum = DoubleVector.fromArray(S, dqPartial, at).reduceLanes(VectorOperators.ADD);
                dQ[(dQRow + c) * T + t] += scale * sum;
                java.util.Arrays.fill(dqPartial, at, at + L, 0.0); // ready for the next head
            }
        }
    }

}
