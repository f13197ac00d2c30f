package tdlab.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.train.RunConfig;

/**
 * The simple transformer of S2 against Markov-Simple2's GPTBase (tools/golden/gen_s2_simple.py): S2a's preset,
 * its sequence length cut to the fixture's 64, read by the lab's preset reader. The reference runs in float64.
 *
 * <p>Mapping (every reference matrix is nn.Linear.weight, [out][in] as the lab's): transformer.wte.weight [d, 1]
 * is e [d]; transformer.wpe.weight [T, d] is wpe; rows 0..d−1, d..2d−1, 2d..3d−1 of attn.c_attn.weight [3d, d]
 * are attn.wq, attn.wk, attn.wv; attn.c_proj.weight is attn.wo; mlp.c_fc.weight and mlp.c_proj.weight are ff.w1
 * and ff.w2; b [1] is head.b.
 */
class SimpleFixtureTest {
    private static final String NAME = "simple-s2a";
    private static final String BLOCK = "transformer.h.0.";

    @Test
    void lossGradientsAndThreeStepsMatchTheReference() {
        ModelFixture f = ModelFixture.load(NAME);
        RunConfig run = resizedPreset(f);
        TransformerConfig spec = (TransformerConfig) run.model();
        ParamLayout layout = spec.create(run.backend()).layout();
        assertThat(layout.tensors()).extracting(ParamTensor::name).containsExactlyInAnyOrder(TransformerLayout.E,
                TransformerLayout.WPE, TransformerLayout.WQ, TransformerLayout.WK, TransformerLayout.WV,
                TransformerLayout.WO, TransformerLayout.W1, TransformerLayout.W2, TransformerLayout.HEAD_B);
        FixtureChecks.assertMatches(f, run, CanonicalFixtureTest.batch(f), named -> params(layout, named));
    }

    /** main.py's AdamW and OneCycleLR: the rate at each step, β, ε, and which tensors are decayed. */
    @Test
    void presetOptimizerIsTheReferences() {
        ModelFixture f = ModelFixture.load(NAME);
        RunConfig run = resizedPreset(f);
        var t = run.training();
        var opt = f.optimizer();
        FixtureChecks.assertAdamW(t.optimizer(), opt);
        assertThat(t.clipNorm()).isEqualTo(opt.get("grad_clip").asDouble());
        assertThat(t.steps()).isEqualTo(opt.get("iterations").asInt());
        for (int i = 0; i < 3; i++) {
            double lab = t.schedule().factor(i, t.steps()) * t.group(tdlab.model.ParamGroup.ATTENTION).learningRate();
            FixtureChecks.assertClose("learning rate of step " + (i + 1), lab, opt.get("lr").get(i).asDouble(), 1e-12);
        }
        ParamLayout layout = run.model().create(run.backend()).layout();
        Set<String> decayed = new HashSet<>();
        opt.get("decay").forEach(n -> decayed.add(n.asText()));
        Set<String> all = new HashSet<>(decayed);
        opt.get("no_decay").forEach(n -> all.add(n.asText()));
        assertThat(all).containsExactlyInAnyOrderElementsOf(LAB_NAMES.keySet());
        // Markov-Simple2's embedding is an nn.Linear(1, d), decayed like every Linear weight, while the positions
        // beside it in the lab's embedding group are not: S2's presets give e its own decay (MODELS.md, difference 7)
        for (Map.Entry<String, String> e : LAB_NAMES.entrySet()) {
            Double own = t.tensorWeightDecay().get(e.getValue());
            boolean lab = (own != null ? own : t.group(layout.get(e.getValue()).group()).weightDecay()) > 0;
            assertThat(lab).as("%s decayed", e.getKey()).isEqualTo(decayed.contains(e.getKey()));
        }
        double wd = opt.get("weight_decay").asDouble();
        t.groups().values().forEach(g -> assertThat(g.weightDecay()).isIn(0.0, wd));
        t.tensorWeightDecay().values().forEach(d -> assertThat(d).isEqualTo(wd));
    }

    /** Reference tensor → lab tensor; c_attn.weight = [Wq; Wk; Wv] maps to the three by rows. */
    private static final Map<String, String> LAB_NAMES = labNames();
    private static final List<String> QKV = List.of(TransformerLayout.WQ, TransformerLayout.WK, TransformerLayout.WV);

    private static Map<String, String> labNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("transformer.wte.weight", TransformerLayout.E);
        m.put("transformer.wpe.weight", TransformerLayout.WPE);
        m.put(BLOCK + "attn.c_attn.weight", TransformerLayout.WQ);
        m.put(BLOCK + "attn.c_proj.weight", TransformerLayout.WO);
        m.put(BLOCK + "mlp.c_fc.weight", TransformerLayout.W1);
        m.put(BLOCK + "mlp.c_proj.weight", TransformerLayout.W2);
        m.put("b", TransformerLayout.HEAD_B);
        return m;
    }

    private static double[] params(ParamLayout layout, Map<String, ModelFixture.Tensor> named) {
        assertThat(named.keySet()).containsExactlyInAnyOrderElementsOf(LAB_NAMES.keySet());
        double[] p = new double[layout.size()];
        for (Map.Entry<String, String> e : LAB_NAMES.entrySet()) {
            double[] data = named.get(e.getKey()).data();
            if (e.getValue().equals(TransformerLayout.WQ)) {
                for (int k = 0; k < QKV.size(); k++) {
                    copy(data, k * data.length / 3, p, layout.get(QKV.get(k)), data.length / 3);
                }
            } else {
                copy(data, 0, p, layout.get(e.getValue()), data.length);
            }
        }
        return p;
    }

    private static void copy(double[] from, int offset, double[] p, ParamTensor to, int size) {
        assertThat(to.size()).as(to.name()).isEqualTo(size);
        System.arraycopy(from, offset, p, to.offset(), size);
    }

    /** S2a's preset file with the fixture's sequence length (and positions table); everything else as it is. */
    private static RunConfig resizedPreset(ModelFixture f) {
        String name = f.config().get("preset").asText();
        ObjectNode root = FixtureChecks.presetTree(name);
        int length = f.config().get("sequence_length").asInt();
        assertThat(root.get("task").get("p").asDouble()).isEqualTo(f.config().get("p").asDouble());
        assertThat(root.get("task").get("q").asDouble()).isEqualTo(f.config().get("q").asDouble());
        assertThat(root.get("model").get("embedding_dim").asInt()).isEqualTo(f.config().get("n_embd").asInt());
        ((ObjectNode) root.get("model")).put("max_length", length);
        ObjectNode training = (ObjectNode) root.get("training");
        assertThat(training.get("batch_size").asInt()).isEqualTo(f.config().get("batch_size").asInt());
        training.put("sequence_length", length);
        return FixtureChecks.parse(root, name + " resized to the fixture");
    }
}
