package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

class VectorExpTest {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private static double[] exp(VectorSpecies<Double> s, double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i += s.length()) {
            VectorExp.exp(DoubleVector.fromArray(s, x, i)).intoArray(out, i);
        }
        return out;
    }

    /** Softmax's range (s − max ≤ 0, mostly within 40 of 0) and the whole finite range. */
    private static double[] arguments(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 3 == 0 ? -r.nextDouble() * 40 : i % 3 == 1 ? -708 * r.nextDouble() : -708 + r.nextDouble() * 1417;
        }
        return x;
    }

    @Test
    void withinOneUlpOfMathExpOverItsRange() {
        double[] x = arguments(64 * 50_000, 5);
        double[] e = exp(S, x);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double want = Math.exp(x[i]);
            worst = Math.max(worst, Math.abs(e[i] - want) / Math.ulp(want));
        }
        assertThat(worst).as("ulp").isLessThanOrEqualTo(1);
    }

    @Test
    void everyVectorWidthAndTheScalarFormGiveTheSameBits() {
        double[] x = arguments(64 * 5_000, 6);
        double[] specials = {0, -0.0, -708, -708.0000001, 709, 709.0000001, -800, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NaN, 1e-300, -1e-300, Math.log(2) / 16, -Math.log(2) / 16};
        System.arraycopy(specials, 0, x, 0, specials.length);
        VectorSpecies<Double>[] species = new VectorSpecies[] {DoubleVector.SPECIES_128, DoubleVector.SPECIES_256,
            DoubleVector.SPECIES_512, S};
        for (VectorSpecies<Double> s : species) {
            double[] e = exp(s, x);
            for (int i = 0; i < x.length; i++) {
                assertThat(Double.doubleToRawLongBits(e[i])).as("%s lanes, exp(%s)", s.length(), x[i])
                        .isEqualTo(Double.doubleToRawLongBits(VectorExp.exp(x[i])));
            }
        }
    }

    @Test
    void theEdgesAreExact() {
        double[] x = new double[S.length()];
        double[] cases = {0, -800, Double.NEGATIVE_INFINITY, 710, Double.NaN, 1, -1, 0x1p-60};
        for (int i = 0; i < x.length; i++) {
            x[i] = cases[i % cases.length];
        }
        double[] e = exp(S, x);
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
                assertThat(Math.abs(e[i] - Math.exp(v))).isLessThanOrEqualTo(Math.ulp(Math.exp(v)));
            }
        }
    }
}
