package tdlab.sim;

/** Small dense-matrix spectra for the parameter panels. */
final class Spectra {
    private Spectra() {
    }

    /**
     * Of a rows×cols matrix stored row-major at {@code m[off..]}: σ1²/Σσi², the share of its squared Frobenius
     * norm in its top singular direction ("fraction of energy", 1 for a rank-one matrix; NaN for a zero
     * matrix), and the top right singular vector (unit length; zeros for a zero matrix). Power iteration on
     * MᵀM from a fixed start, so the values are deterministic.
     */
    record Top(double share, double[] vector) {
    }

    static Top top(double[] m, int off, int rows, int cols) {
        double frob = 0;
        for (int i = 0; i < rows * cols; i++) {
            frob += m[off + i] * m[off + i];
        }
        if (frob == 0) {
            return new Top(Double.NaN, new double[cols]);
        }
        double[] v = new double[cols];
        for (int j = 0; j < cols; j++) {
            v[j] = 1 + 0.01 * j; // generic start, not orthogonal to the top direction in practice
        }
        double[] u = new double[rows];
        double[] next = new double[cols];
        double lambda = 0;
        for (int it = 0; it < 500; it++) {
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int j = 0; j < cols; j++) {
                    s += m[off + i * cols + j] * v[j];
                }
                u[i] = s;
            }
            java.util.Arrays.fill(next, 0);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    next[j] += m[off + i * cols + j] * u[i];
                }
            }
            double norm = 0;
            for (double x : next) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return new Top(0, new double[cols]);
            }
            double vn = 0;
            for (double x : v) {
                vn += x * x;
            }
            double estimate = norm / Math.sqrt(vn); // ‖MᵀM v‖/‖v‖ → σ1²
            for (int j = 0; j < cols; j++) {
                v[j] = next[j] / norm;
            }
            if (Math.abs(estimate - lambda) <= 1e-12 * estimate) {
                lambda = estimate;
                break;
            }
            lambda = estimate;
        }
        return new Top(Math.min(1, lambda / frob), v);
    }
}
