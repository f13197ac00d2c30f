package tdlab.model.plain;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels on the JDK 17 incubating Vector API (8 doubles per AVX-512 register). Exponentials use
 * {@link VectorExp}, not the API's EXP, whose compiled and interpreted forms differ in the last bit.
 *
 * <p>Every loop is its own small method: C2 only intrinsifies vector operations it inlines, and one large
 * fused loop body exceeded its inlining budget and ran several times slower than these passes.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private final TiledAttention tiled = new TiledAttention();
    private final Attention8 narrow = new Attention8();

    @Override
    public void axpy(double a, double[] x, int xo, double[] y, int yo, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        DoubleVector va = DoubleVector.broadcast(S, a);
        for (; i < bound; i += L) {
            DoubleVector.fromArray(S, x, xo + i).fma(va, DoubleVector.fromArray(S, y, yo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] += a * x[xo + i];
        }
    }

    @Override
    public void gelu(double[] u, double[] th, double[] g, int n) {
        VectorGelu.forward(u, th, g, n);
    }

    @Override
    public void geluBackward(double[] u, double[] th, double[] dg, int n) {
        VectorGelu.backward(u, th, dg, n);
    }

    @Override
    public double dot(double[] x, int xo, double[] y, int yo, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        DoubleVector acc = DoubleVector.zero(S);
        for (; i < bound; i += L) {
            acc = DoubleVector.fromArray(S, x, xo + i).fma(DoubleVector.fromArray(S, y, yo + i), acc);
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += x[xo + i] * y[yo + i];
        }
        return s;
    }

    /** Register-blocked: eight input rows of an 8-position block stay in registers across all outputs. */
    @Override
    public void matmul(double[] w, int wOff, int rowStride, int colStride, int out, int in, double[] x, double[] y,
                       int T, boolean add) {
        int full = S.loopBound(T);
        if (L != 8 || full == 0) {
            Kernels.super.matmul(w, wOff, rowStride, colStride, out, in, x, y, T, add);
            return;
        }
        for (int i0 = 0; i0 < in; i0 += 8) {
            int width = Math.min(8, in - i0);
            boolean accumulate = add || i0 > 0;
            for (int t = 0; t < full; t += L) {
                matmulBlock(w, wOff + i0 * colStride, rowStride, colStride, out, width, x, i0, y, T, t, accumulate);
            }
            for (int t = full; t < T; t++) {
                for (int o = 0; o < out; o++) {
                    double acc = accumulate ? y[o * T + t] : 0;
                    for (int j = 0; j < width; j++) {
                        acc += w[wOff + o * rowStride + (i0 + j) * colStride] * x[(i0 + j) * T + t];
                    }
                    y[o * T + t] = acc;
                }
            }
        }
    }

    private void matmulBlock(double[] w, int wOff, int rs, int cs, int out, int width, double[] x, int i0, double[] y,
                             int T, int t, boolean accumulate) {
        DoubleVector x0 = 0 < width ? DoubleVector.fromArray(S, x, (i0 + 0) * T + t) : DoubleVector.zero(S);
        DoubleVector x1 = 1 < width ? DoubleVector.fromArray(S, x, (i0 + 1) * T + t) : DoubleVector.zero(S);
        DoubleVector x2 = 2 < width ? DoubleVector.fromArray(S, x, (i0 + 2) * T + t) : DoubleVector.zero(S);
        DoubleVector x3 = 3 < width ? DoubleVector.fromArray(S, x, (i0 + 3) * T + t) : DoubleVector.zero(S);
        DoubleVector x4 = 4 < width ? DoubleVector.fromArray(S, x, (i0 + 4) * T + t) : DoubleVector.zero(S);
        DoubleVector x5 = 5 < width ? DoubleVector.fromArray(S, x, (i0 + 5) * T + t) : DoubleVector.zero(S);
        DoubleVector x6 = 6 < width ? DoubleVector.fromArray(S, x, (i0 + 6) * T + t) : DoubleVector.zero(S);
        DoubleVector x7 = 7 < width ? DoubleVector.fromArray(S, x, (i0 + 7) * T + t) : DoubleVector.zero(S);
        for (int o = 0; o < out; o++) {
            int b = wOff + o * rs;
            DoubleVector acc = accumulate ? DoubleVector.fromArray(S, y, o * T + t) : DoubleVector.zero(S);
            acc = x0.fma(DoubleVector.broadcast(S, w[b]), acc);
            acc = x1.fma(DoubleVector.broadcast(S, 1 < width ? w[b + 1 * cs] : 0), acc);
            acc = x2.fma(DoubleVector.broadcast(S, 2 < width ? w[b + 2 * cs] : 0), acc);
            acc = x3.fma(DoubleVector.broadcast(S, 3 < width ? w[b + 3 * cs] : 0), acc);
            acc = x4.fma(DoubleVector.broadcast(S, 4 < width ? w[b + 4 * cs] : 0), acc);
            acc = x5.fma(DoubleVector.broadcast(S, 5 < width ? w[b + 5 * cs] : 0), acc);
            acc = x6.fma(DoubleVector.broadcast(S, 6 < width ? w[b + 6 * cs] : 0), acc);
            acc = x7.fma(DoubleVector.broadcast(S, 7 < width ? w[b + 7 * cs] : 0), acc);
            acc.intoArray(y, o * T + t);
        }
    }

    /** Eight weight rows' accumulators per input row: one load of x serves eight outputs. */
    @Override
    public void weightGradient(double[] dy, int out, double[] x, int in, int T, double[] g, int gOff) {
        int full = S.loopBound(T);
        if (L != 8 || full == 0) {
            Kernels.super.weightGradient(dy, out, x, in, T, g, gOff);
            return;
        }
        for (int o0 = 0; o0 < out; o0 += 8) {
            int height = Math.min(8, out - o0);
            for (int i = 0; i < in; i++) {
                weightGradientColumn(dy, o0, height, x, i, T, full, g, gOff, in);
            }
        }
    }

    private void weightGradientColumn(double[] dy, int o0, int height, double[] x, int i, int T, int full, double[] g,
                                      int gOff, int in) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = DoubleVector.zero(S);
        DoubleVector a2 = DoubleVector.zero(S);
        DoubleVector a3 = DoubleVector.zero(S);
        DoubleVector a4 = DoubleVector.zero(S);
        DoubleVector a5 = DoubleVector.zero(S);
        DoubleVector a6 = DoubleVector.zero(S);
        DoubleVector a7 = DoubleVector.zero(S);
        int r0 = o0 * T;
        int r1 = (o0 + Math.min(1, height - 1)) * T;
        int r2 = (o0 + Math.min(2, height - 1)) * T;
        int r3 = (o0 + Math.min(3, height - 1)) * T;
        int r4 = (o0 + Math.min(4, height - 1)) * T;
        int r5 = (o0 + Math.min(5, height - 1)) * T;
        int r6 = (o0 + Math.min(6, height - 1)) * T;
        int r7 = (o0 + Math.min(7, height - 1)) * T;
        for (int t = 0; t < full; t += L) {
            DoubleVector xv = DoubleVector.fromArray(S, x, i * T + t);
            a0 = xv.fma(DoubleVector.fromArray(S, dy, r0 + t), a0);
            a1 = xv.fma(DoubleVector.fromArray(S, dy, r1 + t), a1);
            a2 = xv.fma(DoubleVector.fromArray(S, dy, r2 + t), a2);
            a3 = xv.fma(DoubleVector.fromArray(S, dy, r3 + t), a3);
            a4 = xv.fma(DoubleVector.fromArray(S, dy, r4 + t), a4);
            a5 = xv.fma(DoubleVector.fromArray(S, dy, r5 + t), a5);
            a6 = xv.fma(DoubleVector.fromArray(S, dy, r6 + t), a6);
            a7 = xv.fma(DoubleVector.fromArray(S, dy, r7 + t), a7);
        }
        double s0 = a0.reduceLanes(VectorOperators.ADD);
        double s1 = a1.reduceLanes(VectorOperators.ADD);
        double s2 = a2.reduceLanes(VectorOperators.ADD);
        double s3 = a3.reduceLanes(VectorOperators.ADD);
        double s4 = a4.reduceLanes(VectorOperators.ADD);
        double s5 = a5.reduceLanes(VectorOperators.ADD);
        double s6 = a6.reduceLanes(VectorOperators.ADD);
        double s7 = a7.reduceLanes(VectorOperators.ADD);
        for (int t = full; t < T; t++) {
            double xv = x[i * T + t];
            s0 += xv * dy[r0 + t];
            s1 += xv * dy[r1 + t];
            s2 += xv * dy[r2 + t];
            s3 += xv * dy[r3 + t];
            s4 += xv * dy[r4 + t];
            s5 += xv * dy[r5 + t];
            s6 += xv * dy[r6 + t];
            s7 += xv * dy[r7 + t];
        }
        int at = gOff + o0 * in + i; // rows past height repeat the last one and are not written
        g[at] += s0;
        if (height > 1) {
            g[at + in] += s1;
        }
        if (height > 2) {
            g[at + 2 * in] += s2;
        }
        if (height > 3) {
            g[at + 3 * in] += s3;
        }
        if (height > 4) {
            g[at + 4 * in] += s4;
        }
        if (height > 5) {
            g[at + 5 * in] += s5;
        }
        if (height > 6) {
            g[at + 6 * in] += s6;
        }
        if (height > 7) {
            g[at + 7 * in] += s7;
        }
    }

    private static double max(double[] x, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        DoubleVector m = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        for (; i < bound; i += L) {
            m = m.max(DoubleVector.fromArray(S, x, i));
        }
        double r = m.reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            r = Math.max(r, x[i]);
        }
        return r;
    }

    /** x[i] = exp(x[i] − shift) for i &lt; n; returns the sum. */
    private static double expShift(double[] x, double shift, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        DoubleVector sum = DoubleVector.zero(S);
        for (; i < bound; i += L) {
            DoubleVector e = VectorExp.exp(DoubleVector.fromArray(S, x, i).sub(shift));
            e.intoArray(x, i);
            sum = sum.add(e);
        }
        double r = sum.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            double e = VectorExp.exp(x[i] - shift);
            x[i] = e;
            r += e;
        }
        return r;
    }

    /** ds[i] = p[i]·(ds[i] − delta)·scale. */
    private static void softmaxBackward(double[] p, double[] ds, double delta, double scale, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        for (; i < bound; i += L) {
            DoubleVector.fromArray(S, ds, i).sub(delta).mul(DoubleVector.fromArray(S, p, i)).mul(scale).intoArray(ds, i);
        }
        for (; i < n; i++) {
            ds[i] = p[i] * (ds[i] - delta) * scale;
        }
    }

    private static void zero(double[] x, int n) {
        java.util.Arrays.fill(x, 0, n, 0.0);
    }

    /** x[0..n) = Σ_c a[(aRow+c)·T + t]·scale · m[(mRow+c)·T + ·]: one query's scores. */
    private void scores(int T, int t, int dq, double scale, double[] q, int qRow, double[] k, int kRow,
                        double[] x, int n) {
        zero(x, n);
        for (int c = 0; c < dq; c++) {
            axpy(q[(qRow + c) * T + t] * scale, k, (kRow + c) * T, x, 0, n);
        }
    }

    @Override
    public void attentionForward(int T, int dq, int dv, double scale,
                                 double[] q, int qRow, double[] k, int kRow, double[] v, int vRow,
                                 double[] o, int oRow, double[] lse, int lo, double[] p) {
        if (Attention8.supports(T, dq, dv)) {
            narrow.forward(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo);
            return;
        }
        if (TiledAttention.supports(T, dq, dv)) {
            tiled.forward(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo);
            return;
        }
        for (int t = 0; t < T; t++) {
            int n = t + 1;
            scores(T, t, dq, scale, q, qRow, k, kRow, p, n);
            double max = max(p, n);
            double sum = expShift(p, max, n);
            double inv = 1 / sum;
            for (int c = 0; c < dv; c++) {
                o[(oRow + c) * T + t] = dot(p, 0, v, (vRow + c) * T, n) * inv;
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
        if (Attention8.supports(T, dq, dv)) {
            narrow.backward(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo, dO, dORow, dQ, dQRow, dK,
                    dKRow, dV, dVRow, p, ds);
            return;
        }
        if (TiledAttention.supports(T, dq, dv)) {
            tiled.backward(T, dq, dv, scale, q, qRow, k, kRow, v, vRow, o, oRow, lse, lo, dO, dORow, dQ, dQRow, dK,
                    dKRow, dV, dVRow, p, ds);
            return;
        }
        for (int t = 0; t < T; t++) {
            int n = t + 1;
            scores(T, t, dq, scale, q, qRow, k, kRow, p, n);
            expShift(p, lse[lo + t], n);
            double delta = 0; // Σ_s p_s dp_s = dO_t · o_t
            zero(ds, n);
            for (int c = 0; c < dv; c++) {
                double g = dO[(dORow + c) * T + t];
                delta += g * o[(oRow + c) * T + t];
                axpy(g, v, (vRow + c) * T, ds, 0, n);
                axpy(g, p, 0, dV, (dVRow + c) * T, n);
            }
            softmaxBackward(p, ds, delta, scale, n);
            for (int c = 0; c < dq; c++) {
                dQ[(dQRow + c) * T + t] += dot(ds, 0, k, (kRow + c) * T, n);
                axpy(q[(qRow + c) * T + t], ds, 0, dK, (dKRow + c) * T, n);
            }
        }
    }
}
