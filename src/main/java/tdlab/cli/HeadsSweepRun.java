package tdlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import tdlab.export.HeadsSweepCsv;
import tdlab.render.HeadsSweepChart;
import tdlab.sweep.HeadsCell;
import tdlab.sweep.HeadsSweep;
import tdlab.train.RunConfig;

/** {@code tdlab sweep --mode heads}: S5's heads sweep into sweep.csv and sweep.png. */
final class HeadsSweepRun {
    private HeadsSweepRun() {
    }

    static int run(RunConfig base, List<Integer> heads, int threads, Path out, String presetName)
            throws IOException, InterruptedException {
        HeadsSweep sweep = new HeadsSweep(base, heads);
        Files.createDirectories(out);
        boolean bar = System.console() != null;
        long t0 = System.nanoTime();
        List<HeadsCell> cells = sweep.run(threads, done -> {
            if (bar) {
                System.err.printf(Locale.ROOT, "\r%d/%d runs", done, heads.size());
            }
        }, new AtomicBoolean());
        double wall = (System.nanoTime() - t0) / 1e9;
        if (bar) {
            System.err.println();
        }
        Path file = out.resolve("sweep.csv");
        HeadsSweepCsv.write(file, cells);
        ImageIO.write(HeadsSweepChart.image(cells, String.format(Locale.ROOT, "%s — heads sweep, %d iterations (paper"
                + " setting reconstructed)", presetName, sweep.steps()), 640, 440), "png", out.resolve("sweep.png").toFile());
        System.err.printf(Locale.ROOT, "%d runs (H = %s) in %.1f s on %d threads -> %s%n", cells.size(), heads, wall,
                threads, file);
        return 0;
    }
}
