package tdlab.family.mixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.family.Families;
import tdlab.model.mha.MultiHeadClassifier;
import tdlab.model.mha.MultiHeadClassifierConfig;
import tdlab.model.yz.YzConfig;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.mixture.TokenizedMixtureTask;

class TokenizedMixtureFamilyTest {
    private static final TokenizedMixtureTask S5 = TokenizedMixtureTask.s5();
    private final TokenizedMixtureFamily family = new TokenizedMixtureFamily();

    @Test
    void registeredByItsType() {
        assertThat(Families.byType("tokenized_mixture")).containsInstanceOf(TokenizedMixtureFamily.class);
        assertThat(Families.of(S5).family()).isInstanceOf(TokenizedMixtureFamily.class);
    }

    @Test
    void uniformAttentionGivesTheMassZetaAndZeroReadoutLn2() {
        MultiHeadClassifier m = new MultiHeadClassifier(new MultiHeadClassifierConfig(16, 8, 3));
        double[] p = new double[m.layout().size()];
        MixtureEvaluation e = MixtureEvaluation.of(m, p, S5.testSet());
        assertThat(e.loss()).isCloseTo(Math.log(2), offset(1e-12));
        assertThat(e.error()).isEqualTo(1.0); // Φ = 0 counts as a mistake
        assertThat(e.mass()).isCloseTo(0.125, offset(1e-12));
        assertThat(e.headMass()).containsExactly(new double[] {0.125, 0.125, 0.125}, offset(1e-12));
        double[][] received = MixtureEvaluation.received(m, p, S5.testSet(), 0);
        assertThat(received).hasNumberOfRows(3);
        assertThat(Arrays.stream(received[0]).sum()).isCloseTo(1, offset(1e-12));
        assertThat(new MixtureTheory(S5).uniformMass()).isEqualTo(0.125);
        assertThat(new MixtureTheory(S5).uniformLoss()).isEqualTo(Math.log(2));
    }

    @Test
    void seriesNameTheLossesErrorsAndMassesPerHead() {
        MultiHeadClassifier m = new MultiHeadClassifier(new MultiHeadClassifierConfig(16, 8, 2));
        double[] p = new double[m.layout().size()];
        Batch test = S5.testSet();
        Map<String, Double> s = family.series(S5, new MixtureTheory(S5), m, p, test, Math.log(2));
        assertThat(s.keySet()).containsExactly(MixtureKeys.TRAIN_LOSS, MixtureKeys.TEST_LOSS, MixtureKeys.TRAIN_ERROR,
                MixtureKeys.TEST_ERROR, MixtureKeys.RELEVANT_MASS, "relevant_mass_h1", "relevant_mass_h2");
        assertThat(MixtureKeys.headOf("relevant_mass_h2")).isEqualTo(2);
        assertThat(MixtureKeys.headOf(MixtureKeys.RELEVANT_MASS)).isEqualTo(-1);
    }

    @Test
    void theModelMustBeTheClassifierOfTheTasksShape() {
        assertThatThrownBy(() -> family.checkModel(S5, new YzConfig(34, 1)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("model.type"));
        assertThatThrownBy(() -> family.checkModel(S5, new MultiHeadClassifierConfig(8, 8, 1)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("model.dim"));
        assertThatThrownBy(() -> family.checkModel(S5, new MultiHeadClassifierConfig(16, 4, 1)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("model.tokens"));
        family.checkModel(S5, new MultiHeadClassifierConfig(16, 8, 16));
    }

    @Test
    void theSectionRoundTripsEveryField(@TempDir Path dir) throws Exception {
        TokenizedMixtureTask t = new TokenizedMixtureTask(12, 6, 0.5, 3, 1.5, 0.7, 40, 30, 9);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        family.section().write(t, node);
        var problems = new java.util.ArrayList<String>();
        node.remove("type");
        assertThat(family.section().read(new tdlab.json.JsonFields(node, "task", problems))).isEqualTo(t);
        assertThat(problems).isEmpty();
    }

    @Test
    void badPresetsAreRefusedWithTheFieldPath(@TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("presets", "s5b-four-heads.json"));
        expect(dir, good.replace("\"relevant_share\": 0.125", "\"relevant_share\": 0"), "task.relevant_share");
        expect(dir, good.replace("\"relevant_share\": 0.125", "\"relevant_share\": 1.25"), "task.relevant_share");
        expect(dir, good.replace("\"tokens\": 8,\n    \"relevant", "\"tokens\": 1,\n    \"relevant"), "task.tokens");
        expect(dir, good.replace("\"heads\": 4", "\"heads\": 0"), "model.heads");
        expect(dir, good.replace("\"batch_size\": 100", "\"batch_size\": 50"), "training.batch_size");
        expect(dir, good.replace("\"train_size\": 100", "\"train_size\": 1"), "task.train_size");
        expect(dir, good.replace("\"eval_sequences\": 1000", "\"eval_sequences\": 64"), "training.eval_sequences");
        expect(dir, good.replace("\"scale_learning_rate_with_heads\": true", "\"scale_learning_rate_with_heads\": 2"),
                "model.scale_learning_rate_with_heads");
    }

    private static void expect(Path dir, String json, String field) throws Exception {
        Path f = dir.resolve("p.json");
        Files.writeString(f, json);
        assertThatThrownBy(() -> PresetReader.read(f)).isInstanceOf(PresetException.class)
                .hasMessageContaining(field);
    }
}
