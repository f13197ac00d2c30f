package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tdlab.train.Initializer;

/** The vectorised attention kernels (narrow register tiles, generic tiles, rows) against the scalar rows. */
class AttentionKernelTest {

    private static double[] random(SplittableRandom r, int n, double scale) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = scale * Initializer.gaussian(r);
        }
        return a;
    }

    @ParameterizedTest(name = "T={0} dq={1} dv={2}")
    @CsvSource({"8,8,8", "16,8,8", "37,3,5", "64,8,8", "20,4,4", "13,1,8", "40,12,6", "29,34,34", "9,70,65", "5,8,8"})
    void vectorKernelsMatchTheScalarRows(int T, int dq, int dv) {
        SplittableRandom r = new SplittableRandom(T * 31L + dq * 7L + dv);
        // two heads side by side, the second at row offsets, to exercise the row arguments
        double[] q = random(r, 2 * dq * T, 1.5);
        double[] k = random(r, 2 * dq * T, 1.5);
        double[] v = random(r, 2 * dv * T, 1);
        double[] dO = random(r, 2 * dv * T, 1);
        double scale = 1 / Math.sqrt(dq);
        Kernels[] kernels = {new ScalarKernels(), new VectorKernels()};
        double[][] o = new double[2][2 * dv * T];
        double[][] lse = new double[2][2 * T];
        double[][] dQ = new double[2][2 * dq * T];
        double[][] dK = new double[2][2 * dq * T];
        double[][] dV = new double[2][2 * dv * T];
        for (int i = 0; i < 2; i++) {
            double[] p = new double[T];
            double[] ds = new double[T];
            kernels[i].attentionForward(T, dq, dv, scale, q, dq, k, dq, v, dv, o[i], dv, lse[i], T, p);
            kernels[i].attentionBackward(T, dq, dv, scale, q, dq, k, dq, v, dv, o[i], dv, lse[i], T, dO, dv, dQ[i], dq,
                    dK[i], dq, dV[i], dv, p, ds);
        }
        assertClose(o[1], o[0], "o");
        assertClose(lse[1], lse[0], "lse");
        assertClose(dQ[1], dQ[0], "dQ");
        assertClose(dK[1], dK[0], "dK");
        assertClose(dV[1], dV[0], "dV");
    }

    private static void assertClose(double[] actual, double[] expected, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as(what + "[" + i + "]").isCloseTo(expected[i], within(1e-11));
        }
    }
}
