package tdlab.task;

import java.util.SplittableRandom;

/**
 * The lab's one standard normal draw, for every seeded draw of tasks and models (initialisations, the Q_k of
 * high-order chains, noise). Box–Muller by hand rather than {@code SplittableRandom.nextGaussian}: the same seed
 * must keep giving the numbers it gave (presets, tests, saved runs), and the JDK's algorithm is another one.
 */
public final class Gaussian {
    private Gaussian() {
    }

    public static double standard(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
