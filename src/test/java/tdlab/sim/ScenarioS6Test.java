package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tdlab.export.RunSummary;
import tdlab.family.Families;
import tdlab.family.Outcome;
import tdlab.family.StageMarks;

/** S6 (science.md §2.4, S6): two-stage NGD on partial orders, the lab's reconstruction against the derived oracles. */
class ScenarioS6Test {
    private static Runs.Result oneHot;

    @BeforeAll
    static void run() {
        oneHot = Runs.run(Runs.preset("s6a-two-stage-one-hot"));
    }

    @Test
    void printNumbers() {
        Map<String, Object> m = measures(oneHot);
        System.out.println(m);
        for (Frame f : oneHot.frames()) {
            long s = f.step();
            if (s == 1 || s == 10 || s == 100 || s == 300 || s == 310 || s == 400 || s == 600 || s == 1300) {
                System.out.println(s + " train " + f.trainLoss() + " val " + f.valLoss() + " " + f.series());
            }
        }
    }

    static Map<String, Object> measures(Runs.Result r) {
        List<Outcome.Point> history = r.frames().stream().map(RunSummary::point).toList();
        Frame last = r.last();
        Outcome outcome = new Outcome(last.step(), last.valLoss(), last.trainLoss(), last.exactLoss(),
                last.conditional(), last.series(), history, last.learningRates(),
                StageMarks.starts(Runs.preset("s6a-two-stage-one-hot").training()));
        return Families.of(Runs.preset("s6a-two-stage-one-hot").task()).measures(r.info().theory(), outcome);
    }
}
