package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tdlab.export.RunSummary;
import tdlab.family.Families;
import tdlab.family.Outcome;
import tdlab.model.ParamTensor;
import tdlab.model.yz.YzModel;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;

/**
 * S4a and S4b (science.md §4.6): the lab's Y/Z model on Syn-Small against the paper's own log
 * ({@code figure_4.log}) and the orderings the paper proves. Each run is 100 iterations of batch 128 × 128: well
 * under a second.
 */
class ScenarioS4Test {
    private static Runs.Result equalRates;
    private static Runs.Result fastDecoder;

    @BeforeAll
    static void runBoth() {
        equalRates = Runs.run(Runs.preset("s4a-scan-snap-equal-rates"));
        fastDecoder = Runs.run(Runs.preset("s4b-scan-snap-fast-decoder"));
    }

    @Test
    void theFirstIterationsFollowThePapersLog() {
        List<Double> loss = lossByIteration(equalRates);
        assertThat(loss.get(0)).isCloseTo(Math.log(34), offset(1e-12)); // zero init predicts every token alike
        assertThat(loss.get(0)).isCloseTo(3.5264, offset(5e-5));
        // figure_4.log, η_Y = η_Z = 1: 2.368, 0.733, 0.161 (within 5%), 0.044, 0.013 (within 25%)
        assertThat(loss.get(2)).isCloseTo(2.368, withPercentage(5));
        assertThat(loss.get(4)).isCloseTo(0.733, withPercentage(5));
        assertThat(loss.get(6)).isCloseTo(0.161, withPercentage(5));
        assertThat(loss.get(8)).isCloseTo(0.044, withPercentage(25));
        assertThat(loss.get(10)).isCloseTo(0.013, withPercentage(25));
        assertThat(loss).hasSize(100).doesNotContainNull();
    }

    @Test
    void aTenTimesFasterDecoderCollapsesTheLossByIterationTwo() {
        assertThat(lossByIteration(fastDecoder).get(2)).isCloseTo(0.053, withPercentage(25));
    }

    @Test
    void aFasterDecoderFreezesADenserAttention() {
        Map<String, Object> slow = measures(equalRates);
        Map<String, Object> fast = measures(fastDecoder);
        assertThat((Double) fast.get("dt_entropy_final")).isGreaterThan((Double) slow.get("dt_entropy_final"));
        assertThat((Double) fast.get("top_dt_mass_final")).isLessThan((Double) slow.get("top_dt_mass_final"));
        // both below the start: zero init gives the renormalised linspace(0.1, 1) its entropy 2.1513
        assertThat((Double) slow.get("dt_entropy_final")).isLessThan(2.1513);
        assertThat((Double) fast.get("dt_entropy_final")).isLessThan(2.1513);
        assertThat((Double) fast.get("t0")).isCloseTo((Double) slow.get("t0") / 10, offset(1e-12));
        assertThat((Double) slow.get("t0")).isCloseTo(2 * 2 * Math.log(34), offset(1e-12));
    }

    @Test
    void attentionScansCommonTokensDownAndTheLikeliestDistinctTokenUp() {
        Map<String, Double> start = equalRates.frames().get(0).series();
        Map<String, Double> end = equalRates.last().series();
        // zero init: c_n is P(l|n) itself, 1/15.5 on each CT and on the likeliest DT, 0.1/15.5 on the rarest
        assertThat(start.get("ct_mass")).isCloseTo(10 / 15.5, offset(1e-12));
        assertThat(start.get("top_dt_mass")).isCloseTo(1 / 15.5, offset(1e-12));
        assertThat(start.get("low_dt_mass")).isCloseTo(0.1 / 15.5, offset(1e-12));
        assertThat(start.get("dt_entropy")).isCloseTo(2.1513, offset(5e-5));
        // Theorem 2 and §4.6: CTs fade (≈ 0.035 each), the top DT grows to ≈ 0.18, the rarest DT falls
        assertThat(end.get("ct_mass")).isBetween(0.30, 0.45);
        assertThat(end.get("top_dt_mass")).isCloseTo(0.178, withPercentage(15));
        assertThat(end.get("low_dt_mass")).isLessThan(0.1 / 15.5);
        assertThat(measures(equalRates).get("dt_ranking_follows_probability")).isEqualTo(true);
    }

    @Test
    void rowsOfYAndZKeepSumZeroFromZeroInit() {
        RunConfig cfg = Runs.preset("s4a-scan-snap-equal-rates").withSteps(30);
        Trainer trainer = new Trainer(cfg);
        while (!trainer.finished()) {
            trainer.step();
        }
        double[] p = trainer.params();
        int m = 34;
        ParamTensor k1 = trainer.model().layout().get(YzModel.DECODER);
        ParamTensor z = trainer.model().layout().get(YzModel.ATTENTION);
        double worst = 0;
        double largest = 0;
        for (int i = 0; i < m; i++) {
            double ySum = 0; // row i of Y = column i of K1
            double zSum = 0;
            for (int j = 0; j < m; j++) {
                ySum += p[k1.offset() + j * m + i];
                zSum += p[z.offset() + i * m + j];
                largest = Math.max(largest, Math.abs(p[z.offset() + i * m + j]));
            }
            worst = Math.max(worst, Math.max(Math.abs(ySum), Math.abs(zSum)));
        }
        assertThat(largest).isGreaterThan(0.1); // Z did move
        assertThat(worst).isLessThan(1e-9);
    }

    /**
     * Beyond the presets: three queries with six distinct tokens each, weights linspace(0.2, 1), another seed. The
     * start is ln M, and the orderings of §4.4 hold on this data too: common tokens fade, the likeliest distinct token
     * grows, the rarest fades, and the distinct tokens end ranked as by P(l | n).
     */
    @Test
    void anotherLayoutAndSeedScanAndSnapTheSameWay() {
        tdlab.task.classes.SequenceClassesTask task = new tdlab.task.classes.SequenceClassesTask(3, 1, 8, 0, 6, 1.0,
                0.2, 1.0);
        RunConfig base = Runs.preset("s4a-scan-snap-equal-rates");
        RunConfig cfg = new RunConfig(base.name(), task, new tdlab.model.yz.YzConfig(task.vocab(), 1), base.backend(),
                base.init(), base.training(), 7, base.probeLength());
        Runs.Result r = Runs.run(cfg);
        List<Outcome.Point> history = r.frames().stream().map(RunSummary::point).toList();
        Frame last = r.last();
        Map<String, Object> m = Families.of(task).measures(r.info().theory(), new Outcome(last.step(),
                last.valLoss(), last.trainLoss(), last.exactLoss(), last.conditional(), last.series(), history,
                last.learningRates()));
        @SuppressWarnings("unchecked")
        List<Double> loss = (List<Double>) m.get("loss_by_iteration");
        assertThat(loss.get(0)).isCloseTo(Math.log(task.vocab()), offset(1e-12));
        assertThat(loss.get(99)).isLessThan(0.01);
        Map<String, Double> start = r.frames().get(0).series();
        assertThat((Double) m.get("ct_mass_final")).isLessThan(start.get("ct_mass"));
        assertThat((Double) m.get("top_dt_mass_final")).isGreaterThan(start.get("top_dt_mass"));
        assertThat((Double) m.get("low_dt_mass_final")).isLessThan(start.get("low_dt_mass"));
        assertThat((Double) m.get("dt_entropy_final")).isLessThan(start.get("dt_entropy"));
        assertThat(m.get("dt_ranking_follows_probability")).isEqualTo(true);
    }

    @Test
    void aRunIsDeterministic() {
        RunConfig cfg = Runs.preset("s4a-scan-snap-equal-rates").withSteps(12);
        Runs.Result a = Runs.run(cfg);
        Runs.Result b = Runs.run(cfg);
        Runs.Result other = Runs.run(cfg.withSeed(3));
        for (int i = 0; i < a.frames().size(); i++) {
            assertThat(Double.compare(a.frames().get(i).trainLoss(), b.frames().get(i).trainLoss())).isZero();
            assertThat(a.frames().get(i).series()).isEqualTo(b.frames().get(i).series());
        }
        assertThat(other.last().series()).isNotEqualTo(a.last().series());
    }

    @SuppressWarnings("unchecked")
    private static List<Double> lossByIteration(Runs.Result r) {
        return (List<Double>) measures(r).get("loss_by_iteration");
    }

    private static Map<String, Object> measures(Runs.Result r) {
        List<Outcome.Point> history = r.frames().stream().map(RunSummary::point).toList();
        Frame last = r.last();
        Outcome outcome = new Outcome(last.step(), last.valLoss(), last.trainLoss(), last.exactLoss(),
                last.conditional(), last.series(), history, last.learningRates());
        return Families.of(Runs.preset("s4a-scan-snap-equal-rates").task()).measures(r.info().theory(), outcome); // S4a and S4b share their data
    }
}
