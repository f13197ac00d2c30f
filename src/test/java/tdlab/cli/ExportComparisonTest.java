package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.preset.Comparisons;
import tdlab.preset.Preset;
import tdlab.preset.PresetReader;
import tdlab.preset.PresetWriter;
import tdlab.render.CompareCharts;
import tdlab.render.frame.SideBySide;

/** export of a comparison: every run trained, drawn side by side at the same step. */
class ExportComparisonTest {
    private static final String COMPARE = "presets/s1b-compare-trap-or-way-out.json";
    private static final String S1A = "presets/s1a-local-to-global-pq-below-one.json";

    @TempDir
    Path dir;

    @Test
    void aTwoRunPngHasTwoPanesEachTheExportOfItsRunAlone() throws Exception {
        Path both = dir.resolve("both.png");
        Cli.Outcome o = Cli.exec("export", "-p", COMPARE, "--steps", "200", "--format", "png", "--size", "800x500",
                "-o", both.toString());
        assertThat(o.code()).as(o.err()).isZero();
        BufferedImage picture = ImageIO.read(both.toFile());
        assertThat(List.of(picture.getWidth(), picture.getHeight())).containsExactly(800, 500);

        int[] pane = SideBySide.paneSize(2, 800, 500);
        Preset base = PresetReader.read(Path.of(COMPARE));
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        PresetWriter.write(base.withVariants(List.of()), a); // run A alone
        PresetWriter.write(Comparisons.variant(base, base.variants().get(0), 0), b);
        BufferedImage left = picture.getSubimage(0, SideBySide.LABEL, pane[0], pane[1]);
        BufferedImage right = picture.getSubimage(800 / 2, SideBySide.LABEL, pane[0], pane[1]);
        assertThat(differingPixels(left, right)).as("the trap and the way out look different").isGreaterThan(1000);
        assertThat(differingPixels(left, alone(a, pane))).as("pane A is run A's own export").isZero();
        assertThat(differingPixels(right, alone(b, pane))).as("pane B is run B's own export").isZero();
        // each pane's label bar shows its run's colour, the window's A and B
        assertThat(picture.getRGB(14, 12)).isEqualTo(CompareCharts.colour(0).getRGB());
        assertThat(picture.getRGB(400 + 14, 12)).isEqualTo(CompareCharts.colour(1).getRGB());
    }

    @Test
    void aVariedGifHasOneFrameForEachRecordedStepAndIsTheSameFileTwice() throws Exception {
        Path first = dir.resolve("first.gif");
        Path second = dir.resolve("second.gif");
        for (Path gif : List.of(first, second)) {
            Cli.Outcome o = Cli.exec("export", "-p", S1A, "--steps", "60", "--vary", "training.learning_rate=0.01,0.05",
                    "--format", "gif", "--size", "640x300", "-o", gif.toString());
            assertThat(o.code()).as(o.err()).isZero();
        }
        assertThat(frames(first)).isEqualTo(7); // steps 0, 10, …, 60
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void theRunsAreNamedByWhatTheyChange() throws Exception {
        Preset base = PresetReader.read(Path.of(S1A));
        assertThat(ComparisonLabels.of(ComparisonRun.runs(base, "training.learning_rate=0.01,0.05"),
                "training.learning_rate"))
                .containsExactly("A: learning rate 0.01", "B: learning rate 0.01 → 0.05");
        Preset compare = PresetReader.read(Path.of(COMPARE));
        assertThat(ComparisonLabels.of(ComparisonRun.runs(compare, null), null))
                .containsExactly("A: the preset's own run", "B: recommended start (0.5, −1)");
    }

    @Test
    void anUnknownFieldToVaryIsRefusedWithItsPathBeforeTraining() {
        Path out = dir.resolve("x.png");
        Cli.Outcome o = Cli.exec("export", "-p", S1A, "--vary", "training.learning_rte=0.01,0.05", "--format", "png",
                "-o", out.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--vary: training.learning_rte: unknown field").doesNotContain("Exception");
        Cli.Outcome csv = Cli.exec("export", "-p", S1A, "--vary", "training.learning_rate=0.01,0.05", "--format",
                "csv", "-o", out.toString());
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).contains("vary").contains("gif, mp4 or png");
        Cli.Outcome many = Cli.exec("export", "-p", S1A, "--vary", "training.learning_rate=1,2,3,4,5", "--format",
                "png", "-o", out.toString());
        assertThat(many.code()).isEqualTo(2);
        assertThat(many.err()).contains("at most 4 runs");
        assertThat(out).doesNotExist();
    }

    /** The run's export alone at the pane's size. */
    private BufferedImage alone(Path preset, int[] pane) throws Exception {
        Path png = dir.resolve(preset.getFileName() + ".png");
        Cli.Outcome o = Cli.exec("export", "-p", preset.toString(), "--steps", "200", "--format", "png", "--size",
                pane[0] + "x" + pane[1], "-o", png.toString());
        assertThat(o.code()).as(o.err()).isZero();
        return ImageIO.read(png.toFile());
    }

    private static long differingPixels(BufferedImage x, BufferedImage y) {
        assertThat(List.of(x.getWidth(), x.getHeight())).isEqualTo(List.of(y.getWidth(), y.getHeight()));
        long n = 0;
        for (int j = 0; j < x.getHeight(); j++) {
            for (int i = 0; i < x.getWidth(); i++) {
                n += x.getRGB(i, j) == y.getRGB(i, j) ? 0 : 1;
            }
        }
        return n;
    }

    private static int frames(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }
}
