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
        // the scenario's own measures (docs/scenarios.md)
        assertThat(summary.get("scenario").asText()).isEqualTo("S1b");
        JsonNode measures = summary.get("measures");
        assertThat(measures.fieldNames()).toIterable().containsExactly("minimum", "minimum_tolerance", "final_loss",
                "entropy_rate", "unigram_loss", "estimated_transition_matrix");
        assertThat(measures.get("minimum").asText()).isEqualTo("local");
        assertThat(measures.get("entropy_rate").asDouble()).isEqualTo(summary.get("entropy_rate").asDouble());
        // on the unigram plateau both rows of the estimate sit on the stationary law π = (q, p)/(p + q)
        JsonNode est = measures.get("estimated_transition_matrix");
        assertThat(est).hasSize(2);
        assertThat(est.get(0).get(1).asDouble()).isCloseTo(0.8 / 1.7, org.assertj.core.api.Assertions.within(0.02));
        assertThat(est.get(1).get(1).asDouble()).isCloseTo(0.8 / 1.7, org.assertj.core.api.Assertions.within(0.02));
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
