package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static tdlab.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void runWritesMetricsSummaryAndTheEffectivePreset(@TempDir Path out) throws Exception {
        int code = run("run", "--preset", "presets/s1b-local-to-global-pq-above-one.json", "--steps", "300", "--seed",
                "5", "--out", out.toString(), "--quiet");
        assertThat(code).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("steps").asLong()).isEqualTo(300);
        assertThat(summary.get("seed").asLong()).isEqualTo(5);
        assertThat(summary.get("minimum").asText()).isEqualTo("local");
        assertThat(summary.get("entropy_rate").asDouble()).isBetween(0.4178, 0.4180);
        assertThat(summary.get("unigram_loss").asDouble()).isBetween(0.6913, 0.6915);
        assertThat(summary.get("final_loss").asDouble()).isBetween(0.68, 0.70);
        assertThat(summary.get("steps_per_second").asDouble()).isPositive();
        List<String> csv = Files.readAllLines(out.resolve("metrics.csv"));
        assertThat(csv.get(0)).startsWith("step,train_loss,val_loss,exact_loss,entropy_rate,unigram_loss");
        assertThat(csv).hasSize(1 + 31); // header + steps 0, 10, ..., 300
        assertThat(csv.get(csv.size() - 1)).startsWith("300,");
        assertThat(tdlab.preset.PresetReader.read(out.resolve("preset.json")).run().training().steps()).isEqualTo(300);
    }

    @Test
    void aBadPresetExitsWithCode2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": 1, \"name\": \"x\"}");
        assertThat(run("run", "--preset", bad.toString(), "--out", dir.resolve("o").toString())).isEqualTo(2);
        assertThat(run("run", "--preset", dir.resolve("missing.json").toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(run("run", "--preset", "presets/s1a-local-to-global-pq-below-one.json", "--out", dir.toString(),
                "--steps", "0")).isEqualTo(2);
        assertThat(run("validate", bad.toString())).isEqualTo(2);
        assertThat(run("validate", "presets/s1a-local-to-global-pq-below-one.json")).isZero();
    }
}
