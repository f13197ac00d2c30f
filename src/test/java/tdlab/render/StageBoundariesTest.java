package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.render.StageBoundaries.Boundary;

/** Stage boundaries from hand-made span masses: mass[head][block][frame], blocks oldest = 0 … newest = 2. */
class StageBoundariesTest {
    private static final long[] STEPS = {0, 10, 20, 30, 40, 50, 60};

    @Test
    void aHeadLeavingTheNewestBlockIsOneBoundaryAtTheCrossingAndTheUniformStartIsNone() {
        double[][][] mass = {
            // head 1: equal at the start (no leader), then the newest block, then block 2 overtakes at step 40
            {{0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1},
             {0.2, 0.2, 0.3, 0.4, 0.45, 0.6, 0.7},
             {0.2, 0.5, 0.5, 0.45, 0.44, 0.2, 0.1}},
            // head 2: stays on the newest block throughout
            {{0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1},
             {0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2},
             {0.2, 0.5, 0.6, 0.6, 0.6, 0.6, 0.6}}};
        List<Boundary> b = StageBoundaries.of(SpanHistory.of(STEPS, mass));
        // block 2 first leads at step 40 (0.45 > 0.44) but by less than the margin; confirmed at 50, placed at 40
        assertThat(b).containsExactly(new Boundary(40, 0, 3, 2));
        assertThat(b.get(0).label()).isEqualTo("head 1: 3→2");
    }

    @Test
    void aWobbleSmallerThanTheMarginAroundACrossingIsNotABoundary() {
        double w = StageBoundaries.MARGIN / 2;
        double[][][] mass = {{
            {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1},
            {0.1, 0.3, 0.4 + w, 0.4, 0.4 + w, 0.4, 0.4 + w},
            {0.1, 0.5, 0.4, 0.4 + w, 0.4, 0.4 + w, 0.4}}};
        assertThat(StageBoundaries.of(SpanHistory.of(STEPS, mass))).isEmpty();
    }

    @Test
    void everyLaterChangeCountsAndBoundariesComeInStepOrderAcrossHeads() {
        double[][][] mass = {
            // head 1: newest, then block 1 from step 60
            {{0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.8},
             {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1},
             {0.1, 0.6, 0.6, 0.6, 0.6, 0.5, 0.1}},
            // head 2: newest, block 2 from step 20, block 1 from step 40
            {{0.1, 0.1, 0.1, 0.1, 0.7, 0.7, 0.7},
             {0.1, 0.1, 0.6, 0.6, 0.2, 0.2, 0.2},
             {0.1, 0.6, 0.2, 0.2, 0.1, 0.1, 0.1}}};
        assertThat(StageBoundaries.of(SpanHistory.of(STEPS, mass))).containsExactly(new Boundary(20, 1, 3, 2),
                new Boundary(40, 1, 2, 1), new Boundary(60, 0, 3, 1));
    }

    @Test
    void noHeadsOrNoFramesGiveNoBoundaries() {
        assertThat(StageBoundaries.of(SpanHistory.of(new long[0], new double[0][][]))).isEmpty();
        assertThat(StageBoundaries.of(SpanHistory.of(new long[0], new double[][][] {{{}, {}, {}}}))).isEmpty();
    }
}
