package tdlab.family.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.family.TimeMark;
import tdlab.model.ParamGroup;
import tdlab.task.classes.SequenceClassesTask;

/** The loss chart's t0 line and log axis as Scan and Snap's theory gives them (science.md §4.4: t0 = 14.1/η_Y). */
class ScanSnapTimeMarkTest {
    private final ScanSnapTheory theory = new ScanSnapTheory(SequenceClassesTask.synSmall(),
            new BayesClassLoss(0, 0, 0), 0);

    private static double[] rates(double etaY, double etaZ) {
        double[] r = new double[ParamGroup.values().length];
        r[ParamGroup.HEAD.ordinal()] = etaY;
        r[ParamGroup.ATTENTION.ordinal()] = etaZ;
        return r;
    }

    @Test
    void t0FollowsTheDecodersRateOnly() {
        TimeMark one = theory.timeMarks(rates(1, 1)).get(0);
        assertThat(one.step()).isCloseTo(2 * 2 * Math.log(34), within(1e-12)).isCloseTo(14.1, within(0.01));
        assertThat(one.label()).isEqualTo("t0 = 2K ln M/η_Y = 14.1");
        assertThat(one.explanation()).contains("K = 2", "M = 34", "η_Y = 1");
        assertThat(theory.timeMarks(rates(10, 1)).get(0).step()).isCloseTo(1.41, within(0.01));
        assertThat(theory.timeMarks(rates(10, 1)).get(0).label()).isEqualTo("t0 = 2K ln M/η_Y = 1.41");
        assertThat(theory.timeMarks(rates(1, 5))).isEqualTo(theory.timeMarks(rates(1, 1)));
        assertThat(theory.timeMarks(rates(0, 1))).as("a frozen decoder never snaps").isEmpty();
        assertThat(theory.timeMarks(new double[0])).isEmpty();
    }

    @Test
    void theLossStartsOnALogAxis() {
        assertThat(theory.lossSpansDecades()).isTrue();
    }
}
