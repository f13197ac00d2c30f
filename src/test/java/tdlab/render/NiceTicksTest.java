package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void theLandscapesViewportGetsWholeOrHalfUnits() {
        NiceTicks seven = NiceTicks.of(-3, 3, 7);
        assertThat(seven.step()).isEqualTo(1);
        assertThat(seven.values()).containsExactly(-3, -2, -1, 0, 1, 2, 3);
        assertThat(seven.label(0)).isEqualTo("−3");
        NiceTicks fine = NiceTicks.of(-3, 3, 13);
        assertThat(fine.step()).isEqualTo(0.5);
        assertThat(fine.label(5)).isEqualTo("−0.5");
        assertThat(fine.label(6)).isEqualTo("0.0");
    }

    @Test
    void probabilitiesReadInTenthsOrFifths() {
        NiceTicks pq = NiceTicks.of(0, 1, 6);
        assertThat(pq.step()).isEqualTo(0.2);
        assertThat(pq.values()).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1); // exact: 3 × 0.2 prints 0.6
        assertThat(pq.label(3)).isEqualTo("0.6");
        assertThat(NiceTicks.of(0, 1, 11).step()).isEqualTo(0.1);
        assertThat(NiceTicks.of(0, 1, 4).step()).isEqualTo(0.5);
    }

    @Test
    void ticksStayInsideTheRangeAndNeverExceedTheCount() {
        for (int count = 2; count < 30; count++) {
            for (double[] r : new double[][] {{-2.5, 2.5}, {0, 1}, {0.013, 0.87}, {-1234, 98765}, {1e-6, 3e-6}}) {
                NiceTicks t = NiceTicks.of(r[0], r[1], count);
                assertThat(t.values().length).as(count + " " + r[0]).isBetween(1, count);
                assertThat(t.values()[0]).isGreaterThanOrEqualTo(r[0] - 1e-12);
                assertThat(t.values()[t.values().length - 1]).isLessThanOrEqualTo(r[1] + 1e-12);
                double mantissa = t.step() / Math.pow(10, Math.floor(Math.log10(t.step()) + 1e-9));
                assertThat(Math.round(mantissa * 1e6) / 1e6).isIn(1.0, 2.0, 5.0);
                for (double v : t.values()) {
                    assertThat(Math.abs(v / t.step() - Math.round(v / t.step()))).isLessThan(1e-6);
                }
            }
        }
    }

    @Test
    void theBasinGridsRangeEndsOnAHalfStep() {
        NiceTicks init = NiceTicks.of(-2.5, 2.5, 6);
        assertThat(init.values()).containsExactly(-2, -1, 0, 1, 2);
        assertThat(NiceTicks.of(-2.5, 2.5, 11).values()).containsExactly(-2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5,
                2, 2.5);
        assertThat(NiceTicks.forPixels(-3, 3, 300, 50).values()).hasSize(7);
    }

    @Test
    void refusesAnEmptyRange() {
        assertThatThrownBy(() -> NiceTicks.of(1, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceTicks.of(0, Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
