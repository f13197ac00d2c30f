package tdlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.theory.CanonicalTheory.CriticalType;
import tdlab.theory.CanonicalTheory.Outcome;

/** The canonical model's landscape against science.md §1.2.2 and §1.5. */
class CanonicalTheoryTest {
    private final CanonicalTheory below = new CanonicalTheory(0.2, 0.3);
    private final CanonicalTheory above = new CanonicalTheory(0.8, 0.9);

    @Test
    void globalMinimumCurveMatchesTheWorkedPoints() {
        assertThat(below.c()).isCloseTo(2.2336, within(5e-5));
        assertThat(above.c()).isCloseTo(-3.5835, within(5e-5));
        assertThat(below.globalMinimumE(0)).isCloseTo(1.4945, within(5e-5));
        assertThat(below.globalMinimumE(0.5)).isCloseTo(1.2203, within(5e-5));
        assertThat(above.globalMinimumE(-1)).isCloseTo(1.8930, within(5e-5));
        assertThat(above.globalMinimumE(-1.5)).isCloseTo(1.0119, within(5e-5));
        assertThat(new CanonicalTheory(0.5, 0.8).globalMinimumE(-1)).isCloseTo(1.1774, within(5e-5));
        assertThat(above.globalMinimumE(0)).isNaN(); // the curve needs w < −1/√2 when p + q > 1
        assertThat(below.globalMinimumBias(1.4945)).isCloseTo(-0.2695, within(5e-4));
        assertThat(above.globalMinimumBias(1.8930)).isCloseTo(3.1781, within(5e-4));
    }

    @Test
    void onTheCurveTheOptimalBiasGivesTheTrueLawAndTheEntropyRate() {
        for (CanonicalTheory t : new CanonicalTheory[] {below, above}) {
            for (double w : new double[] {-2.5, -1.2, -0.3, 0.4, 1.7}) {
                double e = t.globalMinimumE(w);
                if (Double.isNaN(e)) {
                    continue;
                }
                double b = t.optimalBias(e, w);
                assertThat(b).isCloseTo(t.globalMinimumBias(e), within(1e-9));
                assertThat(tdlab.model.Functions.sigmoid(CanonicalTheory.f0(e, w, b))).isCloseTo(t.p(), within(1e-9));
                assertThat(tdlab.model.Functions.sigmoid(CanonicalTheory.f1(e, w, b))).isCloseTo(1 - t.q(), within(1e-9));
                assertThat(t.loss(e, w, b)).isCloseTo(t.entropyRate(), within(1e-12));
            }
        }
    }

    @Test
    void onTheLineEZeroTheModelPredictsTheStationaryLaw() {
        assertThat(below.optimalBias(0, 0.3)).isCloseTo(Math.log(0.2 / 0.3), within(1e-12));
        assertThat(above.unigramBias()).isCloseTo(-0.1178, within(5e-5));
        assertThat(above.lossAtOptimalBias(0, 2)).isCloseTo(above.unigramLoss(), within(1e-12));
        assertThat(above.unigramLoss()).isCloseTo(0.6914, within(5e-5));
    }

    @Test
    void optimalBiasZeroesTheBiasGradientEvenForLargeLogits() {
        for (double[] ew : new double[][] {{0.3, -2}, {2, 1}, {3, 3}, {5, -0.2}, {0.01, 0.01}}) {
            for (CanonicalTheory t : new CanonicalTheory[] {below, above}) {
                double b = t.optimalBias(ew[0], ew[1]);
                assertThat(t.gradient(ew[0], ew[1], b)[2]).as("∂L/∂b at b* for " + ew[0] + "," + ew[1])
                        .isCloseTo(0, within(1e-12));
            }
        }
    }

    @Test
    void gradientEqualsFiniteDifferencesOfTheLoss() {
        double h = 1e-6;
        for (double[] x : new double[][] {{0.7, -0.4, 0.2}, {1.3, 0.9, -1.1}, {0.05, -1.5, 0.4}}) {
            double[] g = below.gradient(x[0], x[1], x[2]);
            for (int i = 0; i < 3; i++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[i] += h;
                down[i] -= h;
                double fd = (below.loss(up[0], up[1], up[2]) - below.loss(down[0], down[1], down[2])) / (2 * h);
                assertThat(g[i]).isCloseTo(fd, within(1e-8));
            }
        }
    }

    @Test
    void criticalSetsFollowTheTable() {
        assertThat(CanonicalTheory.SADDLE_ENERGY).isCloseTo(-0.846574, within(1e-6));
        assertThat(CanonicalTheory.energy(0.4, CanonicalTheory.SADDLE_W))
                .isCloseTo(0.16 + CanonicalTheory.SADDLE_ENERGY, within(1e-12));
        assertThat(below.lineType(-1)).isEqualTo(CriticalType.LOCAL_MINIMUM);
        assertThat(below.lineType(0)).isEqualTo(CriticalType.LOCAL_MAXIMUM);
        assertThat(above.lineType(-1)).isEqualTo(CriticalType.LOCAL_MAXIMUM);
        assertThat(above.lineType(0)).isEqualTo(CriticalType.LOCAL_MINIMUM);
        // the gradient vanishes on e = 0 with b = b*
        assertThat(below.gradient(0, 0.5, below.optimalBias(0, 0.5))).containsExactly(new double[] {0, 0, 0},
                within(1e-12));
    }

    @Test
    void basinTestMatchesTheHeadlineStatements() {
        // small Gaussian init near the origin: global for p+q<1, local for p+q>1
        assertThat(below.basin(0.01, 0.01)).isEqualTo(Outcome.GLOBAL);
        assertThat(below.basin(0.01, -0.01)).isEqualTo(Outcome.GLOBAL);
        assertThat(above.basin(0.01, 0.01)).isEqualTo(Outcome.LOCAL);
        assertThat(above.basin(0.01, -0.01)).isEqualTo(Outcome.LOCAL);
        assertThat(above.basin(1.95, -0.01)).isEqualTo(Outcome.GLOBAL); // |e0| > 1.94 at w0 = −0.01
        assertThat(above.basin(1.90, -0.01)).isEqualTo(Outcome.LOCAL);
        assertThat(above.basin(0.5, -1.0)).isEqualTo(Outcome.GLOBAL); // the recommended init
        assertThat(below.basin(0.5, -2.0)).isEqualTo(Outcome.LOCAL);
        assertThat(new CanonicalTheory(0.5, 0.5).basin(1, 1)).isEqualTo(Outcome.DEGENERATE);
    }

    @Test
    void lossAndGradientTogetherAreTheSeparateFormsBitForBit() {
        double[] grad = new double[3];
        for (CanonicalTheory th : new CanonicalTheory[] {below, above, new CanonicalTheory(0.01, 0.97)}) {
            for (double e : new double[] {-2, -0.3, 0, 0.7, 1.5, 6}) {
                for (double w : new double[] {-2, -0.7, 0, 0.4, 3}) {
                    // b = e²/2 puts f0 exactly at 0, the branch point of σ and ln σ
                    for (double b : new double[] {-30, -1, 0, e * e / 2, 0.8, 40}) {
                        double loss = th.lossAndGradient(e, w, b, grad);
                        assertThat(loss).isEqualTo(th.loss(e, w, b));
                        assertThat(grad).containsExactly(th.gradient(e, w, b));
                    }
                }
            }
        }
    }
}
