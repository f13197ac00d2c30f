package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.Families;
import tdlab.family.Outcome;
import tdlab.model.ode.Eq4Flow;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;

/**
 * S3a, the ODE of Eq. 4 (science.md §3.4) run by the lab's trainer: the whole 10⁵ Euler steps of the preset take
 * well under a second, so the test runs them all.
 */
class ScenarioS3aTest {
    private static final String PRESET = "s3a-ode-staircase";

    @Test
    void everyAttentionDistributionStaysOnTheSimplexAtEveryStep() {
        RunConfig cfg = Runs.preset(PRESET);
        Trainer trainer = new Trainer(cfg);
        Eq4Flow flow = (Eq4Flow) trainer.model();
        double worstSum = 0;
        double smallest = Double.POSITIVE_INFINITY;
        while (!trainer.finished()) {
            assertThat(trainer.step().diverged()).isNull();
            if (trainer.steps() % 10 == 0 || trainer.finished()) {
                double[] p = trainer.params();
                for (int k = 0; k < 3; k++) {
                    double sum = 0;
                    for (int t = 0; t < 40; t++) {
                        double m = flow.mass(p, k, t);
                        smallest = Math.min(smallest, m);
                        sum += m;
                    }
                    worstSum = Math.max(worstSum, Math.abs(sum - 1));
                }
            }
        }
        assertThat(trainer.steps()).isEqualTo(100_000);
        assertThat(worstSum).isLessThanOrEqualTo(1e-12);
        assertThat(smallest).isGreaterThanOrEqualTo(0);
    }

    /** Beyond the preset: another ratio and another seed rest on their own closed-form plateaus. */
    @Test
    void anotherRatioAndSeedRestOnTheirOwnPlateaus() throws Exception {
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("presets", PRESET + ".json"))
                .replace("\"ratio\": 1.7", "\"ratio\": 2.0").replace("\"seed\": 0", "\"seed\": 5");
        RunConfig cfg = tdlab.preset.PresetReader.parse(json, "m = 2").run();
        Runs.Result r = Runs.run(cfg);
        @SuppressWarnings("unchecked")
        List<Double> plateaus = (List<Double>) Families.of(cfg.task()).measures(r.info().theory(), outcome(r))
                .get("plateau_losses");
        // strengths m², m, 1 = 4, 2, 1: ½ Σ_{j>k} strength_j² = 10.5, 2.5, 0.5, then 0
        assertThat(plateaus.get(0)).isCloseTo(10.5, withPercentage(1));
        assertThat(plateaus.get(1)).isCloseTo(2.5, withPercentage(1));
        assertThat(plateaus.get(2)).isCloseTo(0.5, withPercentage(1));
        assertThat(plateaus.get(plateaus.size() - 1)).isLessThan(1e-3);
    }

    @Test
    void theLossRestsOnThePaperPlateausThenReachesZeroAndTheHeadsSplit() {
        RunConfig cfg = Runs.preset(PRESET);
        Runs.Result r = Runs.run(cfg);
        assertThat(r.frames()).hasSize(1001);
        Map<String, Object> m = measures(r);
        @SuppressWarnings("unchecked")
        List<Double> plateaus = (List<Double>) m.get("plateau_losses");
        assertThat(plateaus).hasSize(4);
        assertThat(plateaus.get(0)).isCloseTo(6.121, withPercentage(1));
        assertThat(plateaus.get(1)).isCloseTo(1.945, withPercentage(1));
        assertThat(plateaus.get(2)).isCloseTo(0.500, withPercentage(1));
        assertThat(plateaus.get(3)).isLessThan(1e-3);
        // the theory's lines are the same levels, in closed form
        assertThat(r.info().theory().uniformLoss()).isCloseTo(6.12105, offset(1e-12));
        assertThat(r.info().theory().reference("plateau_1")).isCloseTo(1.945, offset(1e-12));
        assertThat(r.info().theory().reference("plateau_2")).isCloseTo(0.5, offset(1e-12));
        assertThat(r.info().theory().reference("plateau_3")).isZero();
        // competitive phase (science.md: 0.50 on the strongest position at t = 5): all heads alike on block 3
        Map<String, Double> t5 = r.frames().get(10).series();
        for (int h = 1; h <= 3; h++) {
            assertThat(t5.get("mass_h" + h + "_b3")).isCloseTo(0.50, offset(0.03))
                    .isCloseTo(t5.get("mass_h1_b3"), offset(1e-3));
        }
        // cooperative end: one head on position 1 (block 2) at ≈ 0.77, one sharing positions 0 and 2 ≈ 0.5/0.48
        Map<String, Double> end = r.last().series();
        assertThat(end.get("excess_loss")).isEqualTo(r.last().valLoss()).isLessThan(1e-4);
        assertThat(List.of(end.get("mass_h1_b2"), end.get("mass_h2_b2"), end.get("mass_h3_b2")))
                .anySatisfy(x -> assertThat(x).isCloseTo(0.77, offset(0.05)));
        assertThat(List.of(end.get("mass_h1_b1"), end.get("mass_h2_b1"), end.get("mass_h3_b1")))
                .anySatisfy(x -> assertThat(x).isCloseTo(0.475, offset(0.05)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> switches = (List<Map<String, Object>>) m.get("switch_times");
        assertThat(switches).anySatisfy(s -> {
            assertThat(s.get("from")).isEqualTo(3);
            assertThat(s.get("to")).isEqualTo(2);
        });
        assertThat(m.get("final_loss")).isEqualTo(r.last().valLoss());
    }

    @Test
    void aRunIsDeterministicAndTheInitSeedDecidesTheNoise() {
        RunConfig cfg = Runs.preset(PRESET).withSteps(3000);
        Runs.Result a = Runs.run(cfg);
        Runs.Result b = Runs.run(cfg);
        Runs.Result other = Runs.run(cfg.withSeed(1));
        assertThat(a.frames()).hasSameSizeAs(b.frames());
        for (int i = 0; i < a.frames().size(); i++) {
            assertThat(a.frames().get(i).valLoss()).isEqualTo(b.frames().get(i).valLoss());
            assertThat(a.frames().get(i).series()).isEqualTo(b.frames().get(i).series());
        }
        assertThat(other.last().series()).isNotEqualTo(a.last().series());
    }

    private static Map<String, Object> measures(Runs.Result r) {
        return Families.of(Runs.preset(PRESET).task()).measures(r.info().theory(), outcome(r));
    }

    private static Outcome outcome(Runs.Result r) {
        List<Outcome.Point> history = r.frames().stream()
                .map(f -> new Outcome.Point(f.step(), f.valLoss(), f.series())).toList();
        Frame last = r.last();
        return new Outcome(last.step(), last.valLoss(), last.trainLoss(), last.exactLoss(), last.conditional(),
                last.series(), history);
    }
}
