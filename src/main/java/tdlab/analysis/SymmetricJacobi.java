package tdlab.analysis;

/**
 * Every eigenpair of a small dense symmetric matrix by cyclic Jacobi rotations (Golub and Van Loan,
 * Matrix Computations, §8.5): unconditionally convergent and accurate to rounding, and fast enough for the
 * few-by-few Rayleigh–Ritz matrices of {@link TopEigenpairs}.
 */
final class SymmetricJacobi {
    private static final int MAX_SWEEPS = 100;

    /**
     * @param values  eigenvalues, largest first
     * @param vectors vectors[i] is the unit eigenvector of values[i]
     */
    record Result(double[] values, double[][] vectors) {
    }

    private SymmetricJacobi() {
    }

    static Result of(double[][] matrix) {
        int m = matrix.length;
        double[][] a = new double[m][];
        double[][] v = new double[m][m]; // columns: the eigenvectors
        for (int i = 0; i < m; i++) {
            a[i] = matrix[i].clone();
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 0; sweep++) {
            for (int p = 0; p < m - 1; p++) {
                for (int q = p + 1; q < m; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[m];
        double[][] vectors = new double[m][m];
        for (int i = 0; i < m; i++) {
            int c = order[i];
            values[i] = a[c][c];
            for (int r = 0; r < m; r++) {
                vectors[i][r] = v[r][c];
            }
        }
        return new Result(values, vectors);
    }

    /** Sum of squares below the diagonal, or 0 once it is negligible against the diagonal. */
    private static double offDiagonal(double[][] a) {
        double off = 0;
        double diag = 0;
        for (int i = 0; i < a.length; i++) {
            diag += a[i][i] * a[i][i];
            for (int j = 0; j < i; j++) {
                off += a[i][j] * a[i][j];
            }
        }
        return off <= 1e-32 * diag ? 0 : off;
    }

    /** A ← JᵀAJ and V ← VJ for the rotation J that zeroes a[p][q] (sym.schur2). */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double tau = (a[q][q] - a[p][p]) / (2 * apq);
        double t = tau >= 0 ? 1 / (tau + Math.sqrt(1 + tau * tau)) : -1 / (-tau + Math.sqrt(1 + tau * tau));
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        int m = a.length;
        for (int k = 0; k < m; k++) { // columns p and q
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < m; k++) { // rows p and q
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < m; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }
}
