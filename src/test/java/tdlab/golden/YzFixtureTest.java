package tdlab.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.yz.YzConfig;
import tdlab.model.yz.YzModel;
import tdlab.task.Batch;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;

/**
 * Scan and Snap's Y/Z model against luckmatters' Model2 (tools/golden/gen_s4_yz.py). Mapping: the reference's
 * K1.weight [M, M] (logits = K1.weight · f) is the lab's yz.decoder [M, M] as it is; K2.weight [M, M] (the
 * attention logit of context token l for query m is K2.weight[m, l]) is head 0 of yz.attention [1, M, M].
 * No transposes. The reference runs in float64 (MODELS.md).
 */
class YzFixtureTest {
    /** Fig. 4's run (S4a's preset); tools/golden/gen_s4_yz.py says why Fig. 6's random init has no fixture. */
    private static final String NAME = "yz-s4a";

    @Test
    void lossGradientsAndThreeStepsMatchTheReference() {
        ModelFixture f = ModelFixture.load(NAME);
        RunConfig preset = FixtureChecks.preset(f.config().get("preset").asText());
        YzConfig spec = (YzConfig) preset.model();
        assertThat(spec.heads()).isEqualTo(1);
        assertThat(spec.vocab()).isEqualTo(f.config().get("M").asInt());
        assertPresetTrainsLikeTheReference(preset, f);
        ParamLayout layout = spec.create(preset.backend()).layout();
        FixtureChecks.assertMatches(f, preset, batch(f), named -> params(layout, named));
    }

    /**
     * The preset's sequence classes are Dataset2's facts: same context tokens, query and next token, and the same
     * probabilities (the reference's are float32, hence 1e-6).
     */
    @Test
    void presetClassesAreTheReferenceFacts() {
        ModelFixture f = ModelFixture.load(NAME);
        SequenceClassesTask task = (SequenceClassesTask) FixtureChecks.preset(f.config().get("preset").asText()).task();
        var facts = f.config().get("facts");
        assertThat(task.classes()).isEqualTo(facts.size());
        for (int n = 0; n < facts.size(); n++) {
            var fact = facts.get(n);
            SequenceClass c = task.sequenceClass(n);
            assertThat(c.query()).isEqualTo(fact.get("query").asInt());
            assertThat(c.next()).isEqualTo(fact.get("next").asInt());
            int[] tokens = new int[fact.get("tokens").size()];
            double[] probs = new double[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = fact.get("tokens").get(i).asInt();
                probs[i] = fact.get("probs").get(i).asDouble();
            }
            assertThat(c.tokens()).containsExactly(tokens);
            FixtureChecks.assertClose("class " + n + " probabilities", c.probs(), probs, 1e-6);
        }
    }

    /** main()'s optimizers: SGD with momentum 0.9 on each matrix, η_Y on K1 and η_Z on K2, no decay or schedule. */
    private static void assertPresetTrainsLikeTheReference(RunConfig preset, ModelFixture f) {
        var t = preset.training();
        var opt = f.optimizer();
        assertThat(t.optimizer().type()).isEqualTo(OptimizerConfig.Type.SGD);
        assertThat(t.optimizer().momentum()).isEqualTo(opt.get("momentum").asDouble());
        FixtureChecks.assertConstantRate(opt.get("lr_y"), t.group(ParamGroup.HEAD).learningRate());
        FixtureChecks.assertConstantRate(opt.get("lr_z"), t.group(ParamGroup.ATTENTION).learningRate());
        assertThat(t.groups().values()).allSatisfy(g -> assertThat(g.weightDecay()).isZero());
        assertThat(t.schedule().type()).isEqualTo(Schedule.Type.CONSTANT);
        assertThat(t.clipNorm()).isZero();
        assertThat(preset.model().learningRateScale()).isEqualTo(1.0);
        assertThat(t.sequenceLength()).isEqualTo(f.config().get("L").asInt());
    }

    /** K1.weight and K2.weight into the lab's flat layout (row-major in both). */
    private static double[] params(ParamLayout layout, Map<String, ModelFixture.Tensor> named) {
        double[] p = new double[layout.size()];
        copy(named.get("K1.weight"), p, layout.get(YzModel.DECODER).offset(), layout.get(YzModel.DECODER).size());
        copy(named.get("K2.weight"), p, layout.get(YzModel.ATTENTION).offset(), layout.get(YzModel.ATTENTION).size());
        return p;
    }

    private static void copy(ModelFixture.Tensor t, double[] p, int offset, int size) {
        assertThat(t.data()).hasSize(size);
        System.arraycopy(t.data(), 0, p, offset, size);
    }

    /** x[b, 0 .. L−2] is the context, x[b, L−1] the query, label[b] the next token: the lab's L inputs and a target. */
    private static Batch batch(ModelFixture f) {
        ModelFixture.Tensor x = f.batch().get("x");
        ModelFixture.Tensor label = f.batch().get("label");
        return FixtureChecks.batch(x, x.shape()[1], label::intAt);
    }
}
