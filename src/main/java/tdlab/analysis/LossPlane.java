package tdlab.analysis;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates a loss f on a grid of the plane θ_c + αδ1 + βδ2 through the current parameters θ_c (Li et al.,
 * "Visualizing the Loss Landscape of Neural Nets", 2018): the landscape of models that have no closed-form
 * one. Stateless, so any thread may call it; each call owns its scratch vectors, and f is called on the
 * caller's thread only, so an f holding a model's scratch buffers is safe as long as one call uses it at
 * a time.
 */
public final class LossPlane {
    /** Grid nodes per axis by default: odd, so that the middle node is θ_c. */
    public static final int DEFAULT_POINTS = 41;

    private LossPlane() {
    }

    /**
     * A {@value #DEFAULT_POINTS}×{@value #DEFAULT_POINTS} grid over the extent that covers the trajectory's
     * projection with {@link PlaneExtent#DEFAULT_MARGIN} ({@link PlaneExtent#UNIT} without a trajectory).
     */
    public static LossSurface compute(double[] centre, PlaneDirections directions, List<double[]> trajectory,
                                      ToDoubleFunction<double[]> loss, BooleanSupplier cancelled) {
        return compute(centre, directions, trajectory, null, DEFAULT_POINTS, loss, cancelled);
    }

    /**
     * @param trajectory parameter vectors to project onto the plane (may be empty)
     * @param extent     the grid's rectangle, or null for one covering the trajectory's projection
     * @param points     nodes per axis, at least 2
     * @param loss       f(θ); it receives a scratch vector that it must neither keep nor modify
     * @param cancelled  asked before each grid row
     * @throws CancellationException when {@code cancelled} answers true
     */
    public static LossSurface compute(double[] centre, PlaneDirections directions, List<double[]> trajectory,
                                      PlaneExtent extent, int points, ToDoubleFunction<double[]> loss,
                                      BooleanSupplier cancelled) {
        if (points < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points per axis, got " + points);
        }
        PlaneProjection projection = new PlaneProjection(centre, directions);
        double[] ta = new double[trajectory.size()];
        double[] tb = new double[trajectory.size()];
        for (int i = 0; i < ta.length; i++) {
            double[] c = projection.coordinates(trajectory.get(i));
            ta[i] = c[0];
            tb[i] = c[1];
        }
        PlaneExtent grid = extent != null ? extent : PlaneExtent.covering(ta, tb, PlaneExtent.DEFAULT_MARGIN);
        double[] c = centre.clone();
        double[] d1 = directions.first();
        double[] d2 = directions.second();
        double[] scratch = c.clone();
        double centreValue = loss.applyAsDouble(scratch);
        double[] values = new double[points * points];
        for (int j = 0; j < points; j++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("loss plane cancelled after " + j + " of " + points + " rows");
            }
            double beta = grid.beta(j, points);
            for (int i = 0; i < points; i++) {
                double alpha = grid.alpha(i, points);
                for (int k = 0; k < c.length; k++) { // as PlaneProjection.point: the same bits at the same (α, β)
                    scratch[k] = c[k] + alpha * d1[k] + beta * d2[k];
                }
                values[j * points + i] = loss.applyAsDouble(scratch);
            }
        }
        return new LossSurface(directions, grid, points, values, centreValue, ta, tb);
    }
}
