package tdlab.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainingThreadsTest {
    private static final Path S2A = Path.of("presets/s2a-simple-transformer-standard-init.json");

    @Test
    void threadsAreReadWrittenOnlyWhenSetAndValidated() throws Exception {
        String json = Files.readString(S2A);
        Preset none = PresetReader.parse(json, "s2a");
        assertThat(none.run().training().threads()).isZero();
        assertThat(PresetWriter.toJson(none)).doesNotContain("\"threads\"");
        Preset two = PresetReader.parse(json.replace("\"eval_every\"", "\"threads\": 2, \"eval_every\""), "two");
        assertThat(two.run().training().threads()).isEqualTo(2);
        assertThat(PresetReader.parse(PresetWriter.toJson(two), "again").run()).isEqualTo(two.run());
        assertThatThrownBy(() -> PresetReader.parse(json.replace("\"eval_every\"", "\"threads\": -1, \"eval_every\""),
                "bad")).isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                .anyMatch(s -> s.startsWith("training.threads")));
    }
}
