package tdlab.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tdlab.model.CanonicalConfig;
import tdlab.model.CanonicalModel;
import tdlab.model.ParamLayout;
import tdlab.task.Batch;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;

/**
 * The canonical (e, w, b) model against Markov-Fixed's MarkovFixed (tools/golden/gen_canonical.py): the
 * reference's scalars e, w, b of shape [1] are the lab's e, w, b. The reference runs in float64 (see
 * tools/golden/MODELS.md), so the tolerances test the model and not float32 rounding.
 */
class CanonicalFixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"canonical-s1a", "canonical-s1c"})
    void lossGradientsAndThreeStepsMatchTheReference(String name) {
        ModelFixture f = ModelFixture.load(name);
        RunConfig preset = FixtureChecks.preset(f.config().get("preset").asText());
        assertThat(preset.model()).isInstanceOf(CanonicalConfig.class);
        assertPresetTrainsLikeTheReference(preset, f);
        FixtureChecks.assertMatches(f, preset, batch(f), CanonicalFixtureTest::params);
    }

    /** The preset claims the paper's training: SGD, momentum 0.9, its rate, no decay, no schedule, no clipping. */
    private static void assertPresetTrainsLikeTheReference(RunConfig preset, ModelFixture f) {
        var t = preset.training();
        var opt = f.optimizer();
        assertThat(t.optimizer().type()).isEqualTo(OptimizerConfig.Type.SGD);
        assertThat(t.optimizer().momentum()).isEqualTo(opt.get("momentum").asDouble());
        assertThat(t.groups().values()).allSatisfy(g -> {
            FixtureChecks.assertConstantRate(opt.get("lr"), g.learningRate());
            assertThat(g.weightDecay()).isEqualTo(opt.get("weight_decay").asDouble());
        });
        assertThat(opt.get("schedule").asText()).isEqualTo("none");
        assertThat(t.schedule().type()).isEqualTo(Schedule.Type.CONSTANT);
        assertThat(t.clipNorm()).isZero();
        assertThat(preset.training().batchSize()).isEqualTo(f.config().get("batch_size").asInt());
        assertThat(preset.training().sequenceLength()).isEqualTo(f.config().get("sequence_length").asInt());
    }

    /** The reference's scalars in the lab's order (e, w, b). */
    private static double[] params(java.util.Map<String, ModelFixture.Tensor> named) {
        ParamLayout layout = CanonicalModel.parameterLayout();
        double[] p = new double[layout.size()];
        for (String n : List.of(CanonicalModel.E, CanonicalModel.W, CanonicalModel.B)) {
            ModelFixture.Tensor t = named.get(n);
            assertThat(t.shape()).containsExactly(1);
            p[layout.get(n).offset()] = t.data()[0];
        }
        return p;
    }

    /** Inputs x[b, t] and targets y[b, t] as the lab's sequences of length + 1 tokens. */
    static Batch batch(ModelFixture f) {
        ModelFixture.Tensor x = f.batch().get("x");
        ModelFixture.Tensor y = f.batch().get("y");
        int length = x.shape()[1];
        // the lab's target at t is its input at t + 1: the reference's batch must agree
        for (int b = 0; b < x.shape()[0]; b++) {
            for (int t = 1; t < length; t++) {
                assertThat(y.intAt(b, t - 1)).isEqualTo(x.intAt(b, t));
            }
        }
        return FixtureChecks.batch(x, length, b -> y.intAt(b, length - 1));
    }
}
