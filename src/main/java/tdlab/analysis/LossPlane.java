package tdlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates a loss f on a grid of the plane θ_c + αδ1 + βδ2 through the current parameters θ_c (Li et al.,
 * "Visualizing the Loss Landscape of Neural Nets", 2018): the landscape of models that have no closed-form
 * one. Stateless, so any thread may call it; each call owns its scratch vectors. Each loss function is called
 * on one thread only (the caller's, or one helper thread per extra function), so an f holding a model's scratch
 * buffers is safe as long as one call uses it at a time.
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
        return compute(centre, directions, trajectory, extent, points, List.of(loss), cancelled);
    }

    /**
     * The same grid with the rows shared among one thread per loss function (each a separate evaluator, since a
     * model's workspace is not shared): every node's value is computed exactly as on one thread, so the surface
     * is the same bit for bit whatever the number of threads.
     *
     * @param losses one f(θ) per thread, the first used on the calling thread; at least one
     */
    public static LossSurface compute(double[] centre, PlaneDirections directions, List<double[]> trajectory,
                                      PlaneExtent extent, int points, List<? extends ToDoubleFunction<double[]>> losses,
                                      BooleanSupplier cancelled) {
        if (points < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points per axis, got " + points);
        }
        if (losses.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one loss function");
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
        double centreValue = losses.get(0).applyAsDouble(centre.clone());
        double[] values = new double[points * points];
        AtomicInteger nextRow = new AtomicInteger();
        List<Thread> helpers = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 1; t < losses.size(); t++) {
            ToDoubleFunction<double[]> f = losses.get(t);
            Thread h = new Thread(() -> {
                try {
                    rows(centre, directions, grid, points, f, values, nextRow, cancelled);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "tdlab-loss-plane-" + t);
            h.setDaemon(true);
            h.start();
            helpers.add(h);
        }
        try {
            rows(centre, directions, grid, points, losses.get(0), values, nextRow, cancelled);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
        for (Thread h : helpers) {
            try {
                h.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("loss plane interrupted");
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        return new LossSurface(directions, grid, points, values, centreValue, ta, tb);
    }

    /** Takes rows until none is left; a cancelled grid stops every thread at its next row. */
    private static void rows(double[] centre, PlaneDirections directions, PlaneExtent grid, int points,
                             ToDoubleFunction<double[]> loss, double[] values, AtomicInteger nextRow,
                             BooleanSupplier cancelled) {
        double[] d1 = directions.first();
        double[] d2 = directions.second();
        double[] scratch = centre.clone();
        for (int j = nextRow.getAndIncrement(); j < points; j = nextRow.getAndIncrement()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("loss plane cancelled at row " + j + " of " + points);
            }
            double beta = grid.beta(j, points);
            for (int i = 0; i < points; i++) {
                double alpha = grid.alpha(i, points);
                for (int k = 0; k < centre.length; k++) { // as PlaneProjection.point: the same bits at the same (α, β)
                    scratch[k] = centre[k] + alpha * d1[k] + beta * d2[k];
                }
                values[j * points + i] = loss.applyAsDouble(scratch);
            }
        }
    }
}
