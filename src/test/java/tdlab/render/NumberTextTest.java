package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void healthyValuesKeepTheirDecimalsAndABlownUpOneIsShortAndReadable() {
        assertThat(NumberText.of(-0.9716, 3)).isEqualTo("-0.972");
        assertThat(NumberText.of(9999.4, 3)).isEqualTo("9999.400");
        assertThat(NumberText.of(12345, 3)).isEqualTo("12.3e3");
        assertThat(NumberText.of(-4.764586967640032e77, 3)).isEqualTo("-476e75");
        assertThat(NumberText.of(999_999, 3)).isEqualTo("1.00e6");
        assertThat(NumberText.of(Double.NaN, 4)).isEqualTo("diverged");
        assertThat(NumberText.of(Double.NEGATIVE_INFINITY, 3)).isEqualTo("diverged");
        assertThat(NumberText.ticks().format(0.125)).isEqualTo("0.125");
        assertThat(NumberText.ticks().format(2.5e40)).isEqualTo("25.0e39");
    }

    @Test
    void aLossTooSmallForItsDecimalsKeepsThreeSignificantDigitsWhereACoordinateStaysFixed() {
        assertThat(NumberText.significant(2.0e-5, 4)).isEqualTo("20.0e-6");
        assertThat(NumberText.significant(1.52e-4, 4)).isEqualTo("152e-6");
        assertThat(NumberText.significant(0.0123, 4)).isEqualTo("0.0123");
        assertThat(NumberText.significant(0, 4)).isEqualTo("0.0000");
        assertThat(NumberText.significant(Double.NaN, 4)).isEqualTo("diverged");
        assertThat(NumberText.of(5.22e-4, 3)).isEqualTo("0.001");
    }
}
