package tdlab.model.mha;

import tdlab.model.VectorApi;

/**
 * The two inner loops of {@link AttentionHeads}, every one along a contiguous row: at S5's size (d = 16, T = 8) a
 * row is one or two AVX-512 registers, so the Vector API implementation keeps each row's sum in registers over
 * all its terms. The scalar implementation is the fallback without the module and the vector one's test oracle.
 */
interface HeadKernels {

    /**
     * y[yo + j] (+)= scale · Σ_{r &lt; rows} a[ao + r] · m[mo + r·cols + j] for j &lt; cols: row vector a times the
     * row-major rows × cols matrix m. Overwrites y unless {@code add}.
     */
    void combine(double scale, double[] a, int ao, int rows, double[] m, int mo, int cols, double[] y, int yo,
                 boolean add);

    /**
     * x[xo .. xo + n) = softmax of itself, shifted by its maximum. Scalar in both implementations: Math.exp gives the
     * same bits compiled and interpreted (the Vector API's EXP does not, and a run's numbers would depend on when the
     * JIT stepped in), and a row is only T = 8 wide.
     */
    default void softmax(double[] x, int xo, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[xo + i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(x[xo + i] - max);
            x[xo + i] = e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            x[xo + i] /= sum;
        }
    }

    /** The Vector API kernels when the JVM has the module, else the scalar ones. */
    static HeadKernels best() {
        return VectorApi.present() ? new VectorHeadKernels() : new ScalarHeadKernels();
    }
}
