package tdlab.preset;

import tdlab.family.classes.RateGrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional {@code sweep} section: S4c's learning-rate grid, read, written back, and refused by field. */
class SweepSectionTest {
    private static final Path S4C = Path.of("presets", "s4c-scan-snap-rate-sweep.json");

    @Test
    void s4cCarriesTheFigureSixGridAndKeepsItThroughTheWriter() throws Exception {
        Preset p = PresetReader.read(S4C);
        assertThat(p.sweep()).isEqualTo(new RateGrid(List.of(0.5, 1.0, 2.0, 3.0), List.of(1.0, 2.0, 5.0, 10.0), 3));
        assertThat(PresetReader.parse(PresetWriter.toJson(p), "written").sweep()).isEqualTo(p.sweep());
        assertThat(p.withRun(p.run().withSteps(5)).sweep()).isEqualTo(p.sweep());
        // a preset without a sweep writes none
        assertThat(PresetWriter.toJson(PresetReader.read(Path.of("presets", "s4a-scan-snap-equal-rates.json"))))
                .doesNotContain("\"sweep\"");
    }

    @Test
    void badGridsAreRefusedWithTheirFieldPath() throws Exception {
        String json = Files.readString(S4C);
        assertThat(problems(json.replace("\"eta_z\": [0.5, 1, 2, 3]", "\"eta_z\": [0.5, 0]")))
                .containsExactly("sweep.eta_z: rates must be finite and > 0, got 0.0");
        assertThat(problems(json.replace("\"eta_ratio\": [1, 2, 5, 10]", "\"eta_ratio\": []")))
                .containsExactly("sweep.eta_ratio: needs at least one rate");
        assertThat(problems(json.replace("\"seeds\": 3", "\"seeds\": 0")))
                .containsExactly("sweep.seeds: must be an integer in [1, 1000], got 0");
        assertThat(problems(json.replace("\"seeds\": 3", "\"seeds\": 3, \"grid\": 4")).get(0))
                .startsWith("sweep.grid: unknown field");
    }

    private static List<String> problems(String json) {
        return catchThrowableOfType(() -> PresetReader.parse(json, "s4c"), PresetException.class).problems();
    }
}
