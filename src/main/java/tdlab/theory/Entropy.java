package tdlab.theory;

/** Entropies in nats. */
public final class Entropy {
    private Entropy() {
    }

    /** h(x) = −x ln x − (1−x) ln(1−x), with 0 ln 0 = 0. */
    public static double binary(double x) {
        return xlnx(x) + xlnx(1 - x);
    }

    /** −Σ p_i ln p_i. */
    public static double of(double[] p) {
        double h = 0;
        for (double v : p) {
            h += xlnx(v);
        }
        return h;
    }

    /** −x ln x, with the limit 0 at x = 0. */
    static double xlnx(double x) {
        return x <= 0 ? 0 : -x * Math.log(x);
    }
}
