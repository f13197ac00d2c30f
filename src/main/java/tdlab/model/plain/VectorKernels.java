package tdlab.model.plain;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels on the JDK 17 incubating Vector API (8 doubles per AVX-512 register). Exponentials use the
 * API's EXP lanewise operation, which HotSpot backs with its SVML stubs on x86.
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
            DoubleVector e = DoubleVector.fromArray(S, x, i).sub(shift).lanewise(VectorOperators.EXP);
            e.intoArray(x, i);
            sum = sum.add(e);
        }
        double r = sum.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            double e = Math.exp(x[i] - shift);
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
