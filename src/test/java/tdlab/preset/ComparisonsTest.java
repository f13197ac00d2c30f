package tdlab.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.train.InitConfig;

class ComparisonsTest {
    private static final Path S1B = Path.of("presets/s1b-compare-trap-or-way-out.json");

    @Test
    void aComparisonPresetsVariantIsItsRunWithTheOverrides() throws Exception {
        Preset p = PresetReader.read(S1B);
        Preset s1c = PresetReader.read(Path.of("presets/s1c-local-to-global-recommended-init.json"));
        assertThat(p.variants()).extracting(Variant::name).containsExactly("B: recommended start (0.5, −1)");
        List<Preset> v = Comparisons.variants(p);
        assertThat(v).hasSize(1);
        InitConfig init = v.get(0).run().init();
        assertThat(init.scheme()).isEqualTo(InitConfig.Scheme.CANONICAL_POINT);
        InitConfig recommended = s1c.run().init();
        assertThat(List.of(init.e0(), init.w0(), init.b0())).isEqualTo(List.of(recommended.e0(), recommended.w0(),
                recommended.b0()));
        assertThat(v.get(0).run().task()).isEqualTo(p.run().task());
        assertThat(v.get(0).run().training()).isEqualTo(p.run().training());
        assertThat(v.get(0).variants()).isEmpty();
        // the file reloads to the same comparison
        Preset again = PresetReader.parse(PresetWriter.toJson(p), "written");
        assertThat(again.variants()).isEqualTo(p.variants());
        assertThat(again.run()).isEqualTo(p.run());
    }

    @Test
    void anOverrideOfTheBaseRateMovesEveryGroupThatInheritedIt() throws Exception {
        Preset p = PresetReader.read(S1B);
        Variant lr = new Variant("B", java.util.Map.of("training.learning_rate",
                com.fasterxml.jackson.databind.node.DoubleNode.valueOf(0.05)));
        Preset b = Comparisons.variant(p, lr, 0);
        for (ParamGroup g : ParamGroup.values()) {
            assertThat(b.run().training().group(g).learningRate()).as(g.key()).isEqualTo(0.05);
        }
    }

    @Test
    void badOverridesAreRefusedNamingTheirPath() throws Exception {
        String json = Files.readString(S1B);
        assertThatThrownBy(() -> PresetReader.parse(json.replace("\"init.e0\"", "\"init.e00\""), "x"))
                .isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                        .anyMatch(s -> s.startsWith("compare[0].overrides: init.e00: unknown field")));
        assertThatThrownBy(() -> PresetReader.parse(json.replace("\"init.e0\": 0.5", "\"init.e0\": \"half\""), "x"))
                .isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                        .anyMatch(s -> s.startsWith("compare[0].overrides: init.e0")));
        assertThatThrownBy(() -> PresetReader.parse(json.replace("\"init.e0\"", "\"view.palette\""), "x"))
                .isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                        .anyMatch(s -> s.startsWith("compare[0].overrides: view.palette: not a run setting")));
        assertThatThrownBy(() -> PresetReader.parse(json.replace("\"overrides\": {", "\"overides\": {"), "x"))
                .isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                        .anyMatch(s -> s.startsWith("compare[0].overides: unknown field")));
        assertThatThrownBy(() -> PresetReader.parse(json.replace("\"compare\": [", "\"compare\": [{\"name\": \"B: recommended"
                + " start (0.5, −1)\", \"overrides\": {\"seed\": 2}},"), "x"))
                .isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                        .anyMatch(s -> s.startsWith("compare[1].name: must be a non-empty name of its own")));
    }
}
