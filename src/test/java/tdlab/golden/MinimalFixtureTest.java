package tdlab.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tdlab.model.ParamLayout;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.task.Batch;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;

/**
 * The minimal transformer of S3 against IL-SAP-Transformers' TransformerDecoder with full_disection.yaml's flags
 * (tools/golden/gen_s3_minimal.py), at a smaller vocabulary and length than S3b's (see the generator). The lab's
 * run is S3b's preset with only those sizes changed, read by the lab's own preset reader.
 *
 * <p>Mapping: the reference's query_proj.{j}.weight [D, D] (q = W u) is rows j·D .. j·D + D − 1 of the lab's
 * attn.wq [H·D, D]; value_proj.{j}.weight is the same rows of attn.wv. No transposes. The reference's frozen
 * identity decoder has no lab parameter (head IDENTITY). The reference runs in float64 (MODELS.md).
 */
class MinimalFixtureTest {
    private static final String QUERY = "transformer_blocks.0.self_attention.query_proj.%d.weight";
    private static final String VALUE = "transformer_blocks.0.self_attention.value_proj.%d.weight";

    /** minimal-s3 clips at the paper's norm 1.0, which its steps never reach; minimal-s3-clipped clips every step. */
    @ParameterizedTest
    @ValueSource(strings = {"minimal-s3", "minimal-s3-clipped"})
    void lossGradientsAndThreeStepsMatchTheReference(String name) {
        ModelFixture f = ModelFixture.load(name);
        RunConfig run = resizedPreset(f);
        TransformerConfig spec = (TransformerConfig) run.model();
        assertThat(spec.width()).isEqualTo(f.config().get("width").asInt());
        assertThat(spec.lossFrom()).isEqualTo(f.config().get("loss_from").asInt());
        assertPresetTrainsLikeTheReference(run, f);
        ParamLayout layout = spec.create(run.backend()).layout();
        assertThat(layout.tensors()).extracting(t -> t.name()).containsExactly(TransformerLayout.WQ, TransformerLayout.WV);
        FixtureChecks.assertMatches(f, run, batch(f), named -> params(spec, layout, named));
    }

    /**
     * S3b's preset file with the fixture's vocabulary, generated length, batch and clipping norm (the paper's, or
     * the clipped fixture's); everything else as it is.
     */
    private static RunConfig resizedPreset(ModelFixture f) {
        String name = f.config().get("preset").asText();
        ObjectNode root = FixtureChecks.presetTree(name);
        int vocab = f.config().get("vocab").asInt();
        int context = 0;
        for (var span : f.config().get("spans")) {
            context += span.asInt();
        }
        int inputs = context + f.config().get("length").asInt() - 1;
        ObjectNode task = (ObjectNode) root.get("task");
        assertThat(task.get("spans")).isEqualTo(f.config().get("spans"));
        assertThat(task.get("constant").asDouble()).isEqualTo(f.config().get("constant").asDouble());
        assertThat(task.get("temperature").asDouble()).isEqualTo(f.config().get("temperature").asDouble());
        task.put("vocab", vocab).put("length", f.config().get("length").asInt());
        ((ObjectNode) root.get("model")).put("vocab", vocab).put("max_length", inputs);
        ObjectNode training = (ObjectNode) root.get("training");
        training.put("sequence_length", inputs).put("batch_size", f.config().get("batch_size").asInt());
        root.put("probe_length", inputs);
        assertThat(training.get("clip_norm").asDouble()).isEqualTo(f.config().get("paper_max_grad_norm").asDouble());
        training.put("clip_norm", f.optimizer().get("max_grad_norm").asDouble());
        return FixtureChecks.parse(root, name + " resized to the fixture");
    }

    /** SGDTrainer's step: AdamW with torch's defaults for β and ε, decay on every tensor, the norm clipped to 1. */
    private static void assertPresetTrainsLikeTheReference(RunConfig run, ModelFixture f) {
        var t = run.training();
        var opt = f.optimizer();
        FixtureChecks.assertAdamW(t.optimizer(), opt);
        assertThat(t.groups().values()).allSatisfy(g -> {
            FixtureChecks.assertConstantRate(opt.get("lr"), g.learningRate());
            assertThat(g.weightDecay()).isEqualTo(opt.get("weight_decay").asDouble());
        });
        assertThat(t.clipNorm()).isEqualTo(opt.get("max_grad_norm").asDouble());
        assertThat(t.schedule().type()).isEqualTo(Schedule.Type.CONSTANT);
        assertThat(spec(run).heads()).isEqualTo(f.config().get("heads").asInt());
    }

    private static TransformerConfig spec(RunConfig run) {
        return (TransformerConfig) run.model();
    }

    /** Head j's query and value matrices into rows j·D .. j·D + D − 1 of attn.wq and attn.wv. */
    private static double[] params(TransformerConfig spec, ParamLayout layout, Map<String, ModelFixture.Tensor> named) {
        int d = spec.width();
        double[] p = new double[layout.size()];
        for (int j = 0; j < spec.heads(); j++) {
            copy(named.get(String.format(QUERY, j)), p, layout.get(TransformerLayout.WQ).offset() + j * d * d, d);
            copy(named.get(String.format(VALUE, j)), p, layout.get(TransformerLayout.WV).offset() + j * d * d, d);
        }
        return p;
    }

    private static void copy(ModelFixture.Tensor t, double[] p, int offset, int d) {
        assertThat(t.shape()).containsExactly(d, d);
        System.arraycopy(t.data(), 0, p, offset, d * d);
    }

    /** The reference's one-hot sequences (prefix, then the generated tokens) as token ids: inputs and targets. */
    private static Batch batch(ModelFixture f) {
        ModelFixture.Tensor tokens = f.batch().get("tokens");
        int length = tokens.shape()[1] - 1;
        return FixtureChecks.batch(tokens, length, b -> tokens.intAt(b, length));
    }
}
