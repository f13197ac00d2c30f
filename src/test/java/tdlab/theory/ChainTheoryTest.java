package tdlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.task.InitialDistribution;
import tdlab.task.MarkovChain;
import tdlab.task.TransitionMatrix;

/** Closed forms against values computed by hand (science.md §1.5 and below). */
class ChainTheoryTest {

    @Test
    void binaryChainBelowOne() {
        // p=0.2, q=0.3: π1 = 0.2/0.5 = 0.4; H(π) = h(0.4); rate = 0.6·h(0.2) + 0.4·h(0.3)
        ChainTheory t = ChainTheory.of(MarkovChain.binary(0.2, 0.3));
        assertThat(t.stationary()[1]).isCloseTo(0.4, within(1e-12));
        double h02 = -0.2 * Math.log(0.2) - 0.8 * Math.log(0.8);
        double h03 = -0.3 * Math.log(0.3) - 0.7 * Math.log(0.7);
        assertThat(t.entropyRate()).isCloseTo(0.6 * h02 + 0.4 * h03, within(1e-12)).isCloseTo(0.5446, within(5e-5));
        assertThat(t.unigramLoss()).isCloseTo(0.67301, within(1e-5));
        assertThat(t.uniformLoss()).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void binaryChainAboveOne() {
        ChainTheory t = ChainTheory.of(MarkovChain.binary(0.8, 0.9));
        assertThat(t.stationary()[1]).isCloseTo(0.8 / 1.7, within(1e-12));
        assertThat(t.entropyRate()).isCloseTo(0.4179, within(5e-5));
        assertThat(t.unigramLoss()).isCloseTo(0.6914, within(5e-5));
        ChainTheory fig4 = ChainTheory.of(MarkovChain.binary(0.5, 0.8));
        assertThat(fig4.entropyRate()).isCloseTo(0.6190, within(5e-5));
        assertThat(fig4.unigramLoss()).isCloseTo(0.6663, within(5e-5));
    }

    @Test
    void threeStateChain() {
        // π solves π0 = π1/2, π2 = π1/2: π = (1/4, 1/2, 1/4); only state 1 is uncertain (1 bit)
        MarkovChain chain = new MarkovChain(TransitionMatrix.of(new double[][] {
            {0.2, 0.8, 0}, {0.5, 0, 0.5}, {0, 0.8, 0.2}}), InitialDistribution.STATIONARY);
        ChainTheory t = ChainTheory.of(chain);
        // balance: π0 = 0.2π0 + 0.5π1 → π0 = 0.625π1; π2 = 0.625π1; π1 (1 + 1.25) = 1
        double pi1 = 1 / 2.25;
        assertThat(t.stationary()).containsExactly(new double[] {0.625 * pi1, pi1, 0.625 * pi1}, within(1e-12));
        double h28 = -0.2 * Math.log(0.2) - 0.8 * Math.log(0.8);
        assertThat(t.entropyRate()).isCloseTo(2 * 0.625 * pi1 * h28 + pi1 * Math.log(2), within(1e-12));
        double pi0 = 0.625 * pi1;
        assertThat(t.unigramLoss()).isCloseTo(-2 * pi0 * Math.log(pi0) - pi1 * Math.log(pi1), within(1e-12));
        assertThat(t.uniformLoss()).isCloseTo(Math.log(3), within(1e-15));
        assertThat(chain.warnings()).isEmpty();
    }

    @Test
    void symmetricMultiStateChainMatchesTheTable() {
        // entropy rate h(p) + p ln(V−1), unigram ln V
        ChainTheory t = ChainTheory.of(new MarkovChain(TransitionMatrix.symmetric(5, 0.1), InitialDistribution.STATIONARY));
        assertThat(t.entropyRate()).isCloseTo(0.4637, within(5e-5));
        assertThat(t.unigramLoss()).isCloseTo(Math.log(5), within(1e-12));
        ChainTheory t10 = ChainTheory.of(new MarkovChain(TransitionMatrix.symmetric(10, 0.95), InitialDistribution.STATIONARY));
        assertThat(t10.entropyRate()).isCloseTo(2.2859, within(5e-5));
    }

    @Test
    void periodicChainIsWarnedAboutAndKeepsItsUniqueStationaryLaw() {
        MarkovChain chain = new MarkovChain(TransitionMatrix.of(new double[][] {
            {0, 1, 0}, {0.5, 0, 0.5}, {0, 1, 0}}), InitialDistribution.STATIONARY);
        assertThat(chain.stationary()).containsExactly(new double[] {0.25, 0.5, 0.25}, within(1e-12));
        assertThat(chain.structure().periods().get(0)).isEqualTo(2);
        assertThat(chain.warnings()).singleElement().asString().contains("period 2");
        assertThat(ChainTheory.of(chain).entropyRate()).isCloseTo(0.5 * Math.log(2), within(1e-12));
    }

    @Test
    void reducibleChainWithTwoClosedClassesIsWarnedAbout() {
        MarkovChain chain = new MarkovChain(TransitionMatrix.of(new double[][] {
            {1, 0, 0}, {0, 1, 0}, {0.5, 0.5, 0}}), InitialDistribution.STATIONARY);
        assertThat(chain.structure().uniqueStationary()).isFalse();
        assertThat(chain.warnings()).singleElement().asString().contains("not unique");
        // from a uniform start the transient state 2 splits evenly between the two absorbing states
        assertThat(chain.stationary()).containsExactly(new double[] {0.5, 0.5, 0}, within(1e-12));
    }
}
