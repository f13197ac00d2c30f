package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static tdlab.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tdlab sweep --mode heads} on S5b: the file's shape, on short runs. */
class HeadsSweepCommandTest {
    private static final String S5B = "presets/s5b-four-heads.json";

    @Test
    void oneRowPerHeadCountWithExactlyTheFourColumns(@TempDir Path dir) throws Exception {
        assertThat(run("sweep", "--preset", S5B, "--mode", "heads", "--heads", "1,2,4", "--steps", "10", "--out",
                dir.toString())).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
        assertThat(lines.get(0)).isEqualTo("heads,train_loss,test_loss,test_error");
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).extracting(l -> l.split(",")[0]).containsExactly("1", "2", "4");
        assertThat(lines.subList(1, 4)).allSatisfy(l -> {
            String[] f = l.split(",", -1);
            assertThat(f).hasSize(4);
            assertThat(Double.parseDouble(f[1])).isBetween(0.0, 0.75);
            assertThat(Double.parseDouble(f[3])).isBetween(0.0, 1.0);
        });
        assertThat(ImageIO.read(dir.resolve("sweep.png").toFile()).getWidth()).isGreaterThan(400);
    }

    @Test
    void aTokenizedMixtureSweepsHeadsByDefaultAndBadListsExitTwo(@TempDir Path dir) throws Exception {
        assertThat(run("sweep", "-p", S5B, "--heads", "2", "--steps", "3", "-o", dir.toString())).isZero();
        assertThat(Files.readAllLines(dir.resolve("sweep.csv"))).hasSize(2);
        assertThat(run("sweep", "-p", S5B, "--heads", "0,2", "--steps", "3", "-o", dir.toString())).isEqualTo(2);
        assertThat(run("sweep", "-p", S5B, "--heads", "a", "--steps", "3", "-o", dir.toString())).isEqualTo(2);
        assertThat(run("sweep", "-p", "presets/s4c-scan-snap-rate-sweep.json", "--mode", "heads", "--steps", "3",
                "-o", dir.toString())).isEqualTo(2);
    }
}
