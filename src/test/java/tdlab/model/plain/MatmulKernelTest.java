package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tdlab.train.Initializer;

/** The register-blocked linear-layer kernels against the plain loops, including ragged sizes. */
class MatmulKernelTest {

    @ParameterizedTest(name = "out={0} in={1} T={2}")
    @CsvSource({"8,8,16", "32,8,1024", "8,32,37", "3,5,7", "11,19,64", "1,4,9"})
    void vectorMatmulAndWeightGradientMatchScalar(int out, int in, int T) {
        SplittableRandom r = new SplittableRandom(out * 1000L + in * 10L + T);
        double[] w = new double[3 + out * in];
        double[] x = new double[in * T];
        double[] dy = new double[out * T];
        for (double[] a : new double[][] {w, x, dy}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = Initializer.gaussian(r);
            }
        }
        Kernels scalar = new ScalarKernels();
        Kernels vector = new VectorKernels();
        for (boolean transposed : new boolean[] {false, true}) {
            int rows = transposed ? in : out;
            int cols = transposed ? out : in;
            double[] src = transposed ? dy : x;
            int rs = transposed ? 1 : in;
            int cs = transposed ? in : 1;
            double[] y1 = new double[rows * T];
            double[] y2 = new double[rows * T];
            java.util.Arrays.fill(y1, 0.5);
            java.util.Arrays.fill(y2, 0.5);
            scalar.matmul(w, 3, rs, cs, rows, cols, src, y1, T, true);
            vector.matmul(w, 3, rs, cs, rows, cols, src, y2, T, true);
            assertThat(y2).containsExactly(y1, within(1e-12));
            scalar.matmul(w, 3, rs, cs, rows, cols, src, y1, T, false);
            vector.matmul(w, 3, rs, cs, rows, cols, src, y2, T, false);
            assertThat(y2).containsExactly(y1, within(1e-12));
        }
        double[] g1 = new double[3 + out * in];
        double[] g2 = new double[3 + out * in];
        scalar.weightGradient(dy, out, x, in, T, g1, 3);
        vector.weightGradient(dy, out, x, in, T, g2, 3);
        assertThat(g2).containsExactly(g1, within(1e-10));
    }
}
