package tdlab.analysis;

import java.util.SplittableRandom;

/**
 * The k largest eigenpairs of a symmetric positive semi-definite matrix by subspace iteration with
 * Rayleigh–Ritz (Saad, Numerical Methods for Large Eigenvalue Problems, §5.2). A trajectory's Gram matrix
 * has two large eigenvalues and a long tail near zero: a block a few columns wider than k converges at the
 * rate λ_{b+1}/λ_k per iteration and costs one m×m×b product per iteration, where a full decomposition
 * costs O(m³) for eigenpairs nobody asks for (and Hipparchus' dense symmetric one stops with "convergence
 * failed" on such clustered spectra).
 */
final class TopEigenpairs {
    /** Columns beyond k in the block. */
    private static final int EXTRA = 6;
    private static final int MAX_ITERATIONS = 1000;
    /** Converged when ‖Av − θv‖ ≤ TOLERANCE·θ_1 for each wanted pair: a few hundred roundings of A's entries. */
    private static final double TOLERANCE = 1e-12;

    /**
     * @param values  the k largest eigenvalues, largest first
     * @param vectors their unit eigenvectors
     */
    record Result(double[] values, double[][] vectors) {
    }

    private TopEigenpairs() {
    }

    static Result of(double[][] a, int k, long seed) {
        int m = a.length;
        int want = Math.min(k, m);
        int b = Math.min(m, k + EXTRA);
        SplittableRandom r = new SplittableRandom(seed);
        double[][] q = new double[b][];
        for (int c = 0; c < b; c++) {
            q[c] = Vectors.gaussian(m, r);
            Vectors.orthonormalise(q[c], q, c, r);
        }
        for (int iteration = 1; ; iteration++) {
            double[][] z = new double[b][];
            for (int c = 0; c < b; c++) {
                z[c] = times(a, q[c]);
            }
            double[][] h = new double[b][b];
            for (int i = 0; i < b; i++) {
                for (int j = 0; j <= i; j++) {
                    h[i][j] = h[j][i] = (Vectors.dot(q[i], z[j]) + Vectors.dot(q[j], z[i])) / 2;
                }
            }
            SymmetricJacobi.Result ritz = SymmetricJacobi.of(h);
            double[][] v = combine(ritz.vectors(), q);
            double[][] av = combine(ritz.vectors(), z);
            if (converged(ritz.values(), v, av, want) || iteration == MAX_ITERATIONS) {
                return new Result(java.util.Arrays.copyOf(ritz.values(), want), java.util.Arrays.copyOf(v, want));
            }
            for (int c = 0; c < b; c++) { // the next block: A times the Ritz vectors, orthonormalised
                q[c] = av[c];
                Vectors.orthonormalise(q[c], q, c, r);
            }
        }
    }

    private static boolean converged(double[] theta, double[][] v, double[][] av, int want) {
        double scale = TOLERANCE * Math.max(theta[0], 0);
        for (int c = 0; c < want; c++) {
            double s = 0;
            for (int i = 0; i < v[c].length; i++) {
                double d = av[c][i] - theta[c] * v[c][i];
                s += d * d;
            }
            if (Math.sqrt(s) > scale) {
                return false;
            }
        }
        return true;
    }

    /** out[c] = Σ_r coefficients[c][r]·basis[r]. */
    private static double[][] combine(double[][] coefficients, double[][] basis) {
        double[][] out = new double[coefficients.length][basis[0].length];
        for (int c = 0; c < coefficients.length; c++) {
            for (int r = 0; r < basis.length; r++) {
                Vectors.axpy(coefficients[c][r], basis[r], out[c]);
            }
        }
        return out;
    }

    private static double[] times(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = Vectors.dot(a[i], x);
        }
        return y;
    }
}
