package tdlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import tdlab.family.classes.RateGrid;
import tdlab.sweep.RateSweep;
import tdlab.sweep.Sweep;
import tdlab.train.RunConfig;
import tdlab.ui.Presets;

/**
 * bench --scan-snap: Scan and Snap's speed targets (issue 11). S4a's whole run (100 iterations of batch 128 × 128
 * on one thread, the trainer's set-up included; target &lt; 0.5 s), and the full Fig. 6 grid with 10 seeds (S4c,
 * 4 × 4 cells, 160 runs, two threads; target &lt; 20 s) against its ideal from one S4c run measured in the same
 * bench (160 × one run / 2 threads), so a busy machine shows as a ratio, not as a slower engine.
 */
final class ScanSnapBench {
    private static final int GRID_SEEDS = 10;
    private static final int GRID_THREADS = 2;
    private static final double RUN_TARGET_S = 0.5;
    private static final double GRID_TARGET_S = 20;
    private final int rounds;
    private final Path json;

    ScanSnapBench(int rounds, Path json) {
        this.rounds = Math.max(3, rounds);
        this.json = json;
    }

    int call() throws IOException, InterruptedException {
        RunConfig s4a = Presets.load("s4a-scan-snap-equal-rates").run();
        RunConfig s4c = Presets.load("s4c-scan-snap-rate-sweep").run();
        double cold = WholeRuns.seconds(s4a); // the first run in this JVM: the JIT has compiled nothing yet
        double[] a = new double[rounds];
        double[] c = new double[rounds];
        for (int r = 0; r < rounds; r++) { // interleaved: a busy moment slows both alike
            a[r] = WholeRuns.seconds(s4a);
            c[r] = WholeRuns.seconds(s4c);
        }
        double s4aRun = WholeRuns.median(a);
        double s4cRun = WholeRuns.median(c);
        RateGrid grid = new RateGrid(RateGrid.FIGURE_6.etaZ(), RateGrid.FIGURE_6.etaRatio(), GRID_SEEDS);
        RateSweep sweep = new RateSweep(s4c, grid);
        int runs = sweep.runs(Sweep.Shard.ALL);
        long t0 = System.nanoTime();
        sweep.run(Sweep.Shard.ALL, GRID_THREADS, d -> { }, new AtomicBoolean());
        double gridSeconds = (System.nanoTime() - t0) / 1e9;
        double ideal = runs * s4cRun / GRID_THREADS;
        System.out.printf(Locale.ROOT, "Scan and Snap bench: Java %s, %d cores visible; load average before: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                WholeRuns.loadAverage());
        System.out.printf(Locale.ROOT, "S4a whole run (%d iterations, batch %d x %d, one thread): %.3f s median of %d"
                        + " (%.3f s first, cold JIT); target < %.1f s: %s%n", s4a.training().steps(),
                s4a.training().batchSize(), s4a.training().sequenceLength(), s4aRun, rounds, cold, RUN_TARGET_S,
                s4aRun < RUN_TARGET_S ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "S4c whole run (the sweep's cell, M = 33): %.3f s median of %d%n", s4cRun,
                rounds);
        System.out.printf(Locale.ROOT, "Fig. 6 grid (S4c, %d x %d cells x %d seeds = %d runs, %d threads): %.1f s ="
                        + " %.2fx the ideal %.1f s (%d x one S4c run / %d threads); target < %.0f s: %s%n",
                grid.etaZ().size(), grid.etaRatio().size(), GRID_SEEDS, runs, GRID_THREADS, gridSeconds,
                gridSeconds / ideal, ideal, runs, GRID_THREADS, GRID_TARGET_S,
                gridSeconds < GRID_TARGET_S ? "met" : "MISSED");
        if (json != null) {
            java.util.Map<String, Number> figures = new java.util.LinkedHashMap<>();
            figures.put("s4a_run_seconds", s4aRun);
            figures.put("s4a_first_run_seconds", cold);
            figures.put("s4c_run_seconds", s4cRun);
            figures.put("fig6_grid_runs", runs);
            figures.put("fig6_grid_threads", GRID_THREADS);
            figures.put("fig6_grid_seconds", gridSeconds);
            figures.put("fig6_grid_vs_ideal", gridSeconds / ideal);
            WholeRuns.writeReport(json, figures);
        }
        return 0;
    }
}
