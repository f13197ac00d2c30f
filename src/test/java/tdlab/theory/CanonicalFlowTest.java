package tdlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.theory.CanonicalTheory.Outcome;

/** Simulated gradient flow against the analytic basin test and the conserved energy. */
class CanonicalFlowTest {

    @Test
    void analyticBasinTestAgreesWithSimulatedGradientFlowOnAGrid() {
        for (double[] pq : new double[][] {{0.2, 0.3}, {0.8, 0.9}, {0.1, 0.1}, {0.9, 0.9}}) {
            CanonicalTheory theory = new CanonicalTheory(pq[0], pq[1]);
            CanonicalFlow flow = new CanonicalFlow(theory, 1e-9);
            int checked = 0;
            for (double e0 = -2.4; e0 <= 2.41; e0 += 0.4) {
                for (double w0 = -2.45; w0 <= 2.46; w0 += 0.35) {
                    boolean nearSeparatrix = Math.abs(CanonicalTheory.energy(e0, w0) - CanonicalTheory.SADDLE_ENERGY) < 0.15
                            || Math.abs(w0 - CanonicalTheory.SADDLE_W) < 0.1 || Math.abs(w0) < 0.05 || Math.abs(e0) < 0.05;
                    if (nearSeparatrix) {
                        continue;
                    }
                    double[] end = flow.integrate(e0, w0, 1e6, x -> settled(theory, x));
                    double loss = theory.lossAtOptimalBias(end[0], end[1]);
                    Outcome simulated = Math.abs(loss - theory.entropyRate()) < 1e-3 ? Outcome.GLOBAL
                            : Math.abs(end[0]) < 1e-2 && Math.abs(loss - theory.unigramLoss()) < 1e-3 ? Outcome.LOCAL
                            : null;
                    assertThat(simulated).as("p=%s q=%s from (e0, w0) = (%.2f, %.2f): ended at %s, loss %.5f",
                            pq[0], pq[1], e0, w0, java.util.Arrays.toString(end), loss)
                            .isEqualTo(theory.basin(e0, w0));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    /** At a landmark loss: the entropy rate, or the unigram loss on the line e = 0. */
    private static boolean settled(CanonicalTheory theory, double[] x) {
        double loss = theory.lossAtOptimalBias(x[0], x[1]);
        return Math.abs(loss - theory.entropyRate()) < 1e-6
                || Math.abs(x[0]) < 1e-3 && Math.abs(loss - theory.unigramLoss()) < 1e-6;
    }

    @Test
    void energyIsConservedWhenTheBiasIsHeldAtItsOptimum() {
        CanonicalTheory theory = new CanonicalTheory(0.2, 0.3);
        CanonicalFlow flow = new CanonicalFlow(theory, 1e-11);
        for (double[] start : new double[][] {{0.3, 0.5}, {1.2, -1.5}, {0.8, -0.4}, {2.0, 1.2}}) {
            double before = CanonicalTheory.energy(start[0], start[1]);
            double[] end = flow.integrate(start[0], start[1], 300, x -> false);
            assertThat(Math.hypot(end[0] - start[0], end[1] - start[1])).as("it moved").isGreaterThan(0.05);
            assertThat(CanonicalTheory.energy(end[0], end[1])).isCloseTo(before, within(1e-6));
        }
        // and the discrete check of science.md: Euler steps of lr 0.05 drift less than 0.04 over 20k steps
        double e = 0.3;
        double w = 0.5;
        double before = CanonicalTheory.energy(e, w);
        for (int i = 0; i < 20_000; i++) {
            double[] v = flow.velocity(e, w);
            e += 0.05 * v[0];
            w += 0.05 * v[1];
        }
        assertThat(CanonicalTheory.energy(e, w)).isCloseTo(before, within(0.04));
    }
}
