package tdlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import tdlab.sweep.HeadsSweep;
import tdlab.train.RunConfig;
import tdlab.ui.Presets;

/**
 * bench --heads: S5's speed targets (issue 12). S5c's whole run (16 heads, 300 full-batch iterations on the 100
 * training sequences, one thread, the trainer's set-up included, no frames; target &lt; 1 s), and the heads sweep
 * H = 1, 2, 4, 8, 16 of S5b on two threads (each run's final evaluation on the training and test sets included;
 * target &lt; 5 s), against its ideal: the longest run (H = 16) or half the sum, whichever is larger.
 */
final class HeadsBench {
    private static final int SWEEP_THREADS = 2;
    private static final double RUN_TARGET_S = 1;
    private static final double SWEEP_TARGET_S = 5;
    private final int rounds;
    private final Path json;

    HeadsBench(int rounds, Path json) {
        this.rounds = Math.max(3, rounds);
        this.json = json;
    }

    int call() throws IOException, InterruptedException {
        RunConfig s5c = Presets.load("s5c-sixteen-heads").run();
        RunConfig s5b = Presets.load("s5b-four-heads").run();
        double cold = WholeRuns.seconds(s5c);
        double[] c = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            c[r] = WholeRuns.seconds(s5c);
        }
        double run16 = WholeRuns.median(c);
        HeadsSweep sweep = new HeadsSweep(s5b, HeadsSweep.DEFAULT_HEADS);
        double[] one = new double[HeadsSweep.DEFAULT_HEADS.size()];
        double sum = 0;
        for (int i = 0; i < one.length; i++) {
            one[i] = WholeRuns.seconds(sweep.runConfig(HeadsSweep.DEFAULT_HEADS.get(i)));
            sum += one[i];
        }
        long t0 = System.nanoTime();
        sweep.run(SWEEP_THREADS, d -> { }, new AtomicBoolean());
        double sweepSeconds = (System.nanoTime() - t0) / 1e9;
        double ideal = Math.max(one[one.length - 1], sum / SWEEP_THREADS);
        System.out.printf(Locale.ROOT, "Heads bench (S5): Java %s, %d cores visible; load average before: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                WholeRuns.loadAverage());
        System.out.printf(Locale.ROOT, "S5c whole run (16 heads, %d full-batch iterations of %d sequences, one thread):"
                        + " %.3f s median of %d (%.3f s first, cold JIT); target < %.0f s: %s%n", s5c.training().steps(),
                s5c.training().batchSize(), run16, rounds, cold, RUN_TARGET_S, run16 < RUN_TARGET_S ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "one run per H = %s: %s s%n", HeadsSweep.DEFAULT_HEADS, Arrays.toString(
                Arrays.stream(one).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
        System.out.printf(Locale.ROOT, "heads sweep (S5b, H = %s, %d threads, final evaluations included): %.2f s ="
                        + " %.2fx the ideal %.2f s; target < %.0f s: %s%n", HeadsSweep.DEFAULT_HEADS, SWEEP_THREADS,
                sweepSeconds, sweepSeconds / ideal, ideal, SWEEP_TARGET_S, sweepSeconds < SWEEP_TARGET_S ? "met" : "MISSED");
        if (json != null) {
            java.util.Map<String, Number> figures = new java.util.LinkedHashMap<>();
            figures.put("s5c_run_seconds", run16);
            figures.put("s5c_first_run_seconds", cold);
            figures.put("heads_sweep_threads", SWEEP_THREADS);
            figures.put("heads_sweep_seconds", sweepSeconds);
            figures.put("heads_sweep_vs_ideal", sweepSeconds / ideal);
            WholeRuns.writeReport(json, figures);
        }
        return 0;
    }
}
