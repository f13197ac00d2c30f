package tdlab.family.orders;

/** The least-squares slope of ln y against ln x: a power law y ∝ x^slope reads as a straight line on log-log axes. */
public final class PowerLawFit {
    private PowerLawFit() {
    }

    /** The slope over the points with x > 0 and y > 0 (finite); NaN with fewer than two distinct x. */
    public static double slope(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (usable(x[i], y[i])) {
                sx += Math.log(x[i]);
                sy += Math.log(y[i]);
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            if (usable(x[i], y[i])) {
                double dx = Math.log(x[i]) - mx;
                sxy += dx * (Math.log(y[i]) - my);
                sxx += dx * dx;
            }
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }

    private static boolean usable(double x, double y) {
        return x > 0 && y > 0 && Double.isFinite(x) && Double.isFinite(y);
    }
}
