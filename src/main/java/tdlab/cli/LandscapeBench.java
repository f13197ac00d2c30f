package tdlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import tdlab.analysis.FixedBatchLoss;
import tdlab.analysis.LossPlane;
import tdlab.analysis.LossSurface;
import tdlab.analysis.PlaneDirections;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;
import tdlab.ui.Presets;

/**
 * bench --landscape: what the loss-plane view (tdlab.analysis) costs on the S2 model. Trains the s2a preset's
 * run, keeping its parameters every eval_every steps as the app's timeline does (and at every step, for a
 * trajectory ten times as long), then times the PCA of both trajectories, a 41×41 grid of the loss on the
 * default evaluation batch, and, as the baseline, one training step of the same run. The three are
 * interleaved in rounds so that a busy machine slows them alike; each figure is the best round's median.
 */
final class LandscapeBench {
    private static final String PRESET = "s2a-simple-transformer-standard-init";
    /** The grid's budget on one thread. */
    private static final double BUDGET_MS = 250;
    private static final long EVALUATION_SEED = 1;
    private final int rounds;
    private final Path json;

    LandscapeBench(int rounds, Path json) {
        this.rounds = rounds;
        this.json = json;
    }

    int call() throws IOException {
        RunConfig cfg = Presets.load(PRESET).run();
        Trainer trainer = new Trainer(cfg);
        int every = cfg.training().evalEvery();
        List<double[]> recorded = new ArrayList<>(List.of(trainer.params()));
        List<double[]> dense = new ArrayList<>(List.of(trainer.params()));
        while (!trainer.finished()) {
            trainer.step();
            dense.add(trainer.params());
            if (trainer.steps() % every == 0) {
                recorded.add(trainer.params());
            }
        }
        double[] centre = trainer.params();
        FixedBatchLoss loss = FixedBatchLoss.ofDefaultSize(cfg.model(), cfg.backend(), cfg.task(),
                cfg.training().sequenceLength(), EVALUATION_SEED);
        PlaneDirections plane = PlaneDirections.pca(recorded, centre);
        Supplier<LossSurface> grid = () -> LossPlane.compute(centre, plane, recorded, loss, () -> false);
        int threads = Runtime.getRuntime().availableProcessors();
        List<FixedBatchLoss> perThread = new ArrayList<>(List.of(loss));
        while (perThread.size() < threads) {
            perThread.add(FixedBatchLoss.ofDefaultSize(cfg.model(), cfg.backend(), cfg.task(),
                    cfg.training().sequenceLength(), EVALUATION_SEED));
        }
        Supplier<LossSurface> gridShared = () -> LossPlane.compute(centre, plane, recorded, null,
                LossPlane.DEFAULT_POINTS, perThread, () -> false);
        Trainer baseline = new Trainer(cfg); // a fresh run of the same configuration, stepped between the timings
        for (int i = 0; i < 2; i++) { // JIT warm-up of the evaluation and PCA paths (training warmed up above)
            grid.get();
            gridShared.get();
            PlaneDirections.pca(dense, centre);
        }
        double step = Double.POSITIVE_INFINITY;
        double pca = Double.POSITIVE_INFINITY;
        double pcaDense = Double.POSITIVE_INFINITY;
        double gridMs = Double.POSITIVE_INFINITY;
        double gridSharedMs = Double.POSITIVE_INFINITY;
        for (int round = 0; round < rounds; round++) {
            step = Math.min(step, median(20, baseline::step));
            pca = Math.min(pca, median(10, () -> PlaneDirections.pca(recorded, centre)));
            pcaDense = Math.min(pcaDense, median(3, () -> PlaneDirections.pca(dense, centre)));
            gridMs = Math.min(gridMs, median(3, grid::get));
            gridSharedMs = Math.min(gridSharedMs, median(3, gridShared::get));
        }
        LossSurface surface = grid.get();
        int evaluations = surface.points() * surface.points() + 1;
        double evaluation = gridMs / evaluations;
        System.out.printf(Locale.ROOT, "loss plane on S2 (preset %s: d=4, T=%d, %d parameters), one thread unless said, each"
                        + " figure the best of %d rounds' medians%n", PRESET, cfg.training().sequenceLength(),
                centre.length, rounds);
        System.out.printf(Locale.ROOT, "  %-58s %9.3f ms%n", String.format(Locale.ROOT, "baseline: one training step"
                + " (%dx%d tokens, %s)", cfg.training().batchSize(), cfg.training().sequenceLength(),
                trainer.model().backend()), step);
        row(String.format(Locale.ROOT, "PCA of %d points (every %d steps)", recorded.size(), every), pca, step, "");
        row(String.format(Locale.ROOT, "PCA of %d points (every step)", dense.size()), pcaDense, step, "");
        row(String.format(Locale.ROOT, "%dx%d grid (%d evaluations)", surface.points(), surface.points(), evaluations),
                gridMs, step, String.format(Locale.ROOT, "  %.2fx the %.0f ms budget", gridMs / BUDGET_MS, BUDGET_MS));
        row(String.format(Locale.ROOT, "the same grid, rows shared by %d threads (all cores; the window uses cores − 2)", threads),
                gridSharedMs, step, String.format(Locale.ROOT, "  %.2fx the one-thread grid", gridSharedMs / gridMs));
        row(String.format(Locale.ROOT, "one evaluation (%dx%d tokens, loss only, %s)", loss.sequences(), loss.length(),
                loss.backend()),
                evaluation, step, "");
        System.out.printf(Locale.ROOT, "  plane: %s%n  loss on the grid %.4f to %.4f, %.4f at the current parameters"
                + " (step %d)%n", plane.description(), surface.min(), surface.max(), surface.centreValue(),
                trainer.steps());
        if (json != null) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode r = mapper.createObjectNode();
            r.put("preset", PRESET);
            r.put("parameters", centre.length);
            r.put("training_step_ms", step);
            r.put("pca_points", recorded.size());
            r.put("pca_ms", pca);
            r.put("pca_dense_points", dense.size());
            r.put("pca_dense_ms", pcaDense);
            r.put("grid_points", surface.points());
            r.put("grid_ms", gridMs);
            r.put("grid_threads", threads);
            r.put("grid_shared_ms", gridSharedMs);
            r.put("evaluation_ms", evaluation);
            r.put("evaluation_batch", loss.sequences() + "x" + loss.length());
            r.put("grid_over_training_step", gridMs / step);
            r.put("evaluation_over_training_step", evaluation / step);
            r.put("pca_over_training_step", pca / step);
            r.put("explained_share", plane.explainedShare());
            Files.writeString(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n");
        }
        return 0;
    }

    private static void row(String what, double ms, double step, String extra) {
        System.out.printf(Locale.ROOT, "  %-58s %9.3f ms  %8.3fx a training step%s%n", what, ms, ms / step, extra);
    }

    /** Median wall time in ms of {@code n} runs of {@code work}. */
    private static double median(int n, Runnable work) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }
}
