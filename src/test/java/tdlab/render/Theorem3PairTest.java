package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import tdlab.sim.Runs;
import tdlab.train.RunConfig;

/** Theorem 3 for a chosen pair of class 1's distinct tokens, from the frames' parameters. */
class Theorem3PairTest {

    @Test
    void theLikeliestAndRarestFromParametersEqualTheSeriesAndAnotherPairDiffers() {
        RunConfig run = Runs.preset("s4a-scan-snap-equal-rates").withSteps(12);
        Runs.Result r = Runs.run(run);
        ClassScores scores = ClassScores.of(run, 0).orElseThrow();
        int last = r.frames().size() - 1;
        Theorem3Series fromSeries = Theorem3Series.of(r.frames(), last);
        // class 1's tokens: 10 CTs, then its DTs 10..19 by increasing P: place 19 is the likeliest, 10 the rarest
        Theorem3Series chosen = Theorem3Pair.of(scores, 10, 19).series(r.frames(), last); // given rarest first
        for (int i = 0; i <= last; i++) {
            assertThat(chosen.ratio()[i]).isCloseTo(fromSeries.ratio()[i], offset(1e-9));
            assertThat(chosen.prediction()[i]).isCloseTo(fromSeries.prediction()[i], offset(1e-9));
        }
        Theorem3Series middle = Theorem3Pair.of(scores, 15, 17).series(r.frames(), last);
        assertThat(middle.ratio()[0]).isEqualTo(1.0); // normalised by its own r(0) > 0
        assertThat(middle.ratio()[last]).isNotCloseTo(fromSeries.ratio()[last], offset(1e-3));
        assertThat(Theorem3Pair.of(scores, 15, 17).l()).isEqualTo(17); // the likelier token comes first
    }
}
