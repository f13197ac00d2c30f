package tdlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import tdlab.family.Families;
import tdlab.family.TaskTheory;
import tdlab.family.orders.OrdersTheory;
import tdlab.model.kqov.KqOvModel;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;
import tdlab.ui.Presets;

/**
 * bench --two-stage: S6's speed target (issue 12). Both stages of S6a and S6b on one thread (1300 full-batch NGD
 * steps, the trainer's set-up included; target &lt; 2 s), the same with a frame's work after every step as the presets
 * record them (validation on the shift set and the family's series: accuracies, attention, both cosines), and the
 * max-margin solutions the theory computes once per run.
 */
final class TwoStageBench {
    private static final double TARGET_S = 2;
    private final int rounds;
    private final Path json;

    TwoStageBench(int rounds, Path json) {
        this.rounds = Math.max(3, rounds);
        this.json = json;
    }

    int call() throws IOException {
        RunConfig a = Presets.load("s6a-two-stage-one-hot").run();
        RunConfig b = Presets.load("s6b-random-embeddings").run();
        double cold = wholeRun(a, false);
        double[] ra = new double[rounds];
        double[] rb = new double[rounds];
        double[] fa = new double[rounds];
        double[] theoryA = new double[rounds];
        double[] theoryB = new double[rounds];
        for (int r = 0; r < rounds; r++) { // interleaved: a busy moment slows all alike
            ra[r] = wholeRun(a, false);
            rb[r] = wholeRun(b, false);
            fa[r] = wholeRun(a, true);
            theoryA[r] = solve(a);
            theoryB[r] = solve(b);
        }
        System.out.printf(Locale.ROOT, "Two-stage NGD bench: Java %s, %d cores visible; load average: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                WholeRuns.loadAverage());
        System.out.printf(Locale.ROOT, "S6a both stages (%d steps, %d pairs then %d sentences, one thread): %.3f s median"
                        + " of %d (%.3f s first, cold JIT); target < %.0f s: %s%n", a.training().steps(),
                a.task().vocab(), ((PartialOrdersTask) a.task()).trainSentences(), WholeRuns.median(ra), rounds, cold, TARGET_S,
                WholeRuns.median(ra) < TARGET_S ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "S6b both stages (random embeddings, d = 24): %.3f s median of %d%n", WholeRuns.median(rb),
                rounds);
        System.out.printf(Locale.ROOT, "S6a with a frame every step (validation + series): %.3f s median of %d%n",
                WholeRuns.median(fa), rounds);
        System.out.printf(Locale.ROOT, "max-margin W_ov*, W_kq*: %.1f ms one-hot, %.1f ms d = 24 (median of %d)%n",
                1e3 * WholeRuns.median(theoryA), 1e3 * WholeRuns.median(theoryB), rounds);
        if (json != null) {
            java.util.Map<String, Number> figures = new java.util.LinkedHashMap<>();
            figures.put("s6a_run_seconds", WholeRuns.median(ra));
            figures.put("s6a_first_run_seconds", cold);
            figures.put("s6b_run_seconds", WholeRuns.median(rb));
            figures.put("s6a_run_with_frames_seconds", WholeRuns.median(fa));
            figures.put("theory_one_hot_seconds", WholeRuns.median(theoryA));
            figures.put("theory_random_seconds", WholeRuns.median(theoryB));
            WholeRuns.writeReport(json, figures);
        }
        return 0;
    }

    /** One run from a fresh trainer to its last step, in seconds; with frames, a frame's work after every step. */
    private static double wholeRun(RunConfig cfg, boolean frames) {
        long t0 = System.nanoTime();
        Trainer t = new Trainer(cfg);
        Families.Bound<?> family = Families.of(cfg.task());
        TaskTheory theory = frames ? family.theory(t.validationBatch()) : null;
        while (!t.finished()) {
            t.step();
            if (frames) {
                double val = t.validate().loss();
                family.series(theory, t.model(), t.params(), t.validationBatch(), val);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double solve(RunConfig cfg) {
        long t0 = System.nanoTime();
        new OrdersTheory((PartialOrdersTask) cfg.task()).solutions((KqOvModel) new Trainer(cfg).model());
        return (System.nanoTime() - t0) / 1e9;
    }
}
