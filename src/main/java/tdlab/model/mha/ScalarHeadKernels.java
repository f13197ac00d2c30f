package tdlab.model.mha;

/** {@link HeadKernels} in plain loops. */
final class ScalarHeadKernels implements HeadKernels {

    @Override
    public void combine(double scale, double[] a, int ao, int rows, double[] m, int mo, int cols, double[] y, int yo,
                        boolean add) {
        columns(scale, a, ao, rows, m, mo, cols, y, yo, add, 0);
    }

    /** {@link #combine} for the columns from {@code first} on (the vector kernels' tail). */
    static void columns(double scale, double[] a, int ao, int rows, double[] m, int mo, int cols, double[] y, int yo,
                        boolean add, int first) {
        for (int j = first; j < cols; j++) {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += a[ao + r] * m[mo + r * cols + j];
            }
            y[yo + j] = add ? y[yo + j] + scale * s : scale * s;
        }
    }
}
