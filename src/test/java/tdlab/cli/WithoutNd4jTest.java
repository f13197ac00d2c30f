package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a class path without ND4J's jars (what a machine without its natives amounts to): a preset
 * on the plain backend trains and exits 0; one that asks for ND4J is refused with the reason, exit 2. A child JVM,
 * since this one has ND4J loaded.
 */
class WithoutNd4jTest {
    @TempDir
    Path dir;

    @Test
    void plainBackendTrainsAndAnNd4jPresetIsRefusedWithTheReason() throws Exception {
        String trimmed = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("nd4j") && !e.contains("bytedeco"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(trimmed).doesNotContain("nd4j").contains("picocli");

        Path plain = dir.resolve("plain");
        ChildCli.Result ok = ChildCli.run(trimmed, "run", "-q", "-p", "presets/s2a-simple-transformer-standard-init.json",
                "--steps", "20", "-o", plain.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(Files.readAllLines(plain.resolve("metrics.csv")).size()).isGreaterThan(1);

        String json = Files.readString(Path.of("presets/s2a-simple-transformer-standard-init.json"))
                .replace("\"backend\": \"auto\"", "\"backend\": \"nd4j\"");
        assertThat(json).contains("\"backend\": \"nd4j\"");
        Path preset = dir.resolve("nd4j.json");
        Files.writeString(preset, json);
        ChildCli.Result refused = ChildCli.run(trimmed, "run", "-q", "-p", preset.toString(), "--steps", "20",
                "-o", dir.resolve("nd4j").toString());
        assertThat(refused.code()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains("backend").contains("ND4J backend unavailable on this machine")
                .contains("the ND4J jars are not on the class path");
        assertThat(dir.resolve("nd4j")).doesNotExist();
    }
}
