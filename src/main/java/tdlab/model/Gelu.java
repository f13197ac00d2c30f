package tdlab.model;

/**
 * GELU in its exact form u·Φ(u), Φ the standard normal CDF, as PyTorch's {@code nn.GELU()} (the seed's
 * MLP), and the erf it needs: Java has none. Accurate to about 1e-15 absolute, checked against Hipparchus'
 * {@code Erf} in the tests. It runs once per hidden unit and token, so the common case |z| < 0.84375 (|u| < 1.19)
 * is fdlibm's rational approximation (s_erf.c, no exp); beyond it a power series and a continued fraction.
 * The constants that form is made of are public because the plain backend's vector kernel repeats its operations
 * lane by lane, bit for bit.
 */
public final class Gelu {
    public static final double INV_SQRT2 = 1 / Math.sqrt(2);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
    public static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    /** Below it the power series of erf, above it the continued fraction of erfc (both near 1e-15 there). */
    private static final double SWITCH = 2.5;
    /** Terms of the continued fraction: relative error of erfc under 1e-14 for z ≥ SWITCH. */
    private static final int FRACTION_TERMS = 40;
    /** fdlibm s_erf.c: erf(z) = z + z·P(z²)/Q(z²) for |z| < 0.84375, error below 2⁻⁵⁷. */
    public static final double SMALL = 0.84375;
    public static final double PP0 = 1.28379167095512558561e-01;
    public static final double PP1 = -3.25042107247001499370e-01;
    public static final double PP2 = -2.84817495755985104766e-02;
    public static final double PP3 = -5.77027029648944159157e-03;
    public static final double PP4 = -2.37630166566501626084e-05;
    public static final double QQ1 = 3.97917223959155352819e-01;
    public static final double QQ2 = 6.50222499887672944485e-02;
    public static final double QQ3 = 5.08130628187576562776e-03;
    public static final double QQ4 = 1.32494738004321644526e-04;
    public static final double QQ5 = -3.96022827877536812320e-06;

    private Gelu() {
    }

    /** Φ(u) = P(N(0, 1) ≤ u). */
    public static double cdf(double u) {
        double tail = 0.5 * erfc(Math.abs(u) * INV_SQRT2);
        return u >= 0 ? 1 - tail : tail;
    }

    /** GELU's slope Φ(u) + u·φ(u), given Φ(u). */
    public static double slope(double u, double cdf) {
        return cdf + u * INV_SQRT_2PI * Math.exp(-0.5 * u * u);
    }

    /** erf(z). */
    public static double erf(double z) {
        double a = Math.abs(z);
        if (a < SMALL) {
            return small(z);
        }
        double r = a < SWITCH ? series(a) : 1 - fraction(a);
        return z < 0 ? -r : r;
    }

    /** erfc(z) = 1 − erf(z), without cancellation for large positive z. */
    public static double erfc(double z) {
        if (z < 0) {
            return 2 - erfc(-z);
        }
        if (z < SMALL) {
            return 1 - small(z);
        }
        return z < SWITCH ? 1 - series(z) : fraction(z);
    }

    private static double small(double z) {
        double s = z * z;
        double p = PP0 + s * (PP1 + s * (PP2 + s * (PP3 + s * PP4)));
        double q = 1 + s * (QQ1 + s * (QQ2 + s * (QQ3 + s * (QQ4 + s * QQ5))));
        return z + z * (p / q);
    }

    /** erf(z) = 2/√π · z e^{−z²} Σ (2z²)ⁿ / (1·3·…·(2n+1)) for z ≥ 0: positive terms, no cancellation. */
    private static double series(double z) {
        double a = 2 * z * z;
        double term = 1;
        double sum = 1;
        for (int n = 1; term > 1e-17 * sum; n++) {
            term *= a / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * z * Math.exp(-z * z) * sum;
    }

    /** erfc(z) = e^{−z²}/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …)))) for z ≥ SWITCH, evaluated bottom-up. */
    private static double fraction(double z) {
        double k = z;
        for (int n = FRACTION_TERMS; n >= 1; n--) {
            k = z + 0.5 * n / k;
        }
        return Math.exp(-z * z) * INV_SQRT_PI / k;
    }
}
