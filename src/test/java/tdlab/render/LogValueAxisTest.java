package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tick texts of the log axis: a loss falling to 1e-5 must not read "0, 0, 0". */
class LogValueAxisTest {

    @Test
    void roundNumbersAtEveryScale() {
        assertThat(LogValueAxis.text(8)).isEqualTo("8");
        assertThat(LogValueAxis.text(1)).isEqualTo("1");
        assertThat(LogValueAxis.text(0.1)).isEqualTo("0.1");
        assertThat(LogValueAxis.text(0.001)).isEqualTo("0.001");
        assertThat(LogValueAxis.text(1e-4)).isEqualTo("1e-4");
        assertThat(LogValueAxis.text(1e-5)).isEqualTo("1e-5");
        assertThat(LogValueAxis.text(2.5e-5)).isEqualTo("2.5e-5");
        assertThat(LogValueAxis.text(0.25)).isEqualTo("0.25");
    }
}
