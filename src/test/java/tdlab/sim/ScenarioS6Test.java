package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tdlab.export.RunSummary;
import tdlab.family.Families;
import tdlab.family.Outcome;
import tdlab.family.StageMarks;
import tdlab.family.orders.OrdersKeys;
import tdlab.train.RunConfig;

/**
 * S6 (science.md §2.4 and "S6", [derived] oracles of our reconstruction): two-stage NGD on partial orders. S6a (one-hot)
 * and S6b (random embeddings in d = 24), 1300 full-batch steps each with a frame every step: a second or two.
 */
class ScenarioS6Test {
    private static final double ETA = 0.1;
    private static final int STAGE1 = 300;
    private static Runs.Result oneHot;
    private static Runs.Result random;

    @BeforeAll
    static void runBoth() {
        oneHot = Runs.run(Runs.preset("s6a-two-stage-one-hot"));
        random = Runs.run(Runs.preset("s6b-random-embeddings"));
    }

    @Test
    void stageOneGrowsWovByEtaTimesTAlongWovStarFromItsFirstStep() {
        for (Frame f : oneHot.frames()) {
            double norm = f.series().get(OrdersKeys.WOV_NORM);
            double expected = ETA * Math.min(f.step(), STAGE1); // frozen after stage 1
            if (f.step() == 0) {
                assertThat(norm).isZero();
                continue;
            }
            assertThat(Math.abs(norm - expected) / expected).as("step " + f.step()).isLessThan(1e-9);
            // one-hot: the first NGD step already points along W_ov* (science.md §2.4)
            assertThat(f.series().get(OrdersKeys.COS_GAP_WOV)).as("step " + f.step()).isLessThan(1e-12);
        }
        Map<String, Object> m = measures(oneHot, "s6a-two-stage-one-hot");
        // ln(1 + 11 e^{−30/√11}) = 0.0013 (science.md: 2.485 → 0.0013 in 300 steps)
        assertThat((Double) m.get("stage1_loss_final")).isLessThanOrEqualTo(0.01)
                .isCloseTo(Math.log(1 + 11 * Math.exp(-30 / Math.sqrt(11))), offset(1e-9));
        assertThat((Double) m.get("wov_norm_final")).isCloseTo(30, offset(30e-9));
        assertThat(oneHot.frames().get(1).trainLoss()).isCloseTo(Math.log(12), offset(1e-12));
    }

    @Test
    void stageTwoAlignsWkqWithItsMaxMarginDirection() {
        Map<String, Object> m = measures(oneHot, "s6a-two-stage-one-hot");
        assertThat((Double) m.get("cos_gap_wkq_final")).isLessThanOrEqualTo(0.03);
        assertThat((Double) m.get("cos_gap_wkq_slope")).isBetween(-1.2, -0.5);
        assertThat((Double) m.get("optimal_token_attention")).isGreaterThanOrEqualTo(0.99);
        assertThat((Double) m.get("train_accuracy")).isEqualTo(1.0);
        assertThat((Double) m.get("shift_accuracy")).isGreaterThanOrEqualTo(0.9);
        // W_kq is frozen at 0 through stage 1: attention uniform, its mean on the optimal token the mean 1/L
        assertThat(at(oneHot, STAGE1).series().get(OrdersKeys.WKQ_NORM)).isZero();
        // stage 2's loss ends on the floor stage 1 left (science.md: 1.48 → 0.0013)
        assertThat(oneHot.last().trainLoss()).isCloseTo((Double) m.get("stage1_loss_final"), offset(1e-4));
    }

    @Test
    void randomEmbeddingsAlignWovGradually() {
        double early = at(random, 1).series().get(OrdersKeys.COS_GAP_WOV);
        double mid = at(random, 30).series().get(OrdersKeys.COS_GAP_WOV);
        double end = at(random, STAGE1).series().get(OrdersKeys.COS_GAP_WOV);
        assertThat(early).isGreaterThan(1e-3); // not along W_ov* at the first step
        assertThat(mid).isLessThan(early);
        assertThat(end).isLessThan(mid);
        // the steps turn, so the norm stays below η·t
        assertThat(at(random, STAGE1).series().get(OrdersKeys.WOV_NORM)).isLessThan(ETA * STAGE1);
        Map<String, Object> m = measures(random, "s6b-random-embeddings");
        assertThat((Double) m.get("train_accuracy")).isEqualTo(1.0);
    }

    /** Beyond the presets: other drawn orders and collocations (data seed 3), the same two stages. */
    @Test
    void anotherDrawOfTheOrdersLearnsItsOwnMaxMarginDirection() {
        RunConfig cfg = Runs.preset("s6a-two-stage-one-hot").withTask(tdlab.task.orders.PartialOrdersTask.s6(3));
        Map<String, Object> m = measures(Runs.run(cfg), cfg);
        assertThat((Double) m.get("stage1_loss_final")).isLessThanOrEqualTo(0.01);
        assertThat((Double) m.get("cos_gap_wov_final")).isLessThan(1e-12); // one-hot: along W_ov* from step 1
        assertThat((Double) m.get("cos_gap_wkq_final")).isLessThanOrEqualTo(0.03);
        assertThat((Double) m.get("optimal_token_attention")).isGreaterThanOrEqualTo(0.99);
        assertThat((Double) m.get("train_accuracy")).isEqualTo(1.0);
        assertThat((Double) m.get("shift_accuracy")).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * S6c: random-DAG orders (p = 0.3, about half the pairs incomparable). Data seeds 0–5 of the preset all ended with
     * training and shift accuracy 1, 1 − cos(W_kq, W_kq*) 0.004–0.011 and slopes −0.72 … −1.14 (docs/scenarios.md):
     * the bars are S6a's, the slope's range widened to hold all six; seed 0 (the preset) and seed 3 are run here.
     */
    @Test
    void randomDagOrdersAreLearnedFromTheirRevealedPairs() {
        RunConfig preset = Runs.preset("s6c-random-dag");
        tdlab.task.orders.PartialOrdersTask task = (tdlab.task.orders.PartialOrdersTask) preset.task();
        assertThat(task.order()).isEqualTo(tdlab.task.orders.OrderKind.RANDOM_DAG);
        for (long seed : new long[] {0, 3}) {
            RunConfig cfg = preset.withTask(new tdlab.task.orders.PartialOrdersTask(task.vocab(), task.trainSentences(),
                    task.maxLength(), task.shiftSentences(), task.shiftMinLength(), task.shiftMaxLength(), task.order(),
                    task.edgeProbability(), seed));
            Map<String, Object> m = measures(Runs.run(cfg), cfg);
            assertThat((Double) m.get("stage1_loss_final")).as("seed " + seed).isLessThanOrEqualTo(0.01);
            assertThat((Double) m.get("cos_gap_wov_final")).as("seed " + seed).isLessThan(1e-12);
            assertThat((Double) m.get("cos_gap_wkq_final")).as("seed " + seed).isLessThanOrEqualTo(0.03);
            assertThat((Double) m.get("cos_gap_wkq_slope")).as("seed " + seed).isBetween(-1.3, -0.5);
            assertThat((Double) m.get("optimal_token_attention")).as("seed " + seed).isGreaterThanOrEqualTo(0.99);
            assertThat((Double) m.get("train_accuracy")).as("seed " + seed).isEqualTo(1.0);
            assertThat((Double) m.get("shift_accuracy")).as("seed " + seed).isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void aRunIsDeterministic() {
        RunConfig cfg = Runs.preset("s6a-two-stage-one-hot").withSteps(320);
        Runs.Result a = Runs.run(cfg);
        assertThat(a.last().series()).isEqualTo(at(oneHot, 320).series());
    }

    private static Frame at(Runs.Result r, long step) {
        return r.frames().stream().filter(f -> f.step() == step).findFirst().orElseThrow();
    }

    static Map<String, Object> measures(Runs.Result r, String preset) {
        return measures(r, Runs.preset(preset));
    }

    static Map<String, Object> measures(Runs.Result r, RunConfig cfg) {
        List<Outcome.Point> history = r.frames().stream().map(RunSummary::point).toList();
        Frame last = r.last();
        Outcome outcome = new Outcome(last.step(), last.valLoss(), last.trainLoss(), last.exactLoss(),
                last.conditional(), last.series(), history, last.learningRates(), StageMarks.starts(cfg.training()));
        Map<String, Object> m = Families.of(cfg.task()).measures(r.info().theory(), outcome);
        return m;
    }
}
