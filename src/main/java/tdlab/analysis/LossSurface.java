package tdlab.analysis;

/**
 * A loss evaluated on an n×n grid of the plane θ_c + αδ1 + βδ2, with the trajectory's coordinates in that
 * plane: what a landscape panel draws. Immutable; arrays are handed out as copies.
 */
public final class LossSurface {
    private final PlaneDirections directions;
    private final PlaneExtent extent;
    private final int points;
    private final double[] values;
    private final double centreValue;
    private final double min;
    private final double max;
    private final double[] trajectoryAlpha;
    private final double[] trajectoryBeta;

    LossSurface(PlaneDirections directions, PlaneExtent extent, int points, double[] values, double centreValue,
                double[] trajectoryAlpha, double[] trajectoryBeta) {
        this.directions = directions;
        this.extent = extent;
        this.points = points;
        this.values = values.clone();
        this.centreValue = centreValue;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        this.min = lo <= hi ? lo : Double.NaN;
        this.max = lo <= hi ? hi : Double.NaN;
        this.trajectoryAlpha = trajectoryAlpha.clone();
        this.trajectoryBeta = trajectoryBeta.clone();
    }

    public PlaneDirections directions() {
        return directions;
    }

    public PlaneExtent extent() {
        return extent;
    }

    /** Grid nodes per axis. */
    public int points() {
        return points;
    }

    /** The loss at (α_i, β_j): column i along δ1, row j along δ2. */
    public double value(int i, int j) {
        java.util.Objects.checkIndex(i, points);
        java.util.Objects.checkIndex(j, points);
        return values[j * points + i];
    }

    /** values[j][i] = {@link #value(int, int) value(i, j)}. */
    public double[][] values() {
        double[][] out = new double[points][];
        for (int j = 0; j < points; j++) {
            out[j] = java.util.Arrays.copyOfRange(values, j * points, (j + 1) * points);
        }
        return out;
    }

    public double alpha(int i) {
        return extent.alpha(i, points);
    }

    public double beta(int j) {
        return extent.beta(j, points);
    }

    /** The α axis: α_0 … α_{n−1}. */
    public double[] alphas() {
        double[] a = new double[points];
        for (int i = 0; i < points; i++) {
            a[i] = alpha(i);
        }
        return a;
    }

    /** The β axis. */
    public double[] betas() {
        double[] b = new double[points];
        for (int j = 0; j < points; j++) {
            b[j] = beta(j);
        }
        return b;
    }

    /** The loss at θ_c itself (α = β = 0), whether or not the grid has that node. */
    public double centreValue() {
        return centreValue;
    }

    /** Lowest finite grid value (NaN when none is finite). */
    public double min() {
        return min;
    }

    /** Highest finite grid value (NaN when none is finite). */
    public double max() {
        return max;
    }

    /** α of each trajectory point, in trajectory order. */
    public double[] trajectoryAlpha() {
        return trajectoryAlpha.clone();
    }

    /** β of each trajectory point. */
    public double[] trajectoryBeta() {
        return trajectoryBeta.clone();
    }
}
