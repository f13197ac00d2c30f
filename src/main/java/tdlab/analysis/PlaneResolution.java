package tdlab.analysis;

import java.util.function.ToDoubleFunction;

/**
 * How fine a loss plane's grid is: {@link LossPlane#DEFAULT_POINTS} nodes per axis where the loss is cheap, fewer
 * where one evaluation is slow (sixteen heads on a 32-sequence batch take 3 ms, 41 × 41 of them 6 s), so that a
 * picture takes about {@link #BUDGET_SECONDS} whatever the model. An odd count keeps the centre a node.
 */
public final class PlaneResolution {
    /** What a picture may cost: the plane is a look at the landscape, not a measurement. */
    public static final double BUDGET_SECONDS = 1.5;
    /** Coarser than this the contours stop reading as a landscape. */
    public static final int MIN_POINTS = 15;
    private static final int TIMED = 3;

    private PlaneResolution() {
    }

    /** The nodes per axis for this loss, from the time of a few evaluations at the centre (after one warm-up). */
    public static int points(ToDoubleFunction<double[]> loss, double[] centre) {
        double[] scratch = centre.clone();
        loss.applyAsDouble(scratch);
        long start = System.nanoTime();
        for (int i = 0; i < TIMED; i++) {
            System.arraycopy(centre, 0, scratch, 0, centre.length);
            loss.applyAsDouble(scratch);
        }
        return forCost((System.nanoTime() - start) / 1e9 / TIMED);
    }

    /** The largest odd count n ≤ the default with n² evaluations within the budget, at least {@link #MIN_POINTS}. */
    public static int forCost(double secondsPerEvaluation) {
        double fit = secondsPerEvaluation > 0 ? Math.sqrt(BUDGET_SECONDS / secondsPerEvaluation)
                : LossPlane.DEFAULT_POINTS;
        int n = (int) Math.max(MIN_POINTS, Math.min(LossPlane.DEFAULT_POINTS, Math.floor(fit)));
        return n % 2 == 0 ? n - 1 : n;
    }
}
