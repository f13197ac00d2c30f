package tdlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tdlab.model.CanonicalModel;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;

class PlaneDirectionsFilterTest {
    private static final ParamLayout LAYOUT = ParamLayout.builder()
            .add("matrix", ParamGroup.ATTENTION, 3, 4)
            .add("rowZero", ParamGroup.FEED_FORWARD, 2, 3) // its second row is zero at the centre
            .add("vector", ParamGroup.NORM, 5)
            .add("scalar", ParamGroup.BIAS, 1)
            .add("zeroMatrix", ParamGroup.HEAD, 2, 2)
            .add("zeroScalar", ParamGroup.BIAS, 1)
            .build();

    @Test
    void eachFilterHasTheNormOfTheSameFilterAtTheCentre() {
        double[] centre = centre();
        PlaneDirections d = PlaneDirections.filterNormalisedRandom(LAYOUT, centre, 42);
        for (double[] dir : new double[][] {d.first(), d.second()}) {
            assertFilterNorms(LAYOUT.get("matrix"), 3, dir, centre);
            assertFilterNorms(LAYOUT.get("vector"), 1, dir, centre);
            assertFilterNorms(LAYOUT.get("scalar"), 1, dir, centre);
            ParamTensor rowZero = LAYOUT.get("rowZero");
            assertThat(norm(dir, rowZero.offset(), 3)).isCloseTo(norm(centre, rowZero.offset(), 3), within(1e-12));
            assertThat(norm(dir, rowZero.offset() + 3, 3)).isZero(); // a zero filter in a non-zero tensor stays put
            ParamTensor zero = LAYOUT.get("zeroMatrix"); // a tensor zero throughout moves at unit scale
            assertThat(norm(dir, zero.offset(), 2)).isCloseTo(1, within(1e-12));
            assertThat(norm(dir, zero.offset() + 2, 2)).isCloseTo(1, within(1e-12));
            assertThat(Math.abs(dir[LAYOUT.get("zeroScalar").offset()])).isCloseTo(1, within(1e-12));
        }
        assertThat(d.explainedShare()).isNaN();
        assertThat(d.description()).contains("seed 42").contains("2 all-zero tensors");
    }

    @Test
    void theSameSeedGivesTheSameDirectionsAndAnotherSeedOthers() {
        double[] centre = centre();
        PlaneDirections a = PlaneDirections.filterNormalisedRandom(LAYOUT, centre, 42);
        PlaneDirections b = PlaneDirections.filterNormalisedRandom(LAYOUT, centre.clone(), 42);
        PlaneDirections c = PlaneDirections.filterNormalisedRandom(LAYOUT, centre, 43);
        assertThat(b.first()).containsExactly(a.first());
        assertThat(b.second()).containsExactly(a.second());
        assertThat(c.first()).isNotEqualTo(a.first());
        assertThat(a.first()).isNotEqualTo(a.second());
    }

    @Test
    void theCanonicalModelsThreeScalarsSpanAPlaneFromZeroAndFromATrainedPoint() {
        ParamLayout canonical = CanonicalModel.parameterLayout();
        for (long seed = 0; seed < 20; seed++) {
            PlaneDirections zero = PlaneDirections.filterNormalisedRandom(canonical, new double[3], seed);
            double[] trained = {1.2, -0.4, -0.8};
            PlaneDirections there = PlaneDirections.filterNormalisedRandom(canonical, trained, seed);
            for (int k = 0; k < 3; k++) {
                assertThat(Math.abs(zero.first()[k])).isCloseTo(1, within(1e-15));
                assertThat(Math.abs(zero.second()[k])).isCloseTo(1, within(1e-15));
                assertThat(Math.abs(there.first()[k])).isCloseTo(Math.abs(trained[k]), within(1e-15));
                assertThat(Math.abs(there.second()[k])).isCloseTo(Math.abs(trained[k]), within(1e-15));
            }
            // each draw only picks signs: redrawn until the two are not parallel
            assertThat(Math.abs(zero.cosine())).isLessThan(1 - 1e-9);
            assertThat(Math.abs(there.cosine())).isLessThan(1 - 1e-9);
        }
    }

    private static double[] centre() {
        double[] c = Planes.gaussian(LAYOUT.size(), new SplittableRandom(5));
        ParamTensor rowZero = LAYOUT.get("rowZero");
        java.util.Arrays.fill(c, rowZero.offset() + 3, rowZero.end(), 0);
        ParamTensor zero = LAYOUT.get("zeroMatrix");
        java.util.Arrays.fill(c, zero.offset(), zero.end(), 0);
        c[LAYOUT.get("zeroScalar").offset()] = 0;
        return c;
    }

    private static void assertFilterNorms(ParamTensor t, int filters, double[] dir, double[] centre) {
        int width = t.size() / filters;
        for (int f = 0; f < filters; f++) {
            int off = t.offset() + f * width;
            assertThat(norm(dir, off, width)).isCloseTo(norm(centre, off, width), within(1e-12));
        }
    }

    private static double norm(double[] a, int offset, int length) {
        double s = 0;
        for (int k = offset; k < offset + length; k++) {
            s += a[k] * a[k];
        }
        return Math.sqrt(s);
    }
}
