package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    @Test
    void segmentsOfACircleLieOnTheCircle() {
        int n = 41;
        double[][] f = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = c - 20.0;
                double y = r - 20.0;
                f[r][c] = x * x + y * y;
            }
        }
        List<double[]> segs = Contours.segments(f, 100); // radius 10
        assertThat(segs.size()).isGreaterThan(40);
        for (double[] s : segs) {
            for (int k = 0; k < 4; k += 2) {
                double radius = Math.hypot(s[k] - 20, s[k + 1] - 20);
                assertThat(radius).isCloseTo(10, within(0.05));
            }
        }
        assertThat(Contours.segments(f, 5000)).isEmpty();
    }
}
