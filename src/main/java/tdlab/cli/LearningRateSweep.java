package tdlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import tdlab.export.RateSweepCsv;
import tdlab.family.classes.RateGrid;
import tdlab.render.RateSweepChart;
import tdlab.sweep.RateCell;
import tdlab.sweep.RateSweep;
import tdlab.sweep.Sweep;
import tdlab.task.ConfigException;
import tdlab.train.RunConfig;

/**
 * {@code tdlab sweep --mode learning-rates} and the merge of its shards: Scan and Snap's Fig. 6 grid, from the
 * preset's {@code sweep} section with the command line's overrides, into sweep.csv and sweep.png.
 */
final class LearningRateSweep {
    private LearningRateSweep() {
    }

    /** The preset's grid with --eta-z, --eta-ratio and --seeds applied; a bad value names its option. */
    static RateGrid grid(RateGrid preset, String etaZ, String etaRatio, Integer seeds) {
        if (preset == null && (etaZ == null || etaRatio == null)) {
            throw new ConfigException("eta-z", "the preset has no sweep section: give --eta-z and --eta-ratio");
        }
        List<Double> z = etaZ == null ? preset.etaZ() : RateGrid.parse(etaZ, "eta-z");
        List<Double> r = etaRatio == null ? preset.etaRatio() : RateGrid.parse(etaRatio, "eta-ratio");
        int n = seeds != null ? seeds : preset == null ? 1 : preset.seeds();
        ConfigException.requireRange(n, 1, RateGrid.MAX_SEEDS, "seeds");
        return new RateGrid(z, r, n);
    }

    static int run(RunConfig base, RateGrid grid, Sweep.Shard shard, int threads, Path out, String presetName)
            throws IOException, InterruptedException {
        RateSweep sweep = new RateSweep(base, grid);
        Files.createDirectories(out);
        int total = sweep.runs(shard);
        boolean bar = System.console() != null;
        long t0 = System.nanoTime();
        List<RateCell> cells = sweep.run(shard, threads, done -> {
            if (bar) {
                System.err.printf(Locale.ROOT, "\r%d/%d runs", done, total);
            }
        }, new AtomicBoolean());
        double wall = (System.nanoTime() - t0) / 1e9;
        if (bar) {
            System.err.println();
        }
        Path file;
        if (shard.count() == 1) {
            file = out.resolve("sweep.csv");
            RateSweepCsv.write(file, cells);
            writePng(out.resolve("sweep.png"), cells, presetName, grid, sweep.steps());
        } else {
            file = out.resolve("sweep-" + shard.index() + "-of-" + shard.count() + ".csv");
            RateSweepCsv.writeShard(file, grid, sweep.steps(), cells);
        }
        long thin = cells.stream().filter(c -> c.seeds() < grid.seeds()).count();
        System.err.printf(Locale.ROOT, "%d cells × %d seeds (%d runs) in %.1f s on %d threads%s -> %s%n", cells.size(),
                grid.seeds(), total, wall, threads, thin == 0 ? "" : "; " + thin + " cells lost runs to divergence",
                file);
        return 0;
    }

    /** Puts shards back together: same grid and length, every cell once. Exit code 2 otherwise. */
    static int merge(List<Path> shards, Path out) throws IOException {
        RateSweepCsv.Table first = null;
        TreeMap<Integer, RateCell> cells = new TreeMap<>();
        for (Path p : shards) {
            RateSweepCsv.Table t;
            try {
                t = RateSweepCsv.readShard(p);
            } catch (IOException e) {
                System.err.println("tdlab merge: " + e.getMessage());
                return 2;
            }
            if (first == null) {
                first = t;
            } else if (!first.grid().equals(t.grid()) || first.steps() != t.steps()) {
                System.err.println("tdlab merge: " + p + " is a different grid: " + RateSweepCsv.gridLine(t.grid(),
                        t.steps()) + " vs " + RateSweepCsv.gridLine(first.grid(), first.steps()));
                return 2;
            }
            for (RateCell c : t.cells()) {
                if (cells.put(c.index(), c) != null) {
                    System.err.println("tdlab merge: cell (eta_z " + c.etaZ() + ", eta_ratio " + c.etaRatio()
                            + ") appears twice (again in " + p + ")");
                    return 2;
                }
            }
        }
        if (cells.size() != first.grid().cells()) {
            System.err.println("tdlab merge: " + (first.grid().cells() - cells.size()) + " of " + first.grid().cells()
                    + " cells are missing; is a shard left out?");
            return 2;
        }
        Files.createDirectories(out);
        List<RateCell> all = new ArrayList<>(cells.values()); // grid order
        RateSweepCsv.write(out.resolve("sweep.csv"), all);
        writePng(out.resolve("sweep.png"), all, "merged", first.grid(), first.steps());
        System.err.println("merged " + all.size() + " cells from " + shards.size() + " shards -> " + out);
        return 0;
    }

    private static void writePng(Path file, List<RateCell> cells, String title, RateGrid grid, int steps)
            throws IOException {
        ImageIO.write(RateSweepChart.image(cells, String.format(Locale.ROOT, "%s — learning-rate sweep, %d seeds, %d"
                + " iterations", title, grid.seeds(), steps), 640, 440), "png", file.toFile());
    }
}
