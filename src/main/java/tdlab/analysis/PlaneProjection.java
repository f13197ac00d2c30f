package tdlab.analysis;

/**
 * Maps between parameter vectors and coordinates (α, β) of the plane θ_c + αδ1 + βδ2. Coordinates are
 * least squares, from the 2×2 normal equations, because filter-normalised directions are not orthogonal;
 * for orthonormal PCA directions they are the dot products with δ1 and δ2. Immutable.
 */
public final class PlaneProjection {
    private final double[] centre;
    private final double[] first;
    private final double[] second;
    private final double g11;
    private final double g12;
    private final double g22;
    private final double det;

    public PlaneProjection(double[] centre, PlaneDirections directions) {
        if (centre.length != directions.dimension()) {
            throw new IllegalArgumentException("the centre has " + centre.length + " parameters, the directions "
                    + directions.dimension());
        }
        this.centre = centre.clone();
        this.first = directions.first();
        this.second = directions.second();
        this.g11 = Vectors.dot(first, first);
        this.g12 = Vectors.dot(first, second);
        this.g22 = Vectors.dot(second, second);
        this.det = g11 * g22 - g12 * g12; // > 0: PlaneDirections refuses parallel directions
    }

    /** The number of parameters this plane lives among. */
    public int dimension() {
        return centre.length;
    }

    /** (α, β) of the point of the plane nearest to θ. */
    public double[] coordinates(double[] theta) {
        if (theta.length != centre.length) {
            throw new IllegalArgumentException("expected " + centre.length + " parameters, got " + theta.length);
        }
        double r1 = 0;
        double r2 = 0;
        for (int k = 0; k < centre.length; k++) {
            double x = theta[k] - centre[k];
            r1 += first[k] * x;
            r2 += second[k] * x;
        }
        return new double[] {(g22 * r1 - g12 * r2) / det, (g11 * r2 - g12 * r1) / det};
    }

    /** θ_c + αδ1 + βδ2. */
    public double[] point(double alpha, double beta) {
        double[] theta = new double[centre.length];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = centre[k] + alpha * first[k] + beta * second[k];
        }
        return theta;
    }
}
