package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tdlab.model.Gelu;

class VectorGeluTest {
    /** Mostly the trained activations' range, where the vector form runs, with some lanes beyond it. */
    private static double[] activations(int n) {
        SplittableRandom r = new SplittableRandom(9);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = i % 97 == 0 ? r.nextGaussian() * 4 : r.nextGaussian() * 0.4;
        }
        u[5] = -0.0;
        u[6] = 0.0;
        return u;
    }

    @Test
    void forwardGivesTheScalarFormsBits() {
        int n = 10_003; // a scalar tail too
        double[] u = activations(n);
        double[] th = new double[n];
        double[] g = new double[n];
        VectorGelu.forward(u, th, g, n);
        for (int i = 0; i < n; i++) {
            double c = Gelu.cdf(u[i]);
            assertThat(th[i]).as("Φ(%s)", u[i]).isEqualTo(c);
            assertThat(g[i]).as("GELU(%s)", u[i]).isEqualTo(u[i] * c);
        }
    }

    @Test
    void backwardIsTheSlopeWithinTwoUlpOfItsTerms() {
        int n = 10_003;
        double[] u = activations(n);
        double[] th = new double[n];
        double[] g = new double[n];
        VectorGelu.forward(u, th, g, n);
        double[] dg = new double[n];
        java.util.Arrays.fill(dg, 1.0);
        VectorGelu.backward(u, th, dg, n);
        for (int i = 0; i < n; i++) {
            double want = Gelu.slope(u[i], th[i]);
            // Φ + u·φ cancels near u = −0.75: an ulp of the density term, not of the sum
            double scale = Math.abs(th[i]) + Math.abs(u[i] * Math.exp(-0.5 * u[i] * u[i]) / Math.sqrt(2 * Math.PI));
            assertThat(Math.abs(dg[i] - want)).as("slope at %s", u[i]).isLessThanOrEqualTo(2 * Math.ulp(scale));
        }
        // where a vector ends does not matter: the same values shifted by one lane give the same bits
        double[] shifted = new double[n + 1];
        System.arraycopy(u, 0, shifted, 1, n);
        double[] th2 = new double[n + 1];
        VectorGelu.forward(shifted, th2, new double[n + 1], n + 1);
        double[] dg2 = new double[n + 1];
        java.util.Arrays.fill(dg2, 1.0);
        VectorGelu.backward(shifted, th2, dg2, n + 1);
        for (int i = 0; i < n; i++) {
            assertThat(dg2[i + 1]).isEqualTo(dg[i]);
        }
    }
}
