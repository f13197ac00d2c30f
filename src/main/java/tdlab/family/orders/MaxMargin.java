package tdlab.family.orders;

import java.util.ArrayList;
import java.util.List;

/**
 * The hard-margin problem min ½‖W‖_F² subject to ⟨A_c, W⟩ ≥ 1 for every constraint c, with rank-one constraint
 * matrices A_c = u_c v_cᵀ (a rows × cols matrix), solved through its dual: maximise Σ λ_c − ½ λᵀGλ over λ ≥ 0 with
 * G_cc' = ⟨A_c, A_c'⟩ = (u_c·u_c')(v_c·v_c'), then W = Σ λ_c A_c. The dual is solved by exact coordinate ascent
 * (Hildreth's method: λ_c ← max(0, λ_c + (1 − (Gλ)_c)/G_cc)), separately on each connected block of G (with one-hot
 * embeddings every query is its own block), until the KKT conditions hold to {@code tolerance}: primal feasibility
 * (Gλ)_c ≥ 1 − tol, dual feasibility λ ≥ 0 (kept exactly), complementary slackness |λ_c((Gλ)_c − 1)| ≤ tol;
 * stationarity W = Σ λ_c A_c holds by construction. No Maven Central QP solver resolved offline here, so this is
 * written once and tested against those conditions ({@code MaxMarginTest}).
 */
public final class MaxMargin {
    static final double TOLERANCE = 1e-10;
    static final int MAX_SWEEPS = 200_000;

    private MaxMargin() {
    }

    /** One constraint ⟨u vᵀ, W⟩ ≥ 1. */
    public record Constraint(double[] u, double[] v) {
    }

    /**
     * The solution.
     *
     * @param matrix  W*, rows × cols, row-major
     * @param lambda  the dual variables, one per constraint
     * @param values  ⟨A_c, W*⟩ per constraint (1 where active)
     * @param sweeps  coordinate-ascent sweeps used (the largest block's)
     */
    public record Solution(double[] matrix, int rows, int cols, double[] lambda, double[] values, int sweeps) {

        /** ‖W*‖_F: the geometric margin of the data is 1/‖W*‖. */
        public double norm() {
            double s = 0;
            for (double x : matrix) {
                s += x * x;
            }
            return Math.sqrt(s);
        }

        /** The smallest ⟨A_c, W*⟩: 1 at the solution. */
        public double margin() {
            double m = Double.POSITIVE_INFINITY;
            for (double v : values) {
                m = Math.min(m, v);
            }
            return m;
        }

        /** Constraints with λ_c > 0: the support of the solution. */
        public int active() {
            int n = 0;
            for (double l : lambda) {
                if (l > 0) {
                    n++;
                }
            }
            return n;
        }

        /** The largest violation of primal feasibility: max(0, 1 − ⟨A_c, W*⟩). */
        public double primalViolation() {
            double worst = 0;
            for (double v : values) {
                worst = Math.max(worst, 1 - v);
            }
            return worst;
        }

        /** The largest |λ_c (⟨A_c, W*⟩ − 1)|. */
        public double complementarity() {
            double worst = 0;
            for (int c = 0; c < lambda.length; c++) {
                worst = Math.max(worst, Math.abs(lambda[c] * (values[c] - 1)));
            }
            return worst;
        }
    }

    public static Solution solve(List<Constraint> constraints, int rows, int cols) {
        int n = constraints.size();
        double[][] gram = new double[n][n];
        for (int i = 0; i < n; i++) {
            Constraint a = constraints.get(i);
            for (int j = 0; j <= i; j++) {
                Constraint b = constraints.get(j);
                double g = dot(a.u(), b.u());
                g = g == 0 ? 0 : g * dot(a.v(), b.v());
                gram[i][j] = g;
                gram[j][i] = g;
            }
        }
        double[] lambda = new double[n];
        double[] values = new double[n];
        int sweeps = 0;
        for (int[] block : blocks(gram)) {
            sweeps = Math.max(sweeps, ascend(gram, block, lambda, values));
        }
        double[] w = new double[rows * cols];
        for (int c = 0; c < n; c++) {
            if (lambda[c] != 0) {
                Constraint k = constraints.get(c);
                for (int r = 0; r < rows; r++) {
                    double ur = lambda[c] * k.u()[r];
                    if (ur != 0) {
                        for (int s = 0; s < cols; s++) {
                            w[r * cols + s] += ur * k.v()[s];
                        }
                    }
                }
            }
        }
        // the values from W itself, not the dual's running sums: the KKT checks read what W* does
        for (int c = 0; c < n; c++) {
            Constraint k = constraints.get(c);
            double s = 0;
            for (int r = 0; r < rows; r++) {
                if (k.u()[r] != 0) {
                    double row = 0;
                    for (int q = 0; q < cols; q++) {
                        row += w[r * cols + q] * k.v()[q];
                    }
                    s += k.u()[r] * row;
                }
            }
            values[c] = s;
        }
        return new Solution(w, rows, cols, lambda, values, sweeps);
    }

    /** Coordinate ascent on one block; returns the sweeps used. */
    private static int ascend(double[][] g, int[] block, double[] lambda, double[] m) {
        for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
            for (int i : block) {
                if (g[i][i] <= 0) {
                    throw new IllegalArgumentException("constraint " + i + " is ⟨0, W⟩ ≥ 1: infeasible");
                }
                double next = Math.max(0, lambda[i] + (1 - m[i]) / g[i][i]);
                double d = next - lambda[i];
                if (d != 0) {
                    lambda[i] = next;
                    double[] col = g[i];
                    for (int j : block) {
                        m[j] += d * col[j];
                    }
                }
            }
            double worst = 0;
            for (int i : block) {
                worst = Math.max(worst, Math.max(1 - m[i], Math.abs(lambda[i] * (m[i] - 1))));
            }
            if (worst <= TOLERANCE) {
                return sweep;
            }
        }
        throw new IllegalStateException("the max-margin dual did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /** The connected components of G's nonzero pattern. */
    private static List<int[]> blocks(double[][] g) {
        int n = g.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (g[i][j] != 0) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[root]).add(i);
        }
        return groups.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
