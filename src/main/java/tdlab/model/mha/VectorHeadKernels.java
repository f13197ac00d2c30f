package tdlab.model.mha;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link HeadKernels} on the JDK 17 incubating Vector API; columns beyond the last full register run scalar. */
final class VectorHeadKernels implements HeadKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void combine(double scale, double[] a, int ao, int rows, double[] m, int mo, int cols, double[] y, int yo,
                        boolean add) {
        int bound = S.loopBound(cols);
        int j = 0;
        for (; j < bound; j += L) {
            DoubleVector acc = DoubleVector.zero(S);
            for (int r = 0; r < rows; r++) {
                acc = DoubleVector.fromArray(S, m, mo + r * cols + j).fma(DoubleVector.broadcast(S, a[ao + r]), acc);
            }
            acc = acc.mul(scale);
            if (add) {
                acc = acc.add(DoubleVector.fromArray(S, y, yo + j));
            }
            acc.intoArray(y, yo + j);
        }
        ScalarHeadKernels.columns(scale, a, ao, rows, m, mo, cols, y, yo, add, j);
    }

    @Override
    public void softmax(double[] x, int xo, int n) {
        int bound = S.loopBound(n);
        double max = Double.NEGATIVE_INFINITY;
        int i = 0;
        for (; i < bound; i += L) {
            max = Math.max(max, DoubleVector.fromArray(S, x, xo + i).reduceLanes(VectorOperators.MAX));
        }
        for (; i < n; i++) {
            max = Math.max(max, x[xo + i]);
        }
        // Math.exp, not the API's EXP: compiled (SVML) and interpreted, EXP differs in the last bit now and then, and
        // a run's numbers would depend on when the JIT stepped in; a row is only T = 8 wide
        double sum = 0;
        for (i = 0; i < n; i++) {
            double e = Math.exp(x[xo + i] - max);
            x[xo + i] = e;
            sum += e;
        }
        double inv = 1 / sum;
        for (i = 0; i < bound; i += L) {
            DoubleVector.fromArray(S, x, xo + i).mul(inv).intoArray(x, xo + i);
        }
        for (; i < n; i++) {
            x[xo + i] *= inv;
        }
    }
}
