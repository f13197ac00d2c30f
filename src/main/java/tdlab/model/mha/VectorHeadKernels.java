package tdlab.model.mha;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link HeadKernels#combine} on the JDK 17 incubating Vector API; columns beyond the last full register run scalar. */
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
}
