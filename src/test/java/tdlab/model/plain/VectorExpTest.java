package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

class VectorExpTest {
    private static final jdk.incubator.vector.VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private static double[] exp(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i += S.length()) {
            VectorExp.exp(DoubleVector.fromArray(S, x, i)).intoArray(out, i);
        }
        return out;
    }

    @Test
    void withinTwoUlpOfMathExpOverItsRange() {
        SplittableRandom r = new SplittableRandom(5);
        int n = S.length() * 50_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 3 == 0 ? -r.nextDouble() * 30 : -708 + r.nextDouble() * 1417; // softmax's range, and all
        }
        double[] e = exp(x);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double want = Math.exp(x[i]);
            worst = Math.max(worst, Math.abs(e[i] - want) / Math.ulp(want));
        }
        assertThat(worst).as("ulp").isLessThanOrEqualTo(2);
    }

    @Test
    void theEdgesAreExact() {
        double[] x = new double[S.length()];
        double[] cases = {0, -800, Double.NEGATIVE_INFINITY, 710, Double.NaN, 1, -1, 0x1p-60};
        for (int i = 0; i < x.length; i++) {
            x[i] = cases[i % cases.length];
        }
        double[] e = exp(x);
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (v == 0) {
                assertThat(e[i]).isEqualTo(1.0);
            } else if (v < -708) {
                assertThat(e[i]).isZero();
            } else if (v > 709) {
                assertThat(e[i]).isEqualTo(Double.POSITIVE_INFINITY);
            } else if (Double.isNaN(v)) {
                assertThat(e[i]).isNaN();
            } else {
                assertThat(Math.abs(e[i] - Math.exp(v))).isLessThanOrEqualTo(2 * Math.ulp(Math.exp(v)));
            }
        }
    }
}
