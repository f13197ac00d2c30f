package tdlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tdlab.export.MetricsCsv;
import tdlab.export.RunSummary;
import tdlab.model.Backend;
import tdlab.preset.Preset;
import tdlab.preset.PresetWriter;
import tdlab.sim.Frame;
import tdlab.family.Outcome;
import tdlab.family.Reference;
import tdlab.sim.RunInfo;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;

/** Trains a preset headless and writes its metrics. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Train a preset without a display and write metrics.csv (one row per recorded step),"
                + " summary.json and the effective preset.json into the output folder. A comparison (--vary, or a"
                + " preset with a \"compare\" section) trains each run into its own folder under --out and writes"
                + " --out/compare.csv (step and each run's losses)."
                + " Exit codes: 0 done, 2 bad preset or arguments, 3 a run diverged, 1 an internal error.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    PresetOptions presetOptions;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--backend", paramLabel = "B", description = "override the backend: ${COMPLETION-CANDIDATES}")
    Backend backend;

    @Option(names = "--threads", paramLabel = "N", description = "threads a training step may use where the preset"
            + " does not say (default: all cores); the numbers do not depend on it")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar or result line")
    boolean quiet;

    @Mixin
    VaryOption varyOption;

    @Override
    public Integer call() throws Exception {
        tdlab.task.ConfigException.require(threads == null || threads >= 1 && threads <= tdlab.train.TrainingConfig
                .MAX_THREADS, "threads", "must be in [1, " + tdlab.train.TrainingConfig.MAX_THREADS + "], got " + threads);
        Preset p = presetOptions.read();
        RunConfig cfg = presetOptions.configOf(p);
        if (backend != null) {
            cfg = cfg.withBackend(backend);
        }
        if (varyOption.vary != null || !p.variants().isEmpty()) {
            return new ComparisonRun(this, p.withRun(cfg), varyOption.vary).call();
        }
        return train(p, cfg, out, cfg.name()).code();
    }

    /** What one trained run left: its exit code and every frame's losses. */
    record Trained(int code, java.util.List<Outcome.Point> history) {
    }

    /** Trains one run into {@code dir}: metrics.csv, summary.json, preset.json; prints its result line. */
    Trained train(Preset p, RunConfig cfg, Path dir, String label) throws Exception {
        PrintStream err = System.err;
        // all cores by default: a step's numbers are the same on any number of threads
        Simulation sim = new Simulation(cfg, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        Files.createDirectories(dir);
        PresetWriter.write(p.withRun(cfg).withVariants(java.util.List.of()), dir.resolve("preset.json"));
        boolean bar = !quiet && System.console() != null;
        long total = cfg.training().steps();
        // every frame, not the timeline's thinned ones: measures look back over the whole run
        java.util.List<tdlab.family.Outcome.Point> history = java.util.Collections.synchronizedList(
                new java.util.ArrayList<>());
        try (MetricsCsv csv = new MetricsCsv(dir.resolve("metrics.csv"), sim.info())) {
            sim.addListener(f -> {
                history.add(RunSummary.point(f));
                try {
                    csv.write(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            sim.start();
            sim.awaitIdle(Long.MAX_VALUE); // step-0 frame
            long started = System.nanoTime();
            sim.runTo(total);
            ProgressBar progress = new ProgressBar(err, total, bar);
            while (!sim.awaitIdle(100)) {
                progress.show(sim.currentStep(), sim.latest());
            }
            double wall = (System.nanoTime() - started) / 1e9;
            progress.done(sim.currentStep(), sim.latest());
            sim.close();
            java.util.List<Outcome.Point> points = java.util.List.copyOf(history);
            if (sim.failure() != null) {
                err.println("tdlab run: training failed: " + sim.failure());
                sim.failure().printStackTrace(err);
                return new Trained(1, points);
            }
            Frame last = sim.latest();
            double sps = last.step() / wall;
            var summary = RunSummary.of(cfg, p.scenario(), sim.info(), last, points,
                    presetOptions.preset.toString(), sps, wall);
            RunSummary.write(summary, dir.resolve("summary.json"));
            if (!quiet) {
                err.printf(Locale.ROOT, "%s: %d steps in %.1f s (%.1f steps/s), validation loss %.4f%s%n", label,
                        last.step(), wall, sps, last.valLoss(), referencesLine(sim.info(), summary.get("measures").get("minimum")));
            }
            if (last.diverged()) {
                err.println("tdlab run: the run diverged: " + last.divergence());
                return new Trained(3, points);
            }
            return new Trained(0, points);
        }
    }

    /** ", entropy rate 0.5446, unigram loss 0.6730 -> minimum: global": the references and the outcome. */
    private static String referencesLine(RunInfo info, com.fasterxml.jackson.databind.JsonNode minimum) {
        StringBuilder s = new StringBuilder();
        for (Reference r : info.theory().references()) {
            s.append(String.format(Locale.ROOT, ", %s %.4f", r.key().replace('_', ' '), r.value()));
        }
        // the summary's own measure, not a second computation of the family's measures
        return minimum == null ? s.toString() : s.append(" -> minimum: ").append(minimum.asText()).toString();
    }

    /** A one-line progress bar on the terminal (carriage return), silent when not attached to one. */
    private static final class ProgressBar {
        private final PrintStream out;
        private final long total;
        private final boolean enabled;
        private final long started = System.nanoTime();

        ProgressBar(PrintStream out, long total, boolean enabled) {
            this.out = out;
            this.total = total;
            this.enabled = enabled;
        }

        void show(long step, Frame latest) {
            if (!enabled) {
                return;
            }
            int width = 30;
            int filled = (int) (width * Math.min(1.0, step / (double) total));
            double elapsed = (System.nanoTime() - started) / 1e9;
            double eta = step == 0 ? Double.NaN : elapsed * (total - step) / step;
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d steps  loss %.4f  eta %s ", "#".repeat(filled),
                    " ".repeat(width - filled), step, total, latest == null ? Double.NaN : latest.valLoss(),
                    Double.isFinite(eta) ? String.format(Locale.ROOT, "%.0fs", eta) : "?");
            out.flush();
        }

        void done(long step, Frame latest) {
            if (enabled) {
                show(step, latest);
                out.println();
            }
        }
    }
}
