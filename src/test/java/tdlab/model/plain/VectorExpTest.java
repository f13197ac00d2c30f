package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

class VectorExpTest {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    static double[] exp(VectorSpecies<Double> s, double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i += s.length()) {
            VectorExp.exp(DoubleVector.fromArray(s, x, i)).intoArray(out, i);
        }
        return out;
    }

    /** Softmax's range (s − max ≤ 0, mostly within 40 of 0) and the whole finite range. */
    static double[] arguments(int n, long seed) {
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

    static final double[] SPECIALS = {0, -0.0, -708, -708.0000001, 709, 709.0000001, -800, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NaN, 1e-300, -1e-300, Math.log(2) / 16, -Math.log(2) / 16};

    /** "n lanes, exp(x): bits … against …" for the first argument where this width and the scalar form differ. */
    static String firstDifference(VectorSpecies<Double> s, double[] x) {
        double[] e = exp(s, x);
        for (int i = 0; i < x.length; i++) {
            long want = Double.doubleToRawLongBits(VectorExp.exp(x[i]));
            if (Double.doubleToRawLongBits(e[i]) != want) {
                return String.format("%d lanes, exp(%s): bits %x against the scalar form's %x", s.length(), x[i],
                        Double.doubleToRawLongBits(e[i]), want);
            }
        }
        return null;
    }

    @Test
    void theAppsVectorWidthAndTheScalarFormGiveTheSameBits() {
        double[] x = arguments(64 * 5_000, 6);
        System.arraycopy(SPECIALS, 0, x, 0, SPECIALS.length);
        assertThat(firstDifference(S, x)).isNull();
    }

    /**
     * In a JVM of its own: vectors of another width than the app's teach the JIT's type profiles, which the Vector
     * API's classes share with every caller, that more than one shape is about, and every kernel compiled after that
     * in the same JVM boxed its vectors (the next S2 test took 185 s instead of 5; docs/performance.md, "JIT cliffs").
     */
    @Test
    void everyVectorWidthAndTheScalarFormGiveTheSameBits() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "--add-modules=jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), VectorExpWidths.class.getName()).redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).contains("same bits");
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
