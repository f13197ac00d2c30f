package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.classes.ScanSnapKeys;
import tdlab.sim.Frame;

/** Theorem 3's two sides normalised by the first frame, against numbers worked out by hand. */
class Theorem3SeriesTest {

    private static Frame frame(long step, double r, double z) {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put(ScanSnapKeys.THM3_RATIO, r);
        s.put(ScanSnapKeys.THM3_LOGIT, z);
        return new Frame(step, 0, 0, new double[][] {{1}}, 0, new double[6], 0, new double[6], Map.of(), null,
                new int[0], new double[0][][], new double[0][], 0, null, s, null);
    }

    @Test
    void theRatioIsDividedByItsFirstValueAndThePredictionIsExpOfTwiceTheLogitsGrowth() {
        // r(0) = (P_top/P_low)² − 1 = 10² − 1 = 99 at zero init; z(0) = 0.1 (a random init)
        List<Frame> frames = List.of(frame(0, 99, 0.1), frame(2, 198, 0.6), frame(4, 49.5, 0.1 + Math.log(3) / 2),
                frame(6, 297, 0.1 - Math.log(2)));
        Theorem3Series t = Theorem3Series.of(frames, frames.size() - 1);
        assertThat(t.steps()).containsExactly(0, 2, 4, 6);
        assertThat(t.ratio()[0]).isEqualTo(1.0);
        assertThat(t.ratio()[1]).isCloseTo(2.0, within(1e-12));
        assertThat(t.ratio()[2]).isCloseTo(0.5, within(1e-12));
        assertThat(t.ratio()[3]).isCloseTo(3.0, within(1e-12));
        assertThat(t.prediction()[0]).isEqualTo(1.0);
        assertThat(t.prediction()[1]).isCloseTo(Math.E, within(1e-12)); // e^{2·0.5}
        assertThat(t.prediction()[2]).isCloseTo(3.0, within(1e-12)); // e^{2·ln 3/2}
        assertThat(t.prediction()[3]).isCloseTo(0.25, within(1e-12)); // e^{−2 ln 2}
    }

    @Test
    void onlyTheFramesUpToTheGivenIndexAndTheFirstOfThemIsTheReference() {
        List<Frame> frames = List.of(frame(0, 99, 0), frame(1, 198, 0.5), frame(2, 396, 1));
        Theorem3Series t = Theorem3Series.of(frames, 1);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.ratio()).containsExactly(1.0, 2.0);
        // a timeline that dropped frame 0 normalises by its first recorded frame
        Theorem3Series later = Theorem3Series.of(frames.subList(1, 3), 1);
        assertThat(later.ratio()).containsExactly(1.0, 2.0);
        assertThat(later.prediction()[1]).isCloseTo(Math.E, within(1e-12));
    }

    @Test
    void noRatioWithoutAPositiveFirstValue() {
        // equal probabilities: r(0) = 1² − 1 = 0, nothing to divide by; the prediction still stands
        Theorem3Series equal = Theorem3Series.of(List.of(frame(0, 0, 0), frame(1, 0.5, 0.5)), 1);
        assertThat(equal.ratio()[0]).isNaN();
        assertThat(equal.ratio()[1]).isNaN();
        assertThat(equal.prediction()[1]).isCloseTo(Math.E, within(1e-12));
        Theorem3Series missing = Theorem3Series.of(List.of(frame(0, Double.NaN, Double.NaN)), 0);
        assertThat(missing.ratio()[0]).isNaN();
        assertThat(missing.prediction()[0]).isNaN();
        assertThat(Theorem3Series.of(List.of(), 5).size()).isZero();
    }
}
