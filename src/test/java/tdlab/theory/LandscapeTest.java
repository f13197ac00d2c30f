package tdlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LandscapeTest {

    @Test
    void gridHoldsTheLossAtOptimalBiasTheEnergyAndTheFlowField() {
        CanonicalTheory th = new CanonicalTheory(0.8, 0.9);
        Landscape l = Landscape.compute(th, new Landscape.Viewport(-2, 2, -1.5, 1.5), 41);
        double h = 1e-6;
        for (int j = 1; j < 41; j += 7) {
            for (int i = 1; i < 41; i += 6) {
                double w = l.view().w(i, 41);
                double e = l.view().e(j, 41);
                assertThat(l.loss()[j][i]).isCloseTo(th.lossAtOptimalBias(e, w), within(1e-14));
                if (w != 0) {
                    assertThat(l.energy()[j][i]).isCloseTo(CanonicalTheory.energy(e, w), within(1e-14));
                }
                // the field is −∇ of the landscape's height L(e, w, b*(e, w)) (envelope theorem)
                double dLdw = (th.lossAtOptimalBias(e, w + h) - th.lossAtOptimalBias(e, w - h)) / (2 * h);
                double dLde = (th.lossAtOptimalBias(e + h, w) - th.lossAtOptimalBias(e - h, w)) / (2 * h);
                assertThat(l.gradW()[j][i]).isCloseTo(-dLdw, within(1e-7));
                assertThat(l.gradE()[j][i]).isCloseTo(-dLde, within(1e-7));
            }
        }
        assertThat(l.minLoss()).isGreaterThanOrEqualTo(th.entropyRate() - 1e-12);
    }

    @Test
    void theColourScaleStatisticsAreTheMinimumAndThe90thPercentileOfTheHeights() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            double[] a = new double[1 + r.nextInt(300)];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextInt(20) / 4.0; // many ties
            }
            double[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            int k = r.nextInt(a.length);
            assertThat(Landscape.select(a.clone(), k)).isEqualTo(sorted[k]);
        }
        Landscape l = Landscape.compute(new CanonicalTheory(0.2, 0.3), Landscape.Viewport.DEFAULT, 60);
        double[] all = java.util.Arrays.stream(l.loss()).flatMapToDouble(java.util.Arrays::stream).sorted().toArray();
        assertThat(l.minLoss()).isEqualTo(all[0]);
        assertThat(l.p90Loss()).isEqualTo(all[(int) (0.9 * (all.length - 1))]);
    }

    @Test
    void flowPathStartsAtTheStartAndEndsOnTheGlobalMinimumCurve() {
        CanonicalTheory th = new CanonicalTheory(0.8, 0.9);
        var path = new CanonicalFlow(th, 1e-9).path(0.5, -1.0, 1e4, 1e-9, 100_000);
        assertThat(path.get(0)).containsExactly(0.5, -1.0);
        double[] end = path.get(path.size() - 1);
        assertThat(th.lossAtOptimalBias(end[0], end[1])).isCloseTo(th.entropyRate(), within(1e-6));
        // science.md S1c: gradient flow with b = b* ends near (w, e) = (−1.48, 1.03)
        assertThat(end[1]).isCloseTo(-1.48, within(0.02));
        assertThat(end[0]).isCloseTo(1.03, within(0.02));
    }
}
