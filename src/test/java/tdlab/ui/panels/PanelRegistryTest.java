package tdlab.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.preset.Classroom;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.preset.ViewSettings;
import tdlab.task.TaskSpec;
import tdlab.ui.Presets;

/** Which panels a run shows: data from its task family, narrowed by the preset; no window needed. */
class PanelRegistryTest {
    private static final String S1A = "s1a-local-to-global-pq-below-one";
    private final PanelRegistry registry = PanelRegistry.standard();

    @Test
    void everyGalleryPresetLoadsAndShowsPanelsTheAppBuilds() {
        for (String name : tdlab.ui.Presets.GALLERY) {
            List<String> keys = registry.keysFor(tdlab.ui.Presets.load(name));
            assertThat(keys).as(name).isNotEmpty().contains("loss").isSubsetOf(registry.keys());
        }
        // the high-order chain's model is a transformer without a chain's Markov-only panels, with its own first
        assertThat(registry.keysFor(tdlab.ui.Presets.load("s3b-minimal-transformer")))
                .containsExactly("loss", "ladder", "spans", "attention", "parameters", "plane");
    }

    @Test
    void theCanonicalPresetShowsEveryPanelButAttention() {
        assertThat(registry.keysFor(Presets.load(S1A)))
                .containsExactly("loss", "parameters", "predictions", "landscape", "phase");
    }

    @Test
    void aTransformerPresetAlsoShowsAttentionInTheFamilysArrangement() {
        assertThat(registry.keysFor(Presets.load("s2a-simple-transformer-standard-init")))
                .containsExactly("loss", "parameters", "attention", "predictions", "landscape", "plane", "phase");
    }

    @Test
    void aPresetsViewNarrowsTheFamilysPanelsAndTheClassroomHidesSome() {
        // the shipped lesson names four panels in its view and hides the phase panel
        assertThat(registry.keysFor(Presets.load("lesson-unigram-trap")))
                .containsExactly("loss", "parameters", "predictions", "landscape");
        // the S3 lesson narrows its family's six panels to four
        assertThat(registry.keysFor(Presets.load("lesson-staged-sparse-attention")))
                .containsExactly("loss", "ladder", "spans", "attention");
        Preset s1a = Presets.load(S1A);
        Preset asked = s1a.withView(new ViewSettings("viridis", "light", List.of("phase", "attention", "loss"), -1));
        // attention is asked for but the canonical run cannot feed it; the family's order wins over the view's
        assertThat(registry.keysFor(asked)).containsExactly("loss", "phase");
        Preset hiding = new Preset(s1a.title(), "", "S1a", s1a.run(), asked.view(),
                new Classroom(List.of(), List.of("phase"), List.of()));
        assertThat(registry.keysFor(hiding)).containsExactly("loss");
    }

    @Test
    void everyPanelAPresetMayNameHasAFactoryAndNoOther() {
        assertThat(registry.keys()).containsExactlyInAnyOrderElementsOf(ViewSettings.PANELS);
    }

    @Test
    void anUnknownPanelInAPresetIsRefusedByTheReaderWithItsField(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode preset = (ObjectNode) json.readTree(Path.of("presets", S1A + ".json").toFile());
        preset.putObject("view").putArray("panels").add("loss").add("histogram");
        Path file = dir.resolve("unknown-panel.json");
        Files.writeString(file, json.writeValueAsString(preset));
        assertThatThrownBy(() -> PresetReader.read(file)).isInstanceOf(PresetException.class).satisfies(e ->
                assertThat(((PresetException) e).problems()).anySatisfy(p ->
                        assertThat(p).startsWith("view.panels").contains("\"histogram\" is not a panel")));
        assertThatThrownBy(() -> new ViewSettings("viridis", "light", List.of("histogram"), -1))
                .hasMessageContaining("view.panels");
    }

    @Test
    void aFamilyListingAPanelNoFactoryBuildsIsAProgrammingError() {
        assertThatThrownBy(() -> registry.keysFor(List.of("loss", "histogram"), ViewSettings.DEFAULT, Classroom.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("histogram");
    }

    @Test
    void eachFactoryBuildsItsPanelWithTitleAndDescription() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit, for the panels' nodes; no window is shown
        PanelContext context = new PanelContext(new SimpleObjectProperty<TaskSpec>(), (e, w) -> { }, (p, q) -> { },
                params -> { });
        List<Panel> built = WaitForAsyncUtils.asyncFx(() -> {
            List<Panel> panels = new ArrayList<>();
            for (String key : registry.keys()) {
                panels.add(registry.create(key, context));
            }
            return panels;
        }).get(30, TimeUnit.SECONDS);
        assertThat(built).extracting(Panel::key).containsExactlyElementsOf(registry.keys());
        assertThat(built).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).isNotBlank().doesNotContain("\n");
            assertThat(p.view()).isNotNull();
            assertThat(p.exportNode()).isNotNull();
        });
        assertThat(built).filteredOn(Panel::redrawsPeriodically).extracting(Panel::key)
                .containsExactly("loss", "parameters", "predictions", "ladder", "masses", "relevance", "directions",
                        "norms", "optattention", "accuracy");
        WaitForAsyncUtils.asyncFx(() -> built.forEach(Panel::dispose)).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> registry.create("histogram", context)).isInstanceOf(IllegalArgumentException.class);
    }
}
