package tdlab.task;

import java.util.Arrays;

/**
 * A validated k×k row-stochastic matrix: entry (i, j) is P(next = j | current = i). Immutable.
 *
 * <p>Rows whose sum is within {@link #SUM_TOLERANCE} of one are accepted and renormalised exactly, so
 * values typed with a few decimals (0.33, 0.33, 0.34) work; anything further off is refused with a
 * message naming the row.
 */
public final class TransitionMatrix {
    public static final int MAX_STATES = 64;
    public static final double SUM_TOLERANCE = 1e-6;

    private final double[][] p;

    private TransitionMatrix(double[][] p) {
        this.p = p;
    }

    /** Validates and copies {@code rows}; {@code field} names the input in error messages. */
    public static TransitionMatrix of(double[][] rows, String field) {
        ConfigException.require(rows != null && rows.length >= 2, field,
                "needs at least 2 states (2 rows), got " + (rows == null ? 0 : rows.length));
        int k = rows.length;
        ConfigException.require(k <= MAX_STATES, field, "at most " + MAX_STATES + " states, got " + k);
        double[][] copy = new double[k][];
        for (int i = 0; i < k; i++) {
            String rowField = field + "[" + i + "]";
            ConfigException.require(rows[i] != null && rows[i].length == k, rowField,
                    "row " + i + " has " + (rows[i] == null ? 0 : rows[i].length)
                            + " entries; the matrix must be square (" + k + "×" + k + ")");
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double v = rows[i][j];
                ConfigException.require(Double.isFinite(v), rowField,
                        "row " + i + " entry " + j + " is not a finite number (" + v + ")");
                ConfigException.require(v >= 0, rowField, "row " + i + " entry " + j + " is negative (" + v + ")");
                sum += v;
            }
            ConfigException.require(Math.abs(sum - 1) <= SUM_TOLERANCE, rowField,
                    "row " + i + " sums to " + sum + "; each row of a transition matrix must sum to 1");
            copy[i] = new double[k];
            for (int j = 0; j < k; j++) {
                copy[i][j] = rows[i][j] / sum;
            }
        }
        return new TransitionMatrix(copy);
    }

    public static TransitionMatrix of(double[][] rows) {
        return of(rows, "matrix");
    }

    /** The binary chain [[1−p, p], [q, 1−q]]: p = P(1|0), q = P(0|1). */
    public static TransitionMatrix binary(double p, double q) {
        ConfigException.requireRange(p, 0, 1, "p");
        ConfigException.requireRange(q, 0, 1, "q");
        return new TransitionMatrix(new double[][] {{1 - p, p}, {q, 1 - q}});
    }

    /** (1−p)·I + p/(V−1)·(11ᵀ − I): stay with probability 1−p, else jump uniformly to another state. */
    public static TransitionMatrix symmetric(int states, double p) {
        ConfigException.requireRange(states, 2, MAX_STATES, "states");
        ConfigException.requireRange(p, 0, 1, "p");
        double[][] m = new double[states][states];
        for (int i = 0; i < states; i++) {
            for (int j = 0; j < states; j++) {
                m[i][j] = i == j ? 1 - p : p / (states - 1);
            }
        }
        return new TransitionMatrix(m);
    }

    public int size() {
        return p.length;
    }

    public double get(int i, int j) {
        return p[i][j];
    }

    /** A copy of row i. */
    public double[] row(int i) {
        return p[i].clone();
    }

    /** A deep copy of the entries. */
    public double[][] toArray() {
        double[][] out = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i].clone();
        }
        return out;
    }

    public boolean isBinary() {
        return p.length == 2;
    }

    /** For a binary chain, P(1|0). */
    public double binaryP() {
        requireBinary();
        return p[0][1];
    }

    /** For a binary chain, P(0|1). */
    public double binaryQ() {
        requireBinary();
        return p[1][0];
    }

    private void requireBinary() {
        if (!isBinary()) {
            throw new IllegalStateException("not a binary chain (" + p.length + " states)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransitionMatrix other && Arrays.deepEquals(p, other.p);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(p);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(p);
    }
}
