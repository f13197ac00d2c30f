package tdlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.ModelFactory;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.TrainableModel;
import tdlab.model.TransformerConfig;
import tdlab.task.Batch;
import tdlab.task.MarkovTask;
import tdlab.task.TaskSampler;

class LossPlaneTest {
    private static final ParamLayout LAYOUT = ParamLayout.builder()
            .add("w", ParamGroup.ATTENTION, 4, 5)
            .add("b", ParamGroup.BIAS, 3)
            .build();

    @Test
    void theMiddleNodeAndTheCentreValueAreTheEvaluationLossAtTheCurrentParametersExactly() {
        TransformerConfig spec = TransformerConfig.simple(4, 32);
        MarkovTask task = MarkovTask.binary(0.5, 0.8);
        TaskSampler sampler = task.sampler();
        Batch batch = sampler.allocate(4, 32);
        sampler.fill(batch, 9);
        TrainableModel reference = ModelFactory.create(spec, Backend.PLAIN);
        SplittableRandom r = new SplittableRandom(4);
        double[] centre = scaled(Planes.gaussian(reference.layout().size(), r), 0.3);
        List<double[]> trajectory = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double[] theta = centre.clone();
            for (int k = 0; k < theta.length; k++) {
                theta[k] += 0.05 * (8 - i) * r.nextGaussian();
            }
            trajectory.add(theta);
        }
        double expected = reference.loss(centre, batch);

        FixedBatchLoss loss = new FixedBatchLoss(ModelFactory.create(spec, Backend.PLAIN), batch);
        for (PlaneDirections d : List.of(PlaneDirections.pca(trajectory, centre),
                PlaneDirections.filterNormalisedRandom(reference.layout(), centre, 1))) {
            LossSurface s = LossPlane.compute(centre, d, trajectory, loss, () -> false);
            assertThat(s.points()).isEqualTo(41);
            assertThat(s.alpha(20)).isZero();
            assertThat(s.beta(20)).isZero();
            assertThat(s.value(20, 20)).isEqualTo(expected);
            assertThat(s.centreValue()).isEqualTo(expected);
            assertThat(s.min()).isLessThanOrEqualTo(expected);
            assertThat(s.max()).isGreaterThan(expected);
        }
        // the fixed-batch loss built from the task draws the same batch from the same seed
        FixedBatchLoss built = FixedBatchLoss.of(spec, Backend.PLAIN, task, 4, 32, 9);
        assertThat(built.applyAsDouble(centre)).isEqualTo(expected);
    }

    @Test
    void eachNodeIsTheLossAtItsPointOfThePlaneAndTheSummaryMatchesTheGrid() {
        double[] centre = Planes.gaussian(LAYOUT.size(), new SplittableRandom(2));
        PlaneDirections d = PlaneDirections.filterNormalisedRandom(LAYOUT, centre, 3);
        ToDoubleFunction<double[]> f = LossPlaneTest::bowl;
        PlaneExtent extent = new PlaneExtent(-0.5, 1.5, -2, 0.25); // asymmetric: no node at the centre
        List<double[]> trajectory = List.of(new PlaneProjection(centre, d).point(0.3, -0.4), centre);

        LossSurface s = LossPlane.compute(centre, d, trajectory, extent, 9, f, () -> false);

        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < 9; j++) {
            for (int i = 0; i < 9; i++) {
                double alpha = -0.5 + 2.0 * i / 8;
                double beta = -2 + 2.25 * j / 8;
                assertThat(s.alphas()[i]).isCloseTo(alpha, within(1e-15));
                assertThat(s.betas()[j]).isCloseTo(beta, within(1e-15));
                double[] theta = new PlaneProjection(centre, d).point(s.alpha(i), s.beta(j));
                assertThat(s.value(i, j)).isEqualTo(f.applyAsDouble(theta));
                assertThat(s.values()[j][i]).isEqualTo(s.value(i, j));
                min = Math.min(min, s.value(i, j));
                max = Math.max(max, s.value(i, j));
            }
        }
        assertThat(s.alphas()[0]).isEqualTo(-0.5);
        assertThat(s.alphas()[8]).isEqualTo(1.5);
        assertThat(s.min()).isEqualTo(min);
        assertThat(s.max()).isEqualTo(max);
        assertThat(s.centreValue()).isEqualTo(bowl(centre));
        assertThat(s.trajectoryAlpha()).containsExactly(new double[] {0.3, 0}, within(1e-12));
        assertThat(s.trajectoryBeta()).containsExactly(new double[] {-0.4, 0}, within(1e-12));
        assertThat(s.extent()).isEqualTo(extent);
    }

    @Test
    void theDefaultGridIsSymmetricAndCoversTheTrajectoryWithTheMargin() {
        double[] centre = Planes.gaussian(LAYOUT.size(), new SplittableRandom(8));
        PlaneDirections d = PlaneDirections.filterNormalisedRandom(LAYOUT, centre, 1);
        PlaneProjection plane = new PlaneProjection(centre, d);
        List<double[]> trajectory = List.of(plane.point(-3, 0.5), plane.point(-1, -0.2), centre);

        LossSurface s = LossPlane.compute(centre, d, trajectory, LossPlaneTest::bowl, () -> false);

        double m = 1 + PlaneExtent.DEFAULT_MARGIN;
        assertThat(s.extent().alphaMax()).isCloseTo(3 * m, within(1e-12));
        assertThat(s.extent().alphaMin()).isEqualTo(-s.extent().alphaMax());
        assertThat(s.extent().betaMax()).isCloseTo(0.5 * m, within(1e-12));
        assertThat(s.extent().betaMin()).isEqualTo(-s.extent().betaMax());
        // no trajectory: one unit of each direction
        assertThat(LossPlane.compute(centre, d, List.of(), LossPlaneTest::bowl, () -> false).extent())
                .isEqualTo(PlaneExtent.UNIT);
    }

    @Test
    void cancellationStopsBeforeTheNextRow() {
        double[] centre = Planes.gaussian(LAYOUT.size(), new SplittableRandom(1));
        PlaneDirections d = PlaneDirections.filterNormalisedRandom(LAYOUT, centre, 1);
        AtomicInteger evaluations = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        ToDoubleFunction<double[]> f = theta -> {
            evaluations.incrementAndGet();
            return bowl(theta);
        };

        assertThatThrownBy(() -> LossPlane.compute(centre, d, List.of(), null, 41, f, () -> asked.incrementAndGet() > 3))
                .isInstanceOf(CancellationException.class).hasMessageContaining("at row 3 of 41");

        assertThat(evaluations.get()).isEqualTo(1 + 3 * 41); // the centre, then three rows
        assertThat(asked.get()).isEqualTo(4);
    }

    @Test
    void rowsSharedAmongThreadsGiveTheSameSurfaceBitForBitAndStopOnCancellation() {
        double[] centre = Planes.gaussian(LAYOUT.size(), new SplittableRandom(5));
        PlaneDirections d = PlaneDirections.filterNormalisedRandom(LAYOUT, centre, 3);
        List<double[]> trajectory = List.of(new PlaneProjection(centre, d).point(-2, 1), centre);
        ToDoubleFunction<double[]> f = theta -> Math.log1p(bowl(theta)) + Math.sin(theta[0]);
        LossSurface one = LossPlane.compute(centre, d, trajectory, null, 23, f, () -> false);
        for (int threads : new int[] {2, 3, 5}) {
            java.util.Set<String> threadNames = java.util.concurrent.ConcurrentHashMap.newKeySet();
            List<ToDoubleFunction<double[]>> losses = java.util.stream.Stream.<ToDoubleFunction<double[]>>generate(
                    () -> {
                        AtomicInteger calls = new AtomicInteger();
                        return theta -> {
                            threadNames.add(Thread.currentThread().getName());
                            if (calls.getAndIncrement() % 23 == 1) { // a slow row: the other threads get rows too
                                sleep(5);
                            }
                            return f.applyAsDouble(theta);
                        };
                    }).limit(threads).toList();
            LossSurface many = LossPlane.compute(centre, d, trajectory, null, 23, losses, () -> false);
            assertThat(many.values()).as(threads + " threads").isEqualTo(one.values());
            assertThat(many.centreValue()).isEqualTo(one.centreValue());
            assertThat(many.extent()).isEqualTo(one.extent());
            assertThat(threadNames).as("rows really shared").hasSizeGreaterThan(1);
        }
        AtomicInteger evaluations = new AtomicInteger();
        ToDoubleFunction<double[]> counted = theta -> {
            evaluations.incrementAndGet();
            return bowl(theta);
        };
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> LossPlane.compute(centre, d, List.of(), null, 41, List.of(counted, counted, counted),
                () -> asked.incrementAndGet() > 3)).isInstanceOf(CancellationException.class);
        assertThat(evaluations.get()).isEqualTo(1 + 3 * 41); // the centre and the three rows begun before
        // an evaluator's failure on a helper thread reaches the caller
        java.util.concurrent.CountDownLatch helperRan = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger callerCalls = new AtomicInteger();
        ToDoubleFunction<double[]> waitsForTheHelper = theta -> {
            if (callerCalls.getAndIncrement() == 1) { // after the centre: let the helper take a row
                try {
                    helperRan.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            return bowl(theta);
        };
        assertThatThrownBy(() -> LossPlane.compute(centre, d, List.of(), null, 9, List.<ToDoubleFunction<double[]>>of(
                waitsForTheHelper, theta -> {
                    helperRan.countDown();
                    throw new IllegalStateException("model broke");
                }), () -> false)).hasMessage("model broke");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theTrajectorysPointsMapBackToTheirInPlaneParts() {
        SplittableRandom r = new SplittableRandom(12);
        int p = 30;
        double[][] u = Planes.orthonormalFrame(p, 3, r);
        double[] centre = Planes.gaussian(p, r);
        List<double[]> trajectory = new ArrayList<>();
        List<double[]> inPlane = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            double a = 3 * r.nextGaussian();
            double b = r.nextGaussian();
            trajectory.add(Planes.combination(centre, new double[] {a, b, 0.1 * r.nextGaussian()}, u));
            inPlane.add(Planes.combination(centre, new double[] {a, b}, u));
        }
        // the small third component is orthogonal to u1, u2, so PCA finds span(u1, u2) up to its noise: take the
        // plane of u1 and u2 itself, orthonormal, and a skewed pair spanning the same plane
        double[] skewed = Planes.combination(new double[p], new double[] {0.6, 0.8}, u);
        for (PlaneDirections d : List.of(new PlaneDirections(u[0], u[1], "u1, u2", Double.NaN),
                new PlaneDirections(u[0], skewed, "u1 and a skewed second", Double.NaN))) {
            PlaneProjection plane = new PlaneProjection(centre, d);
            for (int i = 0; i < trajectory.size(); i++) {
                double[] ab = plane.coordinates(trajectory.get(i));
                double[] back = plane.point(ab[0], ab[1]);
                for (int k = 0; k < p; k++) {
                    assertThat(back[k]).isCloseTo(inPlane.get(i)[k], within(1e-12));
                }
            }
        }
        // PCA's own plane: mapping back leaves exactly the part the plane does not hold
        PlaneDirections pca = PlaneDirections.pca(trajectory, centre);
        PlaneProjection plane = new PlaneProjection(centre, pca);
        for (double[] theta : trajectory) {
            double[] ab = plane.coordinates(theta);
            assertThat(ab[0]).isCloseTo(Planes.dot(pca.first(), minus(theta, centre)), within(1e-12));
            double[] rest = minus(theta, plane.point(ab[0], ab[1]));
            assertThat(Planes.dot(rest, pca.first())).isCloseTo(0, within(1e-12));
            assertThat(Planes.dot(rest, pca.second())).isCloseTo(0, within(1e-12));
        }
    }

    /** A smooth test loss: a quadratic bowl with a little curvature of its own per coordinate. */
    private static double bowl(double[] theta) {
        double s = 0;
        for (int k = 0; k < theta.length; k++) {
            s += (1 + 0.1 * k) * theta[k] * theta[k] + Math.sin(theta[k]);
        }
        return s;
    }

    private static double[] scaled(double[] x, double s) {
        for (int k = 0; k < x.length; k++) {
            x[k] *= s;
        }
        return x;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = a.clone();
        for (int k = 0; k < d.length; k++) {
            d[k] -= b[k];
        }
        return d;
    }
}
