package tdlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlaneDirectionsPcaTest {
    private static final int P = 50;

    /** n below P runs on the n×n Gram matrix, above it on the P×P scatter matrix. */
    @ParameterizedTest
    @ValueSource(ints = {12, 200})
    void aTrajectoryInAKnownPlaneGivesThatPlaneAndShareOne(int n) {
        SplittableRandom r = new SplittableRandom(n);
        double[][] u = Planes.orthonormalFrame(P, 2, r);
        double[] centre = Planes.gaussian(P, r);
        List<double[]> trajectory = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            trajectory.add(Planes.combination(centre, new double[] {3 * r.nextGaussian(), r.nextGaussian()}, u));
        }
        trajectory.add(centre.clone()); // a run's trajectory ends at the current parameters

        PlaneDirections d = PlaneDirections.pca(trajectory, centre);

        assertThat(Planes.residual(d.first(), u)).isLessThan(1e-9);
        assertThat(Planes.residual(d.second(), u)).isLessThan(1e-9);
        assertThat(Planes.dot(d.first(), d.first())).isCloseTo(1, within(1e-12));
        assertThat(Planes.dot(d.second(), d.second())).isCloseTo(1, within(1e-12));
        assertThat(Planes.dot(d.first(), d.second())).isCloseTo(0, within(1e-12));
        assertThat(d.explainedShare()).isCloseTo(1, within(1e-12));
        // and the plane they span holds the trajectory
        for (double[] theta : trajectory) {
            double[] x = theta.clone();
            for (int k = 0; k < P; k++) {
                x[k] -= centre[k];
            }
            assertThat(Planes.residual(x, d.first(), d.second())).isLessThan(1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 120})
    void aKnownSmallThirdComponentGivesTheShareOfAnIndependentSvd(int n) {
        SplittableRandom r = new SplittableRandom(7 + n);
        double[][] u = Planes.orthonormalFrame(P, 3, r);
        double[] centre = Planes.gaussian(P, r);
        double[][] coefficients = new double[n][];
        List<double[]> trajectory = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            coefficients[i] = new double[] {2 * r.nextGaussian() + 1, r.nextGaussian(), 0.05 * r.nextGaussian()};
            trajectory.add(Planes.combination(centre, coefficients[i], u));
        }
        // D = C·Uᵀ with orthonormal U: the singular values of D are those of the n×3 coefficients C
        double[] s = new SingularValueDecomposition(MatrixUtils.createRealMatrix(coefficients)).getSingularValues();
        double expected = (s[0] * s[0] + s[1] * s[1]) / (s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);

        PlaneDirections d = PlaneDirections.pca(trajectory, centre);

        assertThat(expected).isLessThan(1 - 1e-4); // the third component is there
        assertThat(d.explainedShare()).isCloseTo(expected, within(1e-12));
        assertThat(d.description()).contains(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * expected));
    }

    @Test
    void theSignPutsTheFirstPointOnTheNegativeSideOfBothAxes() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] u = Planes.orthonormalFrame(P, 2, r);
        double[] centre = new double[P];
        List<double[]> trajectory = new ArrayList<>();
        for (int i = 0; i < 30; i++) { // a run heading for the centre
            double t = 1 - 0.9 * i / 29.0;
            trajectory.add(Planes.combination(centre, new double[] {4 * t, Math.sin(3 * t)}, u));
        }
        for (List<double[]> order : List.of(trajectory, reversed(trajectory))) {
            PlaneDirections d = PlaneDirections.pca(order, centre);
            assertThat(Planes.dot(order.get(0), d.first())).isNegative();
            assertThat(Planes.dot(order.get(0), d.second())).isNegative();
        }
    }

    @Test
    void aTrajectoryOnOneLineGetsARandomSecondDirectionOrthogonalToTheFirst() {
        SplittableRandom r = new SplittableRandom(11);
        double[] centre = Planes.gaussian(P, r);
        double[] step = Planes.gaussian(P, r);
        List<double[]> twoPoints = List.of(Planes.combination(centre, new double[] {1}, new double[][] {step}),
                centre.clone(), Planes.combination(centre, new double[] {1}, new double[][] {step}));

        PlaneDirections a = PlaneDirections.pca(twoPoints, centre, 5);
        PlaneDirections b = PlaneDirections.pca(twoPoints, centre, 5);
        PlaneDirections c = PlaneDirections.pca(twoPoints, centre, 6);

        double[] unitStep = step.clone();
        double n = Math.sqrt(Planes.dot(step, step));
        for (int k = 0; k < P; k++) {
            unitStep[k] /= n;
        }
        assertThat(Math.abs(Planes.dot(a.first(), unitStep))).isCloseTo(1, within(1e-12));
        assertThat(Planes.dot(a.first(), a.second())).isCloseTo(0, within(1e-12));
        assertThat(Planes.dot(a.second(), a.second())).isCloseTo(1, within(1e-12));
        assertThat(a.explainedShare()).isCloseTo(1, within(1e-12));
        assertThat(a.description()).contains("one line").contains("random (seed 5)");
        assertThat(b.second()).containsExactly(a.second());
        assertThat(Math.abs(Planes.dot(c.second(), a.second()))).isLessThan(0.9);
    }

    @Test
    void aTrajectoryThatNeverLeavesTheCentreGetsTwoRandomOrthonormalDirections() {
        double[] centre = Planes.gaussian(P, new SplittableRandom(1));
        PlaneDirections d = PlaneDirections.pca(List.of(centre.clone(), centre.clone()), centre);
        assertThat(Planes.dot(d.first(), d.second())).isCloseTo(0, within(1e-12));
        assertThat(Planes.dot(d.first(), d.first())).isCloseTo(1, within(1e-12));
        assertThat(d.explainedShare()).isNaN();
        assertThat(d.description()).contains("never leaves");
        assertThat(PlaneDirections.pca(List.of(), centre).description()).contains("never leaves");
    }

    @Test
    void pointsOfAnotherLengthThanTheCentreAreRefused() {
        assertThatThrownBy(() -> PlaneDirections.pca(List.of(new double[3]), new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trajectory point 0");
    }

    @Test
    void subspaceIterationFindsTheTopEigenpairsOfAFullJacobiDecomposition() {
        SplittableRandom r = new SplittableRandom(2);
        int m = 30;
        double[][] u = Planes.orthonormalFrame(m, m, r);
        double[][] a = new double[m][m];
        for (int k = 0; k < m; k++) { // spectrum 1, 1/4, 1/9, ...: a random walk's
            double lambda = 1.0 / ((k + 1) * (k + 1));
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    a[i][j] += lambda * u[k][i] * u[k][j];
                }
            }
        }
        SymmetricJacobi.Result full = SymmetricJacobi.of(a);
        TopEigenpairs.Result top = TopEigenpairs.of(a, 2, 9);
        assertThat(full.values()[0]).isCloseTo(1, within(1e-13));
        assertThat(full.values()[m - 1]).isCloseTo(1.0 / (m * m), within(1e-13));
        for (int k = 0; k < 2; k++) {
            assertThat(top.values()[k]).isCloseTo(full.values()[k], within(1e-13));
            assertThat(Math.abs(Planes.dot(top.vectors()[k], u[k]))).isCloseTo(1, within(1e-10));
            assertThat(Math.abs(Planes.dot(full.vectors()[k], u[k]))).isCloseTo(1, within(1e-12));
        }
    }

    private static List<double[]> reversed(List<double[]> list) {
        List<double[]> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }
}
