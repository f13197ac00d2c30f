package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.model.ParamGroup;
import tdlab.preset.PresetReader;

class CompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void varyWritesOneFolderPerValueAndTheirLossesSideBySide() throws Exception {
        Cli.Outcome o = Cli.exec("run", "-q", "-p", "presets/s1a-local-to-global-pq-below-one.json", "--steps", "200",
                "--vary", "training.learning_rate=0.01,0.05", "-o", dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        for (String v : List.of("0.01", "0.05")) {
            Path run = dir.resolve("training.learning_rate=" + v);
            assertThat(run.resolve("metrics.csv")).exists();
            assertThat(PresetReader.read(run.resolve("preset.json")).run().training().group(ParamGroup.EMBEDDING)
                    .learningRate()).isEqualTo(Double.parseDouble(v));
        }
        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"));
        assertThat(csv.get(0)).isEqualTo("step,training.learning_rate=0.01 train_loss,training.learning_rate=0.01"
                + " val_loss,training.learning_rate=0.05 train_loss,training.learning_rate=0.05 val_loss");
        assertThat(csv).hasSize(1 + 21); // steps 0, 10, …, 200
        String[] last = csv.get(csv.size() - 1).split(",");
        assertThat(last[0]).isEqualTo("200");
        assertThat(Double.parseDouble(last[2])).as("different rates, different runs")
                .isNotEqualTo(Double.parseDouble(last[4]));
    }

    @Test
    void aComparisonPresetTrainsItsOwnRunAndEachVariant() throws Exception {
        Cli.Outcome o = Cli.exec("run", "-q", "-p", "presets/s1b-compare-trap-or-way-out.json", "-o", dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(dir.resolve("A/summary.json")).exists();
        Path b = dir.resolve(ComparisonRun.folder("B: recommended start (0.5, −1)"));
        assertThat(b.resolve("summary.json")).exists();
        String[] last = Files.readAllLines(dir.resolve("compare.csv")).get(151).split(",");
        // A stays on the unigram loss 0.6914, B reaches the entropy rate 0.4179 (science.md S1b / S1c)
        assertThat(Double.parseDouble(last[2])).isGreaterThan(0.68);
        assertThat(Double.parseDouble(last[4])).isLessThan(0.43);
    }

    @Test
    void anUnknownFieldToVaryIsRefusedWithItsPath() {
        Cli.Outcome o = Cli.exec("run", "-q", "-p", "presets/s1a-local-to-global-pq-below-one.json",
                "--vary", "training.learning_rte=0.01", "-o", dir.resolve("x").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--vary: training.learning_rte: unknown field");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
