package tdlab.sim;

import tdlab.family.markov.Minimum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.theory.CanonicalTheory;

/** S1: the canonical (e, w, b) model trained by SGD on sampled batches (science.md "Simulator scenarios"). */
class ScenarioS1Test {

    @Test
    void s1aSmallGaussianInitReachesTheEntropyRateWhenPPlusQBelowOne() {
        Runs.Result r = Runs.run(Runs.preset("s1a-local-to-global-pq-below-one"));
        Frame last = r.last();
        assertThat(r.status()).isEqualTo(Simulation.Status.FINISHED);
        assertThat(last.step()).isEqualTo(1500);
        assertThat(last.exactLoss()).isCloseTo(0.5446, within(0.002));
        assertThat(Minimum.classify(last.valLoss(), r.chain())).isEqualTo(Minimum.GLOBAL);
        // it passes the unigram plateau first: near H(π) = 0.673 around step 100, e still small
        Frame plateau = r.frames().stream().filter(f -> f.step() == 100).findFirst().orElseThrow();
        assertThat(plateau.exactLoss()).isCloseTo(0.673, within(0.01));
        assertThat(plateau.reduced().e()).isBetween(0.02, 0.2);
        // and ends on the global-minimum curve e²(1+2w|w|) = c near (w≈0, e≈1.49)
        CanonicalTheory theory = new CanonicalTheory(0.2, 0.3);
        assertThat(Math.abs(last.reduced().e())).isCloseTo(theory.globalMinimumE(last.reduced().w()), within(0.02));
        assertThat(last.estimated(0, 1)).isCloseTo(0.2, within(0.01));
        assertThat(last.estimated(1, 0)).isCloseTo(0.3, within(0.01));
    }

    @Test
    void s1bSmallGaussianInitStaysOnTheUnigramLossWhenPPlusQAboveOne() {
        Runs.Result r = Runs.run(Runs.preset("s1b-local-to-global-pq-above-one"));
        Frame last = r.last();
        assertThat(last.exactLoss()).isCloseTo(0.6914, within(0.001));
        assertThat(Minimum.classify(last.valLoss(), r.chain())).isEqualTo(Minimum.LOCAL);
        assertThat(last.reduced().e()).isCloseTo(0, within(1e-3));
        assertThat(last.reduced().b()).isCloseTo(Math.log(0.8 / 0.9), within(0.02));
    }

    @Test
    void s1cRecommendedInitReachesTheEntropyRateWhenPPlusQAboveOne() {
        Runs.Result r = Runs.run(Runs.preset("s1c-local-to-global-recommended-init"));
        Frame last = r.last();
        assertThat(last.exactLoss()).isCloseTo(0.4179, within(0.002));
        assertThat(Minimum.classify(last.valLoss(), r.chain())).isEqualTo(Minimum.GLOBAL);
        assertThat(last.reduced().w()).isLessThan(CanonicalTheory.SADDLE_W);
    }
}
