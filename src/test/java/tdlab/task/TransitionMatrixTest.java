package tdlab.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TransitionMatrixTest {

    @Test
    void rejectsBadMatricesWithAMessageNamingTheRow() {
        assertThatThrownBy(() -> TransitionMatrix.of(new double[][] {{0.5, 0.5}, {0.2, 0.2, 0.6}}))
                .isInstanceOf(ConfigException.class).hasMessageContaining("matrix[1]").hasMessageContaining("square");
        assertThatThrownBy(() -> TransitionMatrix.of(new double[][] {{0.5, 0.5}, {-0.1, 1.1}}))
                .hasMessageContaining("matrix[1]").hasMessageContaining("negative");
        assertThatThrownBy(() -> TransitionMatrix.of(new double[][] {{Double.NaN, 1}, {0.5, 0.5}}))
                .hasMessageContaining("matrix[0]").hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> TransitionMatrix.of(new double[][] {{0.5, 0.5}, {0.3, 0.3}}))
                .hasMessageContaining("row 1 sums to 0.6");
        assertThatThrownBy(() -> TransitionMatrix.of(new double[][] {{1}}))
                .hasMessageContaining("at least 2 states");
        assertThatThrownBy(() -> TransitionMatrix.binary(1.2, 0.3)).hasMessageContaining("p");
    }

    @Test
    void renormalisesRowsThatAreOneUpToRounding() {
        TransitionMatrix m = TransitionMatrix.of(new double[][] {
            {0.3333333, 0.3333333, 0.3333334}, {0, 1, 0}, {0.5, 0.2500001, 0.2499999}});
        for (int i = 0; i < 3; i++) {
            assertThat(m.get(i, 0) + m.get(i, 1) + m.get(i, 2)).isCloseTo(1, within(1e-15));
        }
    }

    @Test
    void binaryShortcutFollowsTheConvention() {
        TransitionMatrix m = TransitionMatrix.binary(0.2, 0.3);
        assertThat(m.get(0, 1)).isEqualTo(0.2); // p = P(1 | 0)
        assertThat(m.get(1, 0)).isEqualTo(0.3); // q = P(0 | 1)
        assertThat(m.binaryP()).isEqualTo(0.2);
        assertThat(m.binaryQ()).isEqualTo(0.3);
    }
}
