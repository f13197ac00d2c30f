package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static tdlab.cli.Cli.run;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.preset.Preset;
import tdlab.preset.PresetReader;

class ExportCommandTest {
    private static final String PRESET = "presets/s1a-local-to-global-pq-below-one.json";

    @Test
    void aRunRecordReloadsAsThePresetWithTheOverridesApplied(@TempDir Path dir) throws Exception {
        Path record = dir.resolve("run.json");
        assertThat(run("export", "-p", PRESET, "--steps", "60", "--seed", "11", "--format", "json", "-o",
                record.toString())).isZero();
        Preset original = PresetReader.read(Path.of(PRESET));
        Preset reloaded = PresetReader.read(record);
        assertThat(reloaded.run()).isEqualTo(original.run().withSteps(60).withSeed(11));
        assertThat(reloaded.title()).isEqualTo(original.title());
    }

    @Test
    void aPngHasTheAskedSizeTimesTheScale(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("frame.png");
        assertThat(run("export", "-p", PRESET, "--steps", "40", "--format", "png", "--size", "400x300", "--scale", "2",
                "-o", png.toString())).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(800, 600);
    }

    @Test
    void badArgumentsExitWith2AndWriteNothing(@TempDir Path dir) {
        Path out = dir.resolve("x.gif");
        assertThat(run("export", "-p", PRESET, "--format", "webm", "-o", out.toString())).isEqualTo(2);
        assertThat(run("export", "-p", PRESET, "--format", "gif", "--size", "big", "-o", out.toString())).isEqualTo(2);
        assertThat(run("export", "-p", PRESET, "--format", "gif", "--scale", "3", "-o", out.toString())).isEqualTo(2);
        assertThat(run("export", "-p", dir.resolve("missing.json").toString(), "--format", "gif", "-o",
                out.toString())).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void badOptionsAreRefusedBeforeTrainingNamingTheOption(@TempDir Path dir) {
        Path out = dir.resolve("x.gif");
        Cli.Outcome fps = Cli.exec("export", "-p", PRESET, "--format", "gif", "--fps", "0", "-o", out.toString());
        assertThat(fps.code()).isEqualTo(2);
        assertThat(fps.err()).contains("fps").doesNotContain("Exception").doesNotContain("training");
        Cli.Outcome range = Cli.exec("export", "-p", PRESET, "--format", "gif", "--from", "50", "--to", "10", "-o",
                out.toString());
        assertThat(range.code()).isEqualTo(2);
        assertThat(range.err()).contains("to").contains("--from 50").doesNotContain("Exception");
        Cli.Outcome tooShort = Cli.exec("export", "-p", PRESET, "--steps", "40", "--format", "gif", "--from", "35",
                "--to", "38", "-o", out.toString());
        assertThat(tooShort.code()).isEqualTo(2);
        assertThat(tooShort.err()).contains("from").contains("fewer than two recorded frames");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void everyCommandReportsBadNumbersInOneLineWithExitCode2(@TempDir Path dir) throws Exception {
        Cli.Outcome sweep = Cli.exec("sweep", "-p", PRESET, "--threads", "0", "-o", dir.toString());
        assertThat(sweep.code()).isEqualTo(2);
        assertThat(sweep.err()).startsWith("tdlab sweep: threads");
        Cli.Outcome range = Cli.exec("sweep", "-p", PRESET, "--mode", "init", "--x-range", "-1:300", "-o",
                dir.toString());
        assertThat(range.code()).isEqualTo(2);
        assertThat(range.err()).startsWith("tdlab sweep: init.w0");
        Cli.Outcome bench = Cli.exec("bench", "--steps", "0");
        assertThat(bench.code()).isEqualTo(2);
        assertThat(bench.err()).startsWith("tdlab bench: steps");
        Cli.Outcome warmup = Cli.exec("bench", "--ui", "--ui-warmup", "-1"); // refused before any window opens
        assertThat(warmup.code()).isEqualTo(2);
        assertThat(warmup.err()).startsWith("tdlab bench: ui-warmup");
        Cli.Outcome compare = Cli.exec("bench", "--compare"); // compare mode is the app's: refused without --ui
        assertThat(compare.code()).isEqualTo(2);
        assertThat(compare.err()).startsWith("tdlab bench: compare");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"tdlab-preset\", \"version\": 1");
        Cli.Outcome gui = Cli.exec("gui", "-p", bad.toString());
        assertThat(gui.code()).isEqualTo(2);
        assertThat(gui.err()).startsWith("tdlab gui: invalid preset");
    }
}
