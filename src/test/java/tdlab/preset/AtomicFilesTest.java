package tdlab.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.sim.Runs;

class AtomicFilesTest {

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("preset.json");
        Preset original = new Preset("Original", "kept", "S1a", Runs.preset("s1a-local-to-global-pq-below-one"));
        PresetWriter.write(original, file);
        String before = Files.readString(file);
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(PresetWriter.toJson(original).substring(0, 300).getBytes());
            throw new IOException("disk unplugged"); // the process dies halfway through the write
        })).hasMessage("disk unplugged");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(PresetReader.read(file).title()).isEqualTo("Original");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(file);
        }
    }

    @Test
    void aFirstWriteThatFailsLeavesNoFile(@TempDir Path dir) {
        Path file = dir.resolve("new.json");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[100]);
            throw new IOException("killed");
        })).isInstanceOf(IOException.class);
        assertThat(Files.exists(file)).isFalse();
    }
}
