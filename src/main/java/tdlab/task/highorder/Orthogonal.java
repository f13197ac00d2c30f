package tdlab.task.highorder;

import java.util.SplittableRandom;

/** Haar-distributed random orthogonal matrices. */
final class Orthogonal {
    private Orthogonal() {
    }

    /**
     * Q of the QR factorisation of a V×V standard Gaussian matrix with R's diagonal made positive: the sign fix
     * makes Q Haar-distributed (Mezzadri 2007). Gram–Schmidt on the columns yields exactly that Q (its R has a
     * positive diagonal by construction); it is done twice per column to stay orthogonal to rounding.
     */
    static double[][] haar(int n, SplittableRandom random) {
        double[][] cols = new double[n][n]; // cols[c] = column c
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                cols[c][r] = tdlab.task.Gaussian.standard(random);
            }
        }
        for (int c = 0; c < n; c++) {
            double[] v = cols[c];
            for (int pass = 0; pass < 2; pass++) {
                for (int p = 0; p < c; p++) {
                    double dot = 0;
                    for (int r = 0; r < n; r++) {
                        dot += cols[p][r] * v[r];
                    }
                    for (int r = 0; r < n; r++) {
                        v[r] -= dot * cols[p][r];
                    }
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int r = 0; r < n; r++) {
                v[r] /= norm;
            }
        }
        double[][] q = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                q[r][c] = cols[c][r];
            }
        }
        return q;
    }
}
