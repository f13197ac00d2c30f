package tdlab.analysis;

import java.util.List;
import tdlab.model.ParamLayout;

/**
 * Two directions δ1, δ2 in a model's parameter space: the plane θ_c + αδ1 + βδ2 on which {@link LossPlane}
 * draws the loss (Li et al., "Visualizing the Loss Landscape of Neural Nets", 2018), with a sentence for
 * the user saying where they come from. Immutable; the arrays handed in and out are copies.
 */
public final class PlaneDirections {
    /** Seed of the random fallback direction of {@link #pca(List, double[])}. */
    public static final long DEFAULT_SEED = 0;
    /** |cos(δ1, δ2)| from which two directions count as parallel: they would span no plane. */
    static final double PARALLEL = 1 - 1e-12;

    private final double[] first;
    private final double[] second;
    private final String description;
    private final double explainedShare;

    /**
     * @param explainedShare the share of a trajectory's variance the plane holds, or NaN where it does not
     *                       apply (random directions)
     */
    public PlaneDirections(double[] first, double[] second, String description, double explainedShare) {
        if (first.length != second.length || first.length < 2) {
            throw new IllegalArgumentException("two directions of one length ≥ 2 needed, got " + first.length + " and "
                    + second.length);
        }
        double n1 = Vectors.norm(first);
        double n2 = Vectors.norm(second);
        if (!(n1 > 0 && n2 > 0 && Double.isFinite(n1) && Double.isFinite(n2))) {
            throw new IllegalArgumentException("directions must be finite and non-zero (norms " + n1 + ", " + n2 + ")");
        }
        if (Math.abs(Vectors.dot(first, second)) / (n1 * n2) > PARALLEL) {
            throw new IllegalArgumentException("the two directions are parallel: they span no plane");
        }
        this.first = first.clone();
        this.second = second.clone();
        this.description = description;
        this.explainedShare = explainedShare;
    }

    /**
     * The top two principal directions of {@code θ_i − centre} over the trajectory, orthonormal; see
     * {@link TrajectoryPca}. A trajectory on one line through the centre gets a random second direction.
     */
    public static PlaneDirections pca(List<double[]> trajectory, double[] centre) {
        return pca(trajectory, centre, DEFAULT_SEED);
    }

    /** {@link #pca(List, double[])} with the seed of the random fallback direction(s). */
    public static PlaneDirections pca(List<double[]> trajectory, double[] centre, long seed) {
        return TrajectoryPca.directions(trajectory, centre, seed);
    }

    /** Gaussian directions scaled filter by filter to the centre's filter norms; see {@link FilterNormalisedDirections}. */
    public static PlaneDirections filterNormalisedRandom(ParamLayout layout, double[] centre, long seed) {
        return FilterNormalisedDirections.of(layout, centre, seed);
    }

    /** Number of parameters. */
    public int dimension() {
        return first.length;
    }

    /** δ1. */
    public double[] first() {
        return first.clone();
    }

    /** δ2. */
    public double[] second() {
        return second.clone();
    }

    public String description() {
        return description;
    }

    /** (σ1² + σ2²)/Σσ² of the trajectory a PCA plane was computed from; NaN for random directions. */
    public double explainedShare() {
        return explainedShare;
    }

    /** cos of the angle between δ1 and δ2 (0 for PCA directions). */
    public double cosine() {
        return Vectors.dot(first, second) / (Vectors.norm(first) * Vectors.norm(second));
    }

    @Override
    public String toString() {
        return description;
    }
}
