package tdlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.render.Colormap;
import tdlab.render.frame.FrameComposer;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.sim.Runs;
import tdlab.train.RunConfig;

class AnimationExporterTest {
    private static RunConfig cfg;
    private static RunInfo info;
    private static List<Frame> frames;

    @BeforeAll
    static void train() {
        cfg = Runs.preset("s2c-simple-transformer-pq-below-one").withSteps(60);
        Runs.Result r = Runs.run(cfg);
        info = r.info();
        frames = r.frames(); // steps 0, 10, ..., 60
    }

    private static FrameComposer composer() {
        return new FrameComposer(cfg, info, "test", 320, 240, Colormap.Named.VIRIDIS.load());
    }

    @Test
    void gifDecodesToTheExpectedFramesAndSizeAndIsReproducible(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.gif");
        Path b = dir.resolve("b.gif");
        int[] seen = {0};
        AnimationExporter.export(composer(), frames, 1, 5, 8, AnimationExporter.Format.GIF, a, k -> seen[0] = k,
                new AtomicBoolean());
        AnimationExporter.export(composer(), frames, 1, 5, 8, AnimationExporter.Format.GIF, b, k -> { },
                new AtomicBoolean());
        assertThat(seen[0]).isEqualTo(5);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(a.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            BufferedImage first = reader.read(0);
            assertThat(first.getWidth()).isEqualTo(320);
            assertThat(first.getHeight()).isEqualTo(240);
        }
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void mp4DecodesToTheExpectedFrameCountAndIsReproducible(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.mp4");
        Path b = dir.resolve("b.mp4");
        AnimationExporter.export(composer(), frames, 0, 6, 10, AnimationExporter.Format.MP4, a, k -> { },
                new AtomicBoolean());
        AnimationExporter.export(composer(), frames, 0, 6, 10, AnimationExporter.Format.MP4, b, k -> { },
                new AtomicBoolean());
        int count = 0;
        try (var ch = NIOUtils.readableChannel(a.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            Picture p;
            while ((p = grab.getNativeFrame()) != null) {
                assertThat(p.getWidth()).isEqualTo(320);
                assertThat(p.getHeight()).isEqualTo(240);
                count++;
            }
        }
        assertThat(count).isEqualTo(7);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsAnOldOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("keep.gif");
        Files.writeString(f, "the previous export");
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> AnimationExporter.export(composer(), frames, 0, 6, 10, AnimationExporter.Format.GIF, f,
                k -> cancel.set(k == 2), cancel)).isInstanceOf(AnimationExporter.Cancelled.class);
        assertThat(Files.readString(f)).isEqualTo("the previous export");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(f); // no temporary file left
        }
    }

    @Test
    void theComposedFrameChangesWithTheStep() {
        FrameComposer c = composer();
        BufferedImage early = c.compose(frames, 0);
        BufferedImage late = c.compose(frames, frames.size() - 1);
        int[] e = early.getRGB(0, 0, 320, 240, null, 0, 320);
        int[] l = late.getRGB(0, 0, 320, 240, null, 0, 320);
        assertThat(e).isNotEqualTo(l);
        assertThat(c.compose(frames, 0).getRGB(0, 0, 320, 240, null, 0, 320)).isEqualTo(e);
    }

    /** An exported frame shows the run's own panels: S3's ladder and spans, S4's scan, masses and decoder. */
    @Test
    void eachScenarioExportsItsOwnPanelsInTheWindowsOrder() {
        assertThat(panelsOf("s1a-local-to-global-pq-below-one", 20))
                .containsExactly("loss", "parameters", "predictions", "landscape");
        assertThat(panelsOf("s3b-minimal-transformer", 20)).containsExactly("loss", "ladder", "spans", "attention");
        assertThat(panelsOf("s4a-scan-snap-equal-rates", 12)).containsExactly("loss", "scan", "masses", "decoder");
    }

    private static java.util.List<String> panelsOf(String preset, int steps) {
        tdlab.train.RunConfig run = tdlab.sim.Runs.preset(preset).withSteps(steps);
        tdlab.sim.Runs.Result r = tdlab.sim.Runs.run(run);
        FrameComposer c = new FrameComposer(run, r.info(), preset, 480, 320, Colormap.Named.VIRIDIS.load());
        BufferedImage first = c.compose(r.frames(), 0);
        BufferedImage last = c.compose(r.frames(), r.frames().size() - 1);
        assertThat(last.getRGB(0, 0, 480, 320, null, 0, 480)).isNotEqualTo(first.getRGB(0, 0, 480, 320, null, 0, 480));
        return c.panels();
    }
}
