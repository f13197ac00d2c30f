package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.highorder.HighOrderTheory;
import tdlab.task.ConfigException;
import tdlab.train.RunConfig;
import tdlab.train.TrainingConfig;

/**
 * S3b, the minimal transformer on the high-order chain (science.md §3.6): the competitive phase over its first 120
 * steps, in which every head attends to the newest lag alike and the excess loss falls, and the end state of the
 * whole preset (800 steps, ≈ 6 s since the one-hot fast path).
 */
class ScenarioS3Test {

    @Test
    void s3bStartsInTheCompetitivePhaseWithAFallingExcessLoss() {
        RunConfig cfg = Runs.preset("s3b-minimal-transformer");
        TrainingConfig t = cfg.training();
        Runs.Result r = Runs.run(cfg.withTraining(new TrainingConfig(120, t.batchSize(), t.sequenceLength(),
                t.optimizer(), t.groups(), t.schedule(), t.clipNorm(), t.stages(), 40, 128)));
        List<Frame> frames = r.frames();
        assertThat(frames).extracting(Frame::step).containsExactly(0L, 40L, 80L, 120L);
        HighOrderTheory theory = (HighOrderTheory) r.info().theory();
        double previous = Double.POSITIVE_INFINITY;
        for (Frame f : frames) {
            double excess = f.series().get("excess_loss");
            assertThat(excess).as("excess at step " + f.step()).isLessThan(previous);
            // the series' excess is measured against the same set's teacher loss
            assertThat(excess).isCloseTo(f.valLoss() - theory.validationTeacherLoss(),
                    org.assertj.core.data.Offset.offset(1e-9));
            previous = excess;
        }
        assertThat(frames.get(0).series().get("excess_loss")).isGreaterThan(2);
        assertThat(previous).isBetween(0.2, 0.6); // science.md §3.6: 0.19 at step 100 in its run, still on the plateau
        Map<String, Double> end = frames.get(3).series();
        for (int h = 1; h <= 3; h++) {
            double newest = end.get("mass_h" + h + "_b3");
            assertThat(newest).as("head %d on the newest lag", h).isGreaterThan(end.get("mass_h" + h + "_b2"))
                    .isGreaterThan(end.get("mass_h" + h + "_b1")).isBetween(0.4, 0.7);
            // competitive: the heads are still alike
            assertThat(newest).isCloseTo(end.get("mass_h1_b3"), org.assertj.core.data.Offset.offset(0.05));
        }
        // the one-block teacher is the closest of the ladder's misspecified rungs now, the KL to it near its low
        assertThat(end.get("kl_1")).isLessThan(frames.get(0).series().get("kl_1"));
    }

    /**
     * The end state: three distinct top blocks, each holding at least 0.45 of its head's mass, an excess loss
     * of at most 0.04, and KL₁ ending at least 0.3 above its minimum. Which head takes which block, and how cleanly,
     * depends on how the small random queries break the heads' symmetry: over seeds 1–4 of this preset the heads end
     * on three distinct blocks in three, and the preset's seed is one of them (docs/scenarios.md lists all four).
     */
    @Test
    void s3bEndsWithOneBlockPerHeadAndTheOneBlockTeacherLeftBehind() {
        RunConfig cfg = Runs.preset("s3b-minimal-transformer");
        Runs.Result r = Runs.run(cfg);
        Map<String, Object> m = tdlab.family.Families.of(cfg.task()).measures(r.info().theory(),
                new tdlab.family.Outcome(r.last().step(), r.last().valLoss(), r.last().trainLoss(), Double.NaN,
                        r.last().conditional(), r.last().series(),
                        r.frames().stream().map(tdlab.export.RunSummary::point).toList()));
        assertThat(r.last().step()).isEqualTo(800);
        @SuppressWarnings("unchecked")
        List<Integer> blocks = (List<Integer>) m.get("head_top_block");
        @SuppressWarnings("unchecked")
        List<Double> masses = (List<Double>) m.get("head_top_mass");
        assertThat(blocks).doesNotHaveDuplicates().containsExactlyInAnyOrder(1, 2, 3);
        assertThat(masses).allSatisfy(mass -> assertThat(mass).isGreaterThanOrEqualTo(0.45));
        assertThat((Double) m.get("excess_loss")).isLessThanOrEqualTo(0.04);
        @SuppressWarnings("unchecked")
        List<Double> ladder = (List<Double>) m.get("kl_ladder_final");
        assertThat(ladder.get(0) - (Double) m.get("kl1_min")).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void aFiniteSetRunIsDeterministicAndContinuesExactlyFromACheckpoint() {
        RunConfig cfg = Runs.preset("s3c-early-stopping").withSteps(6);
        tdlab.train.Trainer a = new tdlab.train.Trainer(cfg);
        tdlab.train.Trainer b = new tdlab.train.Trainer(cfg);
        // Equal to the last bits, not bit for bit: the Vector API's EXP (TiledAttention) is SVML code once C2 has
        // compiled a kernel and per-lane Java before, so the same step can differ in its last bit depending on
        // the JIT's progress (seen in a full test run; alone both trainers agreed bit for bit).
        org.assertj.core.data.Offset<Double> lastBits = org.assertj.core.data.Offset.offset(1e-12);
        double[] lossA = new double[6];
        for (int i = 0; i < 6; i++) {
            lossA[i] = a.step().trainLoss();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(b.step().trainLoss()).isCloseTo(lossA[i], lastBits);
        }
        tdlab.train.Checkpoint at3 = b.checkpoint();
        for (int i = 3; i < 6; i++) {
            assertThat(b.step().trainLoss()).isCloseTo(lossA[i], lastBits);
        }
        b.restore(at3, false);
        for (int i = 3; i < 6; i++) {
            assertThat(b.step().trainLoss()).isCloseTo(lossA[i], lastBits);
        }
        assertThat(b.params()).containsExactly(a.params(), lastBits);
        assertThat(a.validate().loss()).isCloseTo(b.validate().loss(), lastBits);
    }

    @Test
    void theModelMustCountTheLossFromTheFirstGeneratedToken() {
        RunConfig cfg = Runs.preset("s3b-minimal-transformer");
        var m = (tdlab.model.TransformerConfig) cfg.model();
        var shifted = new tdlab.model.TransformerConfig(m.vocab(), m.maxLength(), m.embedding(), m.embeddingDim(),
                m.positional(), m.heads(), m.headDim(), m.keyProjection(), m.outputProjection(), m.residual(),
                m.layerNorm(), m.feedForward(), m.ffMultiplier(), m.output(), m.head(), m.headBias(), 3);
        try {
            new RunConfig(cfg.name(), cfg.task(), shifted, cfg.backend(), cfg.init(), cfg.training(), cfg.seed(),
                    cfg.probeLength());
            throw new AssertionError("accepted loss_from 3");
        } catch (ConfigException e) {
            assertThat(e.field()).isEqualTo("model.loss_from");
            assertThat(e.reason()).startsWith("must be 2 for this high_order_markov task");
        }
    }
}
