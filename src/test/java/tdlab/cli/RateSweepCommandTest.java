package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static tdlab.cli.Cli.exec;
import static tdlab.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tdlab sweep --mode learning-rates} and {@code tdlab merge} of its shards, on the S4c preset. */
class RateSweepCommandTest {
    private static final String S4C = "presets/s4c-scan-snap-rate-sweep.json";
    /** A short grid: the files' shape does not need the full 100 iterations. */
    private static final String[] SMALL = {"--eta-z", "1,2", "--eta-ratio", "1,5", "--seeds", "2", "--steps", "15"};

    private static String[] args(String... tail) {
        List<String> a = new ArrayList<>(List.of("sweep", "-p", S4C, "--mode", "learning-rates"));
        a.addAll(List.of(tail));
        return a.toArray(String[]::new);
    }

    private static String[] small(String... tail) {
        List<String> a = new ArrayList<>(List.of(SMALL));
        a.addAll(List.of(tail));
        return args(a.toArray(String[]::new));
    }

    @Test
    void thePresetsGridGivesOneRowPerCellWithExactlyTheFigureSixColumns(@TempDir Path dir) throws Exception {
        // the preset's 4 × 4 grid, one seed of 15 iterations: the shape of the file, not the science
        assertThat(run(args("--seeds", "1", "--steps", "15", "-o", dir.toString()))).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
        assertThat(lines.get(0)).isEqualTo("eta_z,eta_ratio,seeds,dt_entropy_mean,dt_entropy_sd");
        assertThat(lines).hasSize(17);
        assertThat(lines.subList(1, 17)).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(5));
        assertThat(lines.get(1)).startsWith("0.5,1,1,");
        assertThat(lines.get(16)).startsWith("3,10,1,").endsWith(",NaN"); // one seed: no sample sd
        assertThat(ImageIO.read(dir.resolve("sweep.png").toFile()).getWidth()).isGreaterThan(400);
    }

    @Test
    void thePresetsSweepSectionMakesLearningRatesTheDefaultMode(@TempDir Path dir) throws Exception {
        assertThat(run("sweep", "-p", S4C, "--eta-z", "1", "--eta-ratio", "2", "--seeds", "1", "--steps", "5", "-o",
                dir.toString())).isZero();
        assertThat(Files.readAllLines(dir.resolve("sweep.csv"))).hasSize(2);
    }

    @Test
    void shardsMergeIntoTheUnshardedCsvAndTheThreadCountChangesNothing(@TempDir Path dir) throws Exception {
        assertThat(run(small("--threads", "1", "-o", dir.resolve("whole").toString()))).isZero();
        assertThat(run(small("--threads", "3", "-o", dir.resolve("threads").toString()))).isZero();
        for (int s = 0; s < 3; s++) {
            assertThat(run(small("--shard", s + "/3", "-o", dir.resolve("shards").toString()))).isZero();
        }
        assertThat(Files.readAllLines(dir.resolve("shards/sweep-0-of-3.csv")).get(0)).isEqualTo("# tdlab-rate-sweep 1");
        List<String> shards = new ArrayList<>(List.of("merge", "-o", dir.resolve("merged").toString()));
        for (int s = 0; s < 3; s++) {
            shards.add(dir.resolve("shards/sweep-" + s + "-of-3.csv").toString());
        }
        assertThat(run(shards.toArray(String[]::new))).isZero();
        String whole = Files.readString(dir.resolve("whole/sweep.csv"));
        assertThat(whole.lines()).hasSize(5);
        assertThat(Files.readString(dir.resolve("merged/sweep.csv"))).isEqualTo(whole);
        assertThat(Files.readString(dir.resolve("threads/sweep.csv"))).isEqualTo(whole);
        assertThat(Files.exists(dir.resolve("merged/sweep.png"))).isTrue();
        // a missing shard, a shard given twice, or shards of another grid are refused
        Cli.Outcome missing = exec("merge", "-o", dir.resolve("bad").toString(), shards.get(3), shards.get(4));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("missing");
        assertThat(run("merge", "-o", dir.resolve("bad").toString(), shards.get(3), shards.get(3), shards.get(4),
                shards.get(5))).isEqualTo(2);
        assertThat(run(args("--eta-z", "1,3", "--eta-ratio", "1,5", "--seeds", "2", "--steps", "15", "--shard", "1/3",
                "-o", dir.resolve("other").toString()))).isZero();
        assertThat(run("merge", "-o", dir.resolve("bad").toString(), shards.get(3),
                dir.resolve("other/sweep-1-of-3.csv").toString(), shards.get(5))).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("bad/sweep.csv"))).isFalse();
    }

    @Test
    void badRatesAndGridsExitTwoNamingTheOption(@TempDir Path dir) {
        String out = dir.toString();
        String[][] cases = {
            {"eta-z", "--eta-z", "0,1"},
            {"eta-z", "--eta-z", "-0.5"},
            {"eta-z", "--eta-z", ""},
            {"eta-z", "--eta-z", "one"},
            {"eta-ratio", "--eta-ratio", "1,-2"},
            {"eta-ratio", "--eta-ratio", ""},
            {"seeds", "--seeds", "0"},
            {"shard", "--shard", "3/3"},
        };
        for (String[] c : cases) {
            Cli.Outcome o = exec(args(c[1], c[2], "-o", out));
            assertThat(o.code()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(o.err()).as(String.join(" ", c)).contains(c[0] + ":");
        }
        Cli.Outcome pq = exec("sweep", "-p", "presets/s1a-local-to-global-pq-below-one.json", "--eta-z", "1", "-o", out);
        assertThat(pq.code()).isEqualTo(2);
        assertThat(pq.err()).contains("eta-z:");
        Cli.Outcome chain = exec("sweep", "-p", "presets/s1a-local-to-global-pq-below-one.json", "--mode",
                "learning-rates", "--eta-z", "1", "--eta-ratio", "1", "-o", out);
        assertThat(chain.code()).isEqualTo(2);
        assertThat(chain.err()).contains("task.type:");
    }
}
