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

    /** x[xo .. xo + n) = softmax of itself, shifted by its maximum. */
    void softmax(double[] x, int xo, int n);

    /** The Vector API kernels when the JVM has the module, else the scalar ones. */
    static HeadKernels best() {
        return VectorApi.present() ? new VectorHeadKernels() : new ScalarHeadKernels();
    }
}
