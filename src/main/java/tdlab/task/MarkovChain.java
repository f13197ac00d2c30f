package tdlab.task;

import java.util.List;

/**
 * A first-order Markov chain: its transition matrix, how sequences start, its structure and its
 * stationary distribution. Immutable.
 */
public final class MarkovChain {
    private final TransitionMatrix matrix;
    private final InitialDistribution initial;
    private final ChainStructure structure;
    private final double[] stationary;

    public MarkovChain(TransitionMatrix matrix, InitialDistribution initial) {
        this.matrix = matrix;
        this.initial = initial;
        this.structure = ChainStructure.of(matrix);
        this.stationary = structure.irreducible() ? solveStationary(matrix) : cesaroLimitFromUniform(matrix);
    }

    public static MarkovChain binary(double p, double q) {
        return new MarkovChain(TransitionMatrix.binary(p, q), InitialDistribution.STATIONARY);
    }

    public TransitionMatrix matrix() {
        return matrix;
    }

    public InitialDistribution initial() {
        return initial;
    }

    public int states() {
        return matrix.size();
    }

    public ChainStructure structure() {
        return structure;
    }

    /** A copy of π. */
    public double[] stationary() {
        return stationary.clone();
    }

    /** The law of the first token of a sequence. */
    public double[] initialLaw() {
        if (initial == InitialDistribution.STATIONARY) {
            return stationary();
        }
        double[] u = new double[states()];
        java.util.Arrays.fill(u, 1.0 / states());
        return u;
    }

    public List<String> warnings() {
        return structure.warnings();
    }

    /**
     * Solves πP = π, Σπ = 1 for an irreducible chain by Gaussian elimination with partial pivoting,
     * replacing the last balance equation by the normalisation.
     */
    static double[] solveStationary(TransitionMatrix m) {
        int k = m.size();
        double[][] a = new double[k][k + 1];
        for (int j = 0; j < k; j++) { // equation j: Σ_i π_i (P_ij − δ_ij) = 0
            for (int i = 0; i < k; i++) {
                a[j][i] = m.get(i, j) - (i == j ? 1 : 0);
            }
        }
        for (int i = 0; i < k; i++) {
            a[k - 1][i] = 1;
        }
        a[k - 1][k] = 1;
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < k; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] pi = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            pi[i] = Math.max(0, a[i][k] / a[i][i]);
            sum += pi[i];
        }
        for (int i = 0; i < k; i++) {
            pi[i] /= sum;
        }
        return pi;
    }

    /**
     * For a reducible chain: the long-run average law from a uniform start. The lazy chain (I+P)/2 has
     * the same stationary laws and is aperiodic, so its powers converge; 64 squarings reach step 2^64.
     */
    static double[] cesaroLimitFromUniform(TransitionMatrix m) {
        int k = m.size();
        double[][] lazy = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                lazy[i][j] = 0.5 * m.get(i, j) + (i == j ? 0.5 : 0);
            }
        }
        for (int s = 0; s < 64; s++) {
            double[][] sq = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int l = 0; l < k; l++) {
                    double v = lazy[i][l];
                    if (v != 0) {
                        for (int j = 0; j < k; j++) {
                            sq[i][j] += v * lazy[l][j];
                        }
                    }
                }
            }
            lazy = sq;
        }
        double[] pi = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                pi[j] += lazy[i][j] / k;
            }
        }
        return pi;
    }
}
