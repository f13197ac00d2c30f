package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static tdlab.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.export.SweepCsv;

class SweepCommandTest {

    @Test
    void shardedSweepMergesIntoTheSameCsvAndPngAsAWholeOne(@TempDir Path dir) throws Exception {
        String preset = "presets/s1b-local-to-global-pq-above-one.json";
        assertThat(run("sweep", "-p", preset, "--grid", "4", "--steps", "150", "-o", dir.resolve("whole").toString()))
                .isZero();
        for (int s = 0; s < 2; s++) {
            assertThat(run("sweep", "-p", preset, "--grid", "4", "--steps", "150", "--shard", s + "/2", "-o",
                    dir.resolve("shards").toString())).isZero();
        }
        assertThat(run("merge", "-o", dir.resolve("merged").toString(), dir.resolve("shards/sweep-0-of-2.csv").toString(),
                dir.resolve("shards/sweep-1-of-2.csv").toString())).isZero();
        SweepCsv.Table whole = SweepCsv.read(dir.resolve("whole/sweep.csv"));
        SweepCsv.Table merged = SweepCsv.read(dir.resolve("merged/sweep.csv"));
        assertThat(merged.spec()).isEqualTo(whole.spec());
        assertThat(merged.cells()).isEqualTo(whole.cells());
        assertThat(ImageIO.read(dir.resolve("merged/sweep.png").toFile()).getWidth()).isGreaterThan(400);
        // a missing shard is refused
        assertThat(run("merge", "-o", dir.resolve("bad").toString(), dir.resolve("shards/sweep-0-of-2.csv").toString()))
                .isEqualTo(2);
        assertThat(Files.exists(dir.resolve("bad/sweep.csv"))).isFalse();
        assertThat(run("sweep", "-p", preset, "--shard", "2/2", "-o", dir.toString())).isEqualTo(2);
        assertThat(run("sweep", "-p", preset, "--mode", "diagonal", "-o", dir.toString())).isEqualTo(2);
    }
}
