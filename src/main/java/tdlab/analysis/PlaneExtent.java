package tdlab.analysis;

/**
 * The rectangle [αMin, αMax] × [βMin, βMax] of plane coordinates a {@link LossPlane} grid spans.
 */
public record PlaneExtent(double alphaMin, double alphaMax, double betaMin, double betaMax) {
    /** ±1: one unit of each direction (Li et al.'s default for filter-normalised directions). */
    public static final PlaneExtent UNIT = new PlaneExtent(-1, 1, -1, 1);
    /** Room around the trajectory, as a fraction of its reach. */
    public static final double DEFAULT_MARGIN = 0.25;

    public PlaneExtent {
        if (!(Double.isFinite(alphaMin) && Double.isFinite(alphaMax) && alphaMin < alphaMax
                && Double.isFinite(betaMin) && Double.isFinite(betaMax) && betaMin < betaMax)) {
            throw new IllegalArgumentException("extent needs finite min < max on both axes, got [" + alphaMin + ", "
                    + alphaMax + "] × [" + betaMin + ", " + betaMax + "]");
        }
    }

    /**
     * Symmetric about the centre and covering every (α_i, β_i) with the margin: the centre stays in the middle
     * of the picture, where the current parameters are, and on the middle node of a grid with an odd number
     * of points. An axis the points do not reach borrows the other's half-width; neither: {@link #UNIT}.
     */
    public static PlaneExtent covering(double[] alphas, double[] betas, double margin) {
        if (!(margin >= 0 && Double.isFinite(margin))) {
            throw new IllegalArgumentException("margin must be ≥ 0, got " + margin);
        }
        double a = maxAbs(alphas);
        double b = maxAbs(betas);
        if (a == 0 && b == 0) {
            return UNIT;
        }
        a = a == 0 ? b : a;
        b = b == 0 ? a : b;
        return new PlaneExtent(-a * (1 + margin), a * (1 + margin), -b * (1 + margin), b * (1 + margin));
    }

    /** α of column i of n: the ends exactly, and exactly 0 in the middle of a symmetric extent. */
    public double alpha(int i, int n) {
        return node(alphaMin, alphaMax, i, n);
    }

    /** β of row j of n. */
    public double beta(int j, int n) {
        return node(betaMin, betaMax, j, n);
    }

    private static double node(double min, double max, int i, int n) {
        // weighted sum rather than min + i·step: (m·min + m·max)/(2m) is exactly 0 when min = −max
        return ((n - 1 - i) * min + i * max) / (n - 1);
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }
}
