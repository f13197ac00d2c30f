package tdlab.analysis;

import java.util.SplittableRandom;

/** The few dense-vector operations the plane code needs, on plain arrays of one length. */
final class Vectors {
    private Vectors() {
    }

    /** a·b with four partial sums: independent chains keep the FPU busy on long parameter vectors. */
    static double dot(double[] a, double[] b) {
        int n = a.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < n; k++) {
            s0 += a[k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** y += s·x. */
    static void axpy(double s, double[] x, double[] y) {
        for (int k = 0; k < y.length; k++) {
            y[k] += s * x[k];
        }
    }

    static void scale(double s, double[] x) {
        for (int k = 0; k < x.length; k++) {
            x[k] *= s;
        }
    }

    static double[] gaussian(int n, SplittableRandom r) {
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            g[k] = r.nextGaussian();
        }
        return g;
    }

    /**
     * Makes {@code v} a unit vector orthogonal to the unit vectors {@code basis[0..count)} (modified
     * Gram–Schmidt, twice, which is enough in floating point); a vector that lies in their span to rounding
     * is replaced by a fresh Gaussian one from {@code r}.
     */
    static void orthonormalise(double[] v, double[][] basis, int count, SplittableRandom r) {
        for (int attempt = 0; ; attempt++) {
            double before = norm(v);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < count; i++) {
                    axpy(-dot(basis[i], v), basis[i], v);
                }
            }
            double after = norm(v);
            if (after > 1e-10 * before && after > 0) {
                scale(1 / after, v);
                return;
            }
            if (attempt == 100) {
                throw new IllegalStateException("no direction orthogonal to " + count + " vectors in R^" + v.length);
            }
            System.arraycopy(gaussian(v.length, r), 0, v, 0, v.length);
        }
    }
}
