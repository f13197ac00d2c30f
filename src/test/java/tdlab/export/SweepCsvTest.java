package tdlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.family.markov.Minimum;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;

class SweepCsvTest {
    private static final SweepSpec SPEC = new SweepSpec(SweepSpec.Mode.INIT, 2, -1, 1, -2, 2, 100);
    private static final String ROW = "1,0,0.5,-1,global,local,0.55,0.54,0.67,0.07";

    private static Path file(Path dir, String... lines) throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void cellsAndTheGridReadBackAsWritten(@TempDir Path dir) throws Exception {
        List<SweepCell> cells = List.of(new SweepCell(1, 0, 0.5, -1, 0.55, 0.54, 0.67, Minimum.GLOBAL, Minimum.LOCAL),
                new SweepCell(0, 1, -0.5, 1, 0.6, 0.54, 0.67, Minimum.NONE, null));
        Path f = dir.resolve("sweep.csv");
        SweepCsv.write(f, SPEC, cells, "a comment");
        SweepCsv.Table t = SweepCsv.read(f);
        assertThat(t.spec()).isEqualTo(SPEC);
        assertThat(t.cells()).isEqualTo(cells);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(f); // no temporary file left behind
        }
    }

    @Test
    void aFileReadAndWrittenAgainIsTheSameFileByteForByte(@TempDir Path dir) throws Exception {
        // what merge does with each shard: a loss a hair above the entropy rate, whose relative gap is 1e-7
        double h = 0.11690684912345678;
        List<SweepCell> cells = List.of(new SweepCell(0, 0, 0.025, 0.025, h + 2.5e-8 + 1e-15, h, 0.6931471805599453,
                Minimum.GLOBAL, Minimum.GLOBAL), new SweepCell(1, 0, 0.075, 0.025, 0.5 / 3, h, 0.6931471805599453,
                Minimum.NONE, null));
        Path first = dir.resolve("first.csv");
        Path again = dir.resolve("again.csv");
        SweepCsv.write(first, SPEC, cells, "merged");
        SweepCsv.Table t = SweepCsv.read(first);
        assertThat(t.cells()).isEqualTo(cells); // every double back to the bit
        SweepCsv.write(again, t.spec(), t.cells(), "merged");
        assertThat(Files.readString(again)).isEqualTo(Files.readString(first));
    }

    @Test
    void aBadFileIsRefusedNamingTheLineAndTheColumnOrKey(@TempDir Path dir) {
        String grid = SweepCsv.specLine(SPEC);
        assertThatThrownBy(() -> SweepCsv.read(file(dir, SweepCsv.MAGIC))).hasMessageContaining("grid line");
        assertThatThrownBy(() -> SweepCsv.read(file(dir, SweepCsv.MAGIC, "# mode=init n=2 x=-1:1 steps=100")))
                .hasMessageContaining(":2: the grid line lacks y=");
        assertThatThrownBy(() -> SweepCsv.read(file(dir, SweepCsv.MAGIC, "# mode=pq n=2 x=0:3 y=0:1 steps=100")))
                .hasMessageContaining(":2: sweep.x_range");
        assertThatThrownBy(() -> SweepCsv.read(file(dir, SweepCsv.MAGIC, grid, SweepCsv.HEADER,
                ROW.replace("0.55", "abc")))).hasMessageContaining(":4: loss: \"abc\" is not a number");
        assertThatThrownBy(() -> SweepCsv.read(file(dir, SweepCsv.MAGIC, grid, SweepCsv.HEADER,
                ROW.replace("global", "best")))).hasMessageContaining(":4: outcome: \"best\"");
        assertThatThrownBy(() -> SweepCsv.read(file(dir, SweepCsv.MAGIC, grid, SweepCsv.HEADER,
                ROW.replaceFirst("^1,0", "5,0")))).hasMessageContaining(":4: cell (5, 0) is outside the 2×2 grid");
    }
}
