package tdlab.analysis;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The plane through a centre θ_c that best holds a training trajectory: the top two right singular vectors
 * of D, whose rows are d_i = θ_i − θ_c (Li et al. 2018, §7).
 *
 * <p>Two choices differ from Li et al.'s reference code. It subtracts the final parameters and then lets
 * scikit-learn's PCA also subtract the mean of the rows; here the rows are not mean-centred, because the
 * plane is drawn through θ_c, not through the mean, and the uncentred decomposition is the one whose
 * residual is the drawn plane's: (σ1² + σ2²)/Σσ² is then exactly the share of Σ‖θ_i − θ_c‖² that the plane
 * holds. And parameter vectors are long (10⁴–10⁵ scalars) while trajectories are short, so the
 * decomposition runs on the smaller of D·Dᵀ (n×n, the Gram matrix) and Dᵀ·D (p×p): the same eigenvalues
 * σ², at a cost of min(n, p)²·max(n, p) to build.
 */
final class TrajectoryPca {
    /** σ2²/σ1² below this (σ2/σ1 below 10⁻⁶): the trajectory is one line through the centre, to rounding. */
    static final double RANK_TOLERANCE = 1e-12;

    private TrajectoryPca() {
    }

    static PlaneDirections directions(List<double[]> trajectory, double[] centre, long seed) {
        int p = centre.length;
        if (p < 2) {
            throw new IllegalArgumentException("a plane needs at least 2 parameters, the model has " + p);
        }
        double[][] d = displacements(trajectory, centre);
        double total = 0;
        for (double[] row : d) {
            total += Vectors.dot(row, row);
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[][] v = new double[2][];
        if (total == 0) {
            v[0] = Vectors.gaussian(p, r);
            Vectors.orthonormalise(v[0], v, 0, r);
            v[1] = Vectors.gaussian(p, r);
            Vectors.orthonormalise(v[1], v, 1, r);
            return new PlaneDirections(v[0], v[1], String.format(Locale.ROOT, "the trajectory (%d points) never leaves"
                    + " the centre: both directions are random (seed %d), orthonormal", d.length, seed), Double.NaN);
        }
        boolean gram = d.length <= p;
        TopEigenpairs.Result e = TopEigenpairs.of(gram ? gram(d) : scatter(d, p), 2, seed);
        boolean line = e.values().length < 2 || e.values()[1] <= RANK_TOLERANCE * e.values()[0];
        v[0] = gram ? rowCombination(e.vectors()[0], d) : e.vectors()[0];
        Vectors.orthonormalise(v[0], v, 0, r);
        v[1] = line ? Vectors.gaussian(p, r) : gram ? rowCombination(e.vectors()[1], d) : e.vectors()[1];
        Vectors.orthonormalise(v[1], v, 1, r);
        orient(v, d[0]);
        double share = captured(v, d) / total;
        return new PlaneDirections(v[0], v[1], describe(d.length, line, seed, share), share);
    }

    /**
     * Signs that put the first point on the negative side of both axes: the path runs towards +α and +β, and
     * the plane recomputed for a longer trajectory (same first point) does not flip the picture.
     */
    private static void orient(double[][] v, double[] first) {
        for (double[] vk : v) {
            if (Vectors.dot(first, vk) > 0) {
                Vectors.scale(-1, vk);
            }
        }
    }

    /** Σ_i Σ_k (d_i·v_k)² for orthonormal v: the part of Σ‖d_i‖² the plane holds. */
    private static double captured(double[][] v, double[][] d) {
        double s = 0;
        for (double[] vk : v) {
            for (double[] row : d) {
                double c = Vectors.dot(row, vk);
                s += c * c;
            }
        }
        return s;
    }

    private static String describe(int n, boolean line, long seed, double share) {
        return line
                ? String.format(Locale.ROOT, "PCA of %d trajectory points about the centre: the trajectory lies on one"
                        + " line through it (rank 1, e.g. fewer than 3 distinct points), so the second direction is"
                        + " random (seed %d), orthogonal to the first; the plane holds %.1f%% of its variance", n, seed,
                        100 * share)
                : String.format(Locale.ROOT, "PCA of %d trajectory points about the centre: the plane holds %.1f%% of"
                        + " the trajectory's variance", n, 100 * share);
    }

    private static double[][] displacements(List<double[]> trajectory, double[] centre) {
        double[][] d = new double[trajectory.size()][];
        for (int i = 0; i < d.length; i++) {
            double[] theta = trajectory.get(i);
            if (theta.length != centre.length) {
                throw new IllegalArgumentException("trajectory point " + i + " has " + theta.length
                        + " parameters, the centre " + centre.length);
            }
            d[i] = new double[centre.length];
            for (int k = 0; k < centre.length; k++) {
                d[i][k] = theta[k] - centre[k];
            }
        }
        return d;
    }

    /** D·Dᵀ: G_ij = d_i·d_j. */
    private static double[][] gram(double[][] d) {
        int n = d.length;
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                g[i][j] = g[j][i] = Vectors.dot(d[i], d[j]);
            }
        }
        return g;
    }

    /** Dᵀ·D = Σ_i d_i d_iᵀ, upper triangle accumulated row by row, then mirrored. */
    private static double[][] scatter(double[][] d, int p) {
        double[][] s = new double[p][p];
        for (double[] row : d) {
            for (int a = 0; a < p; a++) {
                double x = row[a];
                double[] out = s[a];
                for (int b = a; b < p; b++) {
                    out[b] += x * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                s[a][b] = s[b][a];
            }
        }
        return s;
    }

    /** Dᵀu = Σ_i u_i d_i: a Gram eigenvector mapped to parameter space (σ times the singular vector). */
    private static double[] rowCombination(double[] u, double[][] d) {
        double[] v = new double[d[0].length];
        for (int i = 0; i < d.length; i++) {
            Vectors.axpy(u[i], d[i], v);
        }
        return v;
    }
}
