package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Result ok = cli(trimmed, "run", "-q", "-p", "presets/s2a-simple-transformer-standard-init.json",
                "--steps", "20", "-o", plain.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(Files.readAllLines(plain.resolve("metrics.csv")).size()).isGreaterThan(1);

        String json = Files.readString(Path.of("presets/s2a-simple-transformer-standard-init.json"))
                .replace("\"backend\": \"auto\"", "\"backend\": \"nd4j\"");
        assertThat(json).contains("\"backend\": \"nd4j\"");
        Path preset = dir.resolve("nd4j.json");
        Files.writeString(preset, json);
        Result refused = cli(trimmed, "run", "-q", "-p", preset.toString(), "--steps", "20",
                "-o", dir.resolve("nd4j").toString());
        assertThat(refused.code()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains("backend").contains("ND4J backend unavailable on this machine")
                .contains("the ND4J jars are not on the class path");
        assertThat(dir.resolve("nd4j")).doesNotExist();
    }

    private record Result(int code, String output) {
    }

    private static Result cli(String classPath, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "-Djava.awt.headless=true", "-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TDLAB_NO_RELAUNCH", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
