package tdlab.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.json.JsonFields;
import tdlab.model.ModelSpec;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.mha.MultiHeadClassifierConfig;
import tdlab.model.yz.YzConfig;
import tdlab.train.InitConfig;

/** The model families' preset sections: each reads what it writes, and refuses bad fields by path. */
class ModelSectionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ModelSection.Defaults DEFAULTS = new ModelSection.Defaults(34, 128);

    private static ModelSpec roundTrip(ModelSpec spec) {
        ObjectNode node = MAPPER.createObjectNode();
        ModelSections.write(spec, node);
        List<String> problems = new ArrayList<>();
        ModelSpec back = ModelSections.read(new JsonFields(node, "model", problems), DEFAULTS);
        assertThat(problems).isEmpty();
        return back;
    }

    @Test
    void everyModelFamilyReadsWhatItWrites() {
        for (ModelSpec spec : List.of(new YzConfig(34, 3), new MultiHeadClassifierConfig(16, 8, 4),
                new KqOvConfig(12, 0, 0), new KqOvConfig(12, 24, 7))) {
            assertThat(roundTrip(spec)).as(spec.kind()).isEqualTo(spec);
        }
    }

    @Test
    void defaultsComeFromTheTaskAndBadFieldsAreNamed() throws Exception {
        List<String> problems = new ArrayList<>();
        ModelSpec yz = ModelSections.read(new JsonFields(MAPPER.readTree("{\"type\": \"yz\"}"), "model", problems),
                DEFAULTS);
        assertThat(yz).isEqualTo(new YzConfig(34, 1));
        ModelSections.read(new JsonFields(MAPPER.readTree("{\"type\": \"kq_ov\", \"embedding_dim\": 1}"), "model",
                problems), DEFAULTS);
        ModelSections.read(new JsonFields(MAPPER.readTree("{\"type\": \"multi_head_classifier\", \"dim\": 16,"
                + " \"heads\": 0, \"width\": 3}"), "model", problems), DEFAULTS);
        ModelSections.read(new JsonFields(MAPPER.readTree("{\"type\": \"rnn\"}"), "model", problems), DEFAULTS);
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("model.embedding_dim:");
        assertThat(problems.get(1)).startsWith("model.heads:");
        assertThat(problems.get(2)).startsWith("model.width:");
        assertThat(problems.get(3)).startsWith("model.type:").contains("\"yz\"", "\"multi_head_classifier\"",
                "\"kq_ov\"", "\"canonical\"", "\"transformer\"");
    }

    @Test
    void anExplicitStartIsSavedAndReloaded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Preset p = PresetReader.read(Path.of("presets", "s1a-local-to-global-pq-below-one.json"));
        Preset explicit = p.withRun(p.run().withInit(InitConfig.explicit(new double[] {0.5, -0.25, 0.125})));
        Path f = dir.resolve("explicit.json");
        PresetWriter.write(explicit, f);
        assertThat(Files.readString(f)).contains("\"params\"");
        assertThat(PresetReader.read(f).run()).isEqualTo(explicit.run());
        // the shipped presets have no explicit start, and their files do not gain the key
        assertThat(PresetWriter.toJson(p)).doesNotContain("\"params\"");
    }

    @Test
    void aModelThatReadsTokenVectorsIsRefusedOnAChain() throws Exception {
        String json = Files.readString(Path.of("presets", "s1a-local-to-global-pq-below-one.json"))
                .replace("\"type\": \"canonical\"", "\"type\": \"multi_head_classifier\", \"dim\": 4, \"tokens\": 8");
        PresetException e = catchThrowableOfType(PresetException.class, () -> PresetReader.parse(json, "test"));
        assertThat(e.problems()).singleElement().asString().startsWith("model.type:")
                .contains("real-valued token vectors");
    }

    @Test
    void aYzModelNeedsAContextTokenBeforeItsQuery() throws Exception {
        String json = Files.readString(Path.of("presets", "s1a-local-to-global-pq-below-one.json"))
                .replace("\"type\": \"canonical\"", "\"type\": \"yz\"")
                .replace("\"sequence_length\": 512", "\"sequence_length\": 1")
                .replace("\"probe_length\": 16", "\"probe_length\": 1");
        PresetException e = catchThrowableOfType(PresetException.class, () -> PresetReader.parse(json, "test"));
        assertThat(e.problems()).singleElement().asString().startsWith("training.sequence_length:")
                .contains("yz model needs at least 2");
    }
}
