package tdlab.family.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.Families;
import tdlab.family.Outcome;
import tdlab.json.JsonFields;
import tdlab.model.CanonicalConfig;
import tdlab.model.TransformerConfig;
import tdlab.task.Batch;
import tdlab.task.InitialDistribution;
import tdlab.task.MarkovTask;
import tdlab.task.TransitionMatrix;

class MarkovFamilyTest {
    private static final MarkovTask CHAIN = MarkovTask.binary(0.2, 0.3);

    private static Batch validation(MarkovTask task) {
        Batch b = task.sampler().allocate(64, 128);
        task.sampler().fill(b, 11);
        return b;
    }

    @Test
    void aTaskIsFoundByItsTypeAndBoundToItsFamily() {
        assertThat(Families.types()).contains("markov");
        Families.Bound<?> bound = Families.of(CHAIN);
        assertThat(bound.family()).isInstanceOf(MarkovFamily.class);
        assertThat(bound.task()).isSameAs(CHAIN);
        assertThat(Families.byType("no_such_family")).isEmpty();
    }

    @Test
    void aModelWithoutAttentionGetsNoAttentionPanel() {
        assertThat(Families.of(CHAIN).panels(new CanonicalConfig()))
                .containsExactly("loss", "parameters", "predictions", "landscape", "phase");
        assertThat(Families.of(CHAIN).panels(TransformerConfig.simple(4, 256)))
                .containsExactly("loss", "parameters", "attention", "predictions", "landscape", "plane",
                        "phase");
    }

    @Test
    void theReferencesAreTheChainsTwoLandmarks() {
        ChainReferences refs = (ChainReferences) Families.of(CHAIN).theory(validation(CHAIN));
        // p = 0.2, q = 0.3: π = (0.6, 0.4), H(π) = 0.6730, entropy rate 0.6·h(0.2) + 0.4·h(0.3) = 0.5446
        assertThat(refs.reference(ChainReferences.ENTROPY_RATE)).isCloseTo(0.5446, within(1e-4));
        assertThat(refs.reference(ChainReferences.UNIGRAM_LOSS)).isCloseTo(0.6730, within(1e-4));
        assertThat(refs.uniformLoss()).isEqualTo(Math.log(2));
        assertThat(refs.references()).extracting(r -> r.key()).containsExactly("entropy_rate", "unigram_loss");
        assertThat(refs.references().get(0).describe()).isEqualTo("entropy rate 0.5446 (global minimum)");
        // the validation set's own references lie within its sampling noise of the exact ones
        assertThat(refs.sampleBigram()).isCloseTo(refs.entropyRate(), within(0.02));
        assertThat(refs.matrix()[0][1]).isEqualTo(0.2);
    }

    @Test
    void measuresClassifyTheMinimumAndReportTheEstimate() {
        ChainReferences refs = (ChainReferences) Families.of(CHAIN).theory(validation(CHAIN));
        double[][] estimate = {{0.8, 0.2}, {Double.NaN, Double.NaN}};
        Map<String, Object> atGlobal = Families.of(CHAIN).measures(refs,
                new Outcome(100, refs.sampleBigram(), 0.5, Double.NaN, estimate));
        assertThat(atGlobal.keySet()).containsExactly("minimum", "minimum_tolerance", "final_loss", "entropy_rate",
                "unigram_loss", "estimated_transition_matrix");
        assertThat(atGlobal.get("minimum")).isEqualTo("global");
        assertThat(atGlobal.get("estimated_transition_matrix")).asList().containsExactly(List.of(0.8, 0.2),
                java.util.Arrays.asList(null, null));
        assertThat(Families.of(CHAIN).measures(refs, new Outcome(100, refs.sampleUnigram(), 0.5, Double.NaN, estimate))
                .get("minimum")).isEqualTo("local");
        assertThat(Families.of(CHAIN).measures(refs, new Outcome(100, 0.69, 0.5, Double.NaN, estimate))
                .get("minimum")).isEqualTo("none");
    }

    @Test
    void theTaskSectionWritesWhatItReads() {
        MarkovTask three = new MarkovTask(TransitionMatrix.of(new double[][] {{0.5, 0.5, 0}, {0, 0.5, 0.5},
                {0.5, 0, 0.5}}, "task.matrix"), InitialDistribution.UNIFORM);
        ObjectNode node = new ObjectMapper().createObjectNode();
        Families.of(three).write(node);
        assertThat(node.get("type").asText()).isEqualTo("markov");
        List<String> problems = new ArrayList<>();
        JsonFields fields = new JsonFields(node, "task", problems);
        assertThat(fields.text("type", null, 32)).isEqualTo("markov"); // as PresetReader does to choose the family
        MarkovTask back = new MarkovFamily().section().read(fields);
        assertThat(problems).isEmpty();
        assertThat(back).isEqualTo(three);
    }

    @Test
    void badFieldsAreReportedWithTheirPath() throws Exception {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree("{\"p\": 1.5, \"initial\": \"sideways\"}");
        List<String> problems = new ArrayList<>();
        assertThat(new MarkovFamily().section().read(new JsonFields(node, "task", problems))).isNull();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("task.p:"))
                .anySatisfy(p -> assertThat(p).startsWith("task.initial:"))
                .anySatisfy(p -> assertThat(p).startsWith("task.q:"));
    }
}
