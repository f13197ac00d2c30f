package tdlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plane's grid shrinks with the cost of one loss evaluation, to about 1.5 s a picture, odd and within bounds. */
class PlaneResolutionTest {

    @Test
    void aCheapLossGetsTheDefaultGridAndASlowOneFewerNodesWithinTheBudget() {
        assertThat(PlaneResolution.forCost(1e-4)).isEqualTo(LossPlane.DEFAULT_POINTS); // 41² × 0.1 ms = 0.17 s
        int n = PlaneResolution.forCost(3.4e-3); // sixteen heads on 32 sequences
        assertThat(n).isEqualTo(21).isOdd();
        assertThat(n * n * 3.4e-3).isLessThanOrEqualTo(PlaneResolution.BUDGET_SECONDS);
        assertThat(PlaneResolution.forCost(1.6e-3)).isEqualTo(29); // √(1.5/0.0016) = 30.6 → 30 → odd 29
        assertThat(PlaneResolution.forCost(1.0)).isEqualTo(PlaneResolution.MIN_POINTS); // never a useless grid
        assertThat(PlaneResolution.forCost(0)).isEqualTo(LossPlane.DEFAULT_POINTS);
    }

    @Test
    void theTimedChoiceEvaluatesTheCentreAndLeavesItUnchanged() {
        double[] centre = {1, 2, 3};
        int[] calls = {0};
        int n = PlaneResolution.points(p -> {
            calls[0]++;
            assertThat(p).containsExactly(1, 2, 3);
            p[0] = 99; // a loss may scribble on its scratch vector
            return 0;
        }, centre);
        assertThat(calls[0]).isEqualTo(4);
        assertThat(centre).containsExactly(1, 2, 3);
        assertThat(n).isOdd().isBetween(PlaneResolution.MIN_POINTS, LossPlane.DEFAULT_POINTS);
    }
}
