package tdlab.analysis;

import java.util.SplittableRandom;

/** Test helper: seeded random vectors and orthonormal frames of R^p. */
final class Planes {
    private Planes() {
    }

    static double[] gaussian(int p, SplittableRandom r) {
        double[] x = new double[p];
        for (int k = 0; k < p; k++) {
            x[k] = r.nextGaussian();
        }
        return x;
    }

    /** k orthonormal vectors of R^p (classical Gram–Schmidt twice on Gaussian vectors). */
    static double[][] orthonormalFrame(int p, int k, SplittableRandom r) {
        double[][] u = new double[k][];
        for (int i = 0; i < k; i++) {
            u[i] = gaussian(p, r);
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < i; j++) {
                    double d = dot(u[j], u[i]);
                    for (int m = 0; m < p; m++) {
                        u[i][m] -= d * u[j][m];
                    }
                }
            }
            double n = Math.sqrt(dot(u[i], u[i]));
            for (int m = 0; m < p; m++) {
                u[i][m] /= n;
            }
        }
        return u;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    /** c + Σ_k coefficients[k]·u[k]. */
    static double[] combination(double[] c, double[] coefficients, double[][] u) {
        double[] x = c.clone();
        for (int k = 0; k < coefficients.length; k++) {
            for (int m = 0; m < x.length; m++) {
                x[m] += coefficients[k] * u[k][m];
            }
        }
        return x;
    }

    /** ‖x − Σ_k (x·u_k) u_k‖ for orthonormal u: the distance of x from span(u). */
    static double residual(double[] x, double[]... u) {
        double[] r = x.clone();
        for (double[] uk : u) {
            double d = dot(uk, x);
            for (int m = 0; m < r.length; m++) {
                r[m] -= d * uk[m];
            }
        }
        return Math.sqrt(dot(r, r));
    }
}
