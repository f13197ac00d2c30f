package tdlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.model.FlopCount;
import tdlab.model.ModelSpec;
import tdlab.model.TransformerConfig;
import tdlab.task.ConfigException;
import tdlab.task.MarkovTask;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.Trainer;
import tdlab.train.TrainingConfig;

/** Engine throughput on the seed code's reference configuration and on the scenario models. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training throughput (one thread) of the plain and ND4J backends on the seed code's"
                + " reference configuration (binary chain p=0.2 q=0.3, 16×1024 tokens, d=8, LayerNorm GPT block,"
                + " GELU MLP, tied weights, AdamW 2e-3), on the S2 and S1 models and on the S3b, S3d and S4a presets, against this CPU's"
                + " measured FLOP-bound limit. Ratios are within this run.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--steps", defaultValue = "40", description = "timed steps per plain run (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--warmup", defaultValue = "30", description = "untimed JIT warm-up steps (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--nd4j-steps", defaultValue = "4", description = "timed steps per ND4J run; 0 skips ND4J "
            + "(default ${DEFAULT-VALUE})")
    int nd4jSteps;

    @Option(names = "--rounds", defaultValue = "3", description = "interleaved rounds; each figure is the best round's "
            + "median, which discounts other processes on a shared machine (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--pytorch-its", paramLabel = "IT_PER_S", description = "the PyTorch reference's measured it/s on "
            + "this machine, to print the speed-up against it")
    Double pytorch;

    @Option(names = "--reference", description = "time only the reference configuration, on 1 and 2 threads, so that"
            + " builds can be alternated quickly on a busy machine")
    boolean referenceOnly;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
    Path json;

    @Option(names = "--ui", description = "measure the desktop app instead (needs a display, e.g. xvfb-run): frames per"
            + " second and training throughput with S2 playing at full speed, against the headless run")
    boolean ui;

    @Option(names = "--compare", description = "with --ui: pin the run (Compare → Pin) and play two runs side by side;"
            + " each run's throughput and their sum against the headless run")
    boolean compare;

    @Option(names = "--sweeps", description = "measure the (p, q) sweeps of S1a instead: 20×20 sampled and 100×100 on"
            + " the exact gradient, on 2 threads")
    boolean sweeps;

    @Option(names = "--landscape", description = "measure the loss-plane view instead: PCA of the S2 preset's"
            + " trajectory and a 41×41 grid of its loss on one thread and on all cores, against one training step of the same run")
    boolean landscape;

    @Option(names = "--scan-snap", description = "measure Scan and Snap instead: S4a's whole run on one thread and the"
            + " Fig. 6 grid with 10 seeds (160 runs) on two threads, against one run of the same bench")
    boolean scanSnap;

    @Option(names = "--heads", description = "measure S5's multi-head classifier instead: S5c's whole run (16 heads,"
            + " 300 full-batch iterations) on one thread and the heads sweep H = 1…16 on two threads")
    boolean heads;
    @Option(names = "--two-stage", description = "measure S6 instead: both NGD stages of S6a and S6b on one thread,"
            + " with and without a frame every step, and the max-margin solutions")
    boolean twoStage;

    @Option(names = "--soak", paramLabel = "MINUTES", description = "play S2c and then S1a in the app at full speed for"
            + " this long each and print resident memory, heap in use and steps each minute; needs a display")
    Double soak;

    @Option(names = "--startup", description = "measure the time from starting the app to its first drawn window"
            + " (java -jar, java without the restart, the packaged app where built); needs a display (xvfb-run)")
    boolean startup;

    @Option(names = "--seconds", defaultValue = "10", description = "measuring time for --ui (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--ui-warmup", defaultValue = "60", description = "seconds the app plays before --ui measures, so"
            + " the JIT has compiled the drawing code (default ${DEFAULT-VALUE})")
    double uiWarmup;

    @Override
    public Integer call() throws IOException {
        ConfigException.requireRange(steps, 1, 100_000, "steps");
        ConfigException.requireRange(warmup, 0, 100_000, "warmup");
        ConfigException.requireRange(nd4jSteps, 0, 10_000, "nd4j-steps");
        ConfigException.requireRange(rounds, 1, 100, "rounds");
        ConfigException.requireRange(seconds, 1, 600, "seconds");
        ConfigException.requireRange(uiWarmup, 0, 600, "ui-warmup");
        ConfigException.require(ui || !compare, "compare", "measures the app in compare mode: add --ui");
        if (ui) {
            return new UiBench(seconds, uiWarmup, compare).call();
        }
        if (landscape) {
            return new LandscapeBench(rounds, json).call();
        }
        if (twoStage) {
            return new TwoStageBench(rounds, json).call();
        }
        if (soak != null) {
            ConfigException.requireRange(soak, 0.1, 600, "soak");
            return interruptible(() -> new SoakBench(soak).call());
        }
        if (startup) {
            return interruptible(() -> new StartupBench(Math.max(rounds, 5), json).call());
        }
        if (heads) {
            return interruptible(() -> new HeadsBench(rounds, json).call());
        }
        if (sweeps) {
            return interruptible(() -> new SweepBench(rounds, json).call());
        }
        if (scanSnap) {
            return interruptible(() -> new ScanSnapBench(rounds, json).call());
        }
        System.out.printf(Locale.ROOT, "Transformer Dynamics Lab bench: Java %s, %d cores visible, one training thread,"
                        + " OMP_NUM_THREADS=%s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getenv("OMP_NUM_THREADS"));
        boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        double peak = vector ? PeakProbe.gflops() : Double.NaN;
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.printf(Locale.ROOT, "peak FMA throughput: %.1f GFLOP/s (double, %s); load average before: %s%n",
                peak, vector ? PeakProbe.lanes() + " lanes" : "Vector API module absent", load);
        System.out.printf(Locale.ROOT, "each figure: the best of %d interleaved rounds of the median over %d steps after "
                + "%d warm-up steps%n%n", Math.max(1, rounds), steps, warmup);
        System.out.printf(Locale.ROOT, "%-32s %-12s %8s %8s %8s %9s %8s %6s %9s %7s%n", "configuration", "backend",
                "ms/step", "cpu ms", "steps/s", "GFLOP/st", "GFLOP/s", "%peak", "bound ms", "xbound");
        tdlab.model.Nd4jAvailability.message().ifPresent(m -> System.out.println(m + ": the ND4J rows are skipped"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        report.put("peak_gflops", peak);
        ArrayNode rows = report.putArray("results");
        TransformerConfig reference = TransformerConfig.gpt(2, 8, 1, 1024, true);
        RunConfig s3b = tdlab.ui.Presets.load("s3b-minimal-transformer").run();
        RunConfig s3d = tdlab.ui.Presets.load("s3d-paper-size").run();
        RunConfig s4a = tdlab.ui.Presets.load("s4a-scan-snap-equal-rates").run();
        Case[] cases = {
            new Case("reference GPT d=8 T=1024 B=16", reference, 16, 1024, adamW(), null),
            new Case("reference GPT, 2 threads", reference, 16, 1024, adamW(), null, 2),
            new Case("S2 simple d=4 T=256 B=16", TransformerConfig.simple(4, 256), 16, 256, adamW(), null),
            new Case("S1 canonical (e,w,b) B=16x512", new CanonicalConfig(), 16, 512, OptimizerConfig.sgd(0.9), null),
            new Case("S3b minimal D=34 H=3 T=14 B=256", s3b.model(), s3b.training().batchSize(),
                    s3b.training().sequenceLength(), s3b.training().optimizer(), s3b),
            new Case("S3d paper V=50 H=3 T=25 B=512", s3d.model(), s3d.training().batchSize(),
                    s3d.training().sequenceLength(), s3d.training().optimizer(), s3d),
            new Case("S4a Y/Z M=34 T=128 B=128", s4a.model(), s4a.training().batchSize(),
                    s4a.training().sequenceLength(), s4a.training().optimizer(), s4a),
        };
        if (referenceOnly) {
            cases = Arrays.copyOf(cases, 2);
        }
        java.util.Map<String, Result> best = new java.util.LinkedHashMap<>();
        for (int round = 0; round < Math.max(1, rounds); round++) {
            for (Case c : cases) {
                List<Backend> backends = c.spec instanceof TransformerConfig && nd4jSteps > 0
                        && tdlab.model.Nd4jAvailability.unavailable().isEmpty()
                        ? List.of(Backend.PLAIN, Backend.ND4J) : List.of(Backend.PLAIN);
                for (Backend b : backends) {
                    if (b == Backend.ND4J && round > 0) {
                        continue; // slow and only a ratio: one round
                    }
                    boolean nd4j = b == Backend.ND4J;
                    Result r = measure(c, b, nd4j ? 2 : warmup, nd4j ? nd4jSteps : steps);
                    best.merge(c.name + "|" + b, r, (x, y) -> x.msPerStep <= y.msPerStep ? x : y);
                }
            }
        }
        double referencePlain = Double.NaN;
        double referenceNd4j = Double.NaN;
        double referenceTwoThreads = Double.NaN;
        for (Case c : cases) {
            for (Backend b : Backend.values()) {
                Result r = best.get(c.name + "|" + b);
                if (r == null) {
                    continue;
                }
                double flops = c.spec instanceof TransformerConfig t ? FlopCount.trainingStep(t, c.batch, c.length)
                        : Double.NaN;
                double gflops = flops / 1e9 / (r.msPerStep / 1e3);
                double boundMs = flops / 1e9 / peak * 1e3;
                System.out.printf(Locale.ROOT, "%-32s %-12s %8.2f %8.2f %8.1f %9.3f %8.2f %5.1f%% %9.2f %7.2f%n",
                        c.name, r.backend, r.msPerStep, r.cpuMsPerStep, 1e3 / r.msPerStep, flops / 1e9, gflops,
                        100 * gflops / peak, boundMs, r.msPerStep / boundMs);
                ObjectNode row = rows.addObject();
                row.put("configuration", c.name);
                row.put("backend", r.backend);
                row.put("ms_per_step", r.msPerStep);
                row.put("cpu_ms_per_step", r.cpuMsPerStep);
                row.put("steps_per_second", 1e3 / r.msPerStep);
                row.put("gflop_per_step", flops / 1e9);
                row.put("flop_bound_ms", boundMs);
                if (c.spec == reference && c.threads > 1) {
                    referenceTwoThreads = r.msPerStep;
                } else if (c.spec == reference) {
                    if (b == Backend.PLAIN) {
                        referencePlain = r.msPerStep;
                    } else {
                        referenceNd4j = r.msPerStep;
                    }
                }
            }
        }
        System.out.println();
        if (Double.isFinite(referenceTwoThreads)) {
            System.out.printf(Locale.ROOT, "reference config: 2 threads take %.2fx the time of 1 (the same numbers bit for"
                    + " bit)%n", referenceTwoThreads / referencePlain);
        }
        if (Double.isFinite(referenceNd4j)) {
            System.out.printf(Locale.ROOT, "reference config: plain is %.2fx the ND4J backend%n",
                    referenceNd4j / referencePlain);
        }
        if (pytorch != null) {
            System.out.printf(Locale.ROOT, "reference config: plain is %.2fx the PyTorch reference (%.2f it/s given)%n",
                    1e3 / referencePlain / pytorch, pytorch);
            report.put("pytorch_its", pytorch);
            report.put("speedup_vs_pytorch", 1e3 / referencePlain / pytorch);
            if (Double.isFinite(referenceTwoThreads)) {
                System.out.printf(Locale.ROOT, "reference config: plain on 2 threads is %.2fx the PyTorch reference%n",
                        1e3 / referenceTwoThreads / pytorch);
                report.put("speedup_vs_pytorch_two_threads", 1e3 / referenceTwoThreads / pytorch);
            }
        }
        if (!referenceOnly) {
            landscapeAndSweep(report);
        }
        long rss = peakRssKb();
        System.out.printf(Locale.ROOT, "peak resident memory: %.0f MB%n", rss / 1024.0);
        report.put("peak_rss_mb", rss / 1024.0);
        if (json != null) {
            Files.writeString(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        }
        return 0;
    }

    private void landscapeAndSweep(ObjectNode report) {
        double[] land = new double[12];
        double[] cold = new double[12];
        tdlab.render.Colormap viridis = tdlab.render.Colormap.Named.VIRIDIS.load();
        tdlab.render.LandscapeImage.EnergyContours contours = null;
        for (int i = 0; i < land.length; i++) {
            tdlab.theory.CanonicalTheory th = new tdlab.theory.CanonicalTheory(0.1 + 0.06 * i, 0.3);
            long t0 = System.nanoTime(); // the panel's case: a new (p, q), the energy's level sets kept
            tdlab.theory.Landscape l = tdlab.theory.Landscape.compute(th, tdlab.theory.Landscape.Viewport.DEFAULT, 200);
            contours = contours == null ? tdlab.render.LandscapeImage.EnergyContours.of(l) : contours.reuseFor(l);
            tdlab.render.LandscapeImage.render(l, contours, 420, 420, viridis, tdlab.render.LandscapeImage.Layers.ALL);
            land[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime(); // a first draw: everything traced
            tdlab.render.LandscapeImage.render(tdlab.theory.Landscape.compute(th, tdlab.theory.Landscape.Viewport.DEFAULT,
                    200), 420, 420, viridis, tdlab.render.LandscapeImage.Layers.ALL);
            cold[i] = (System.nanoTime() - t0) / 1e6;
        }
        double landMs = median(java.util.Arrays.copyOfRange(land, 4, land.length));
        double coldMs = median(java.util.Arrays.copyOfRange(cold, 4, cold.length));
        System.out.printf(Locale.ROOT, "energy landscape, 200x200 grid drawn at 420x420 px: %.1f ms for a new p, q"
                + " (%.1f ms for a first draw, contours of E traced)%n", landMs, coldMs);
        report.put("landscape_ms", landMs);
        report.put("landscape_first_draw_ms", coldMs);
    }

    /** A bench that waits on threads or processes. */
    private interface Waiting {
        int call() throws IOException, InterruptedException;
    }

    /** Runs {@code bench}; an interrupt ends it with exit code 1, the thread's flag kept. */
    private static int interruptible(Waiting bench) throws IOException {
        try {
            return bench.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** A configuration to time; {@code preset} is the whole run when the case is a shipped preset's, else null. */
    private record Case(String name, ModelSpec spec, int batch, int length, OptimizerConfig optimizer,
                        RunConfig preset, int threads) {
        Case(String name, ModelSpec spec, int batch, int length, OptimizerConfig optimizer, RunConfig preset) {
            this(name, spec, batch, length, optimizer, preset, 1);
        }
    }

    private record Result(String backend, double msPerStep, double cpuMsPerStep) {
    }

    private static OptimizerConfig adamW() {
        return OptimizerConfig.adamW(0.9, 0.95);
    }

    /** Median wall time of {@code timed} steps after {@code warm} untimed ones (data, model, update). */
    private static Result measure(Case c, Backend backend, int warm, int timed) {
        boolean canonical = c.spec instanceof CanonicalConfig;
        TrainingConfig t = new TrainingConfig(Math.max(400, warm + timed), c.batch, c.length, c.optimizer,
                TrainingConfig.decayMatricesOnly(canonical ? 0.01 : 2e-3, canonical ? 0 : 1e-3),
                canonical ? Schedule.constant() : Schedule.referenceOneCycle(), 0, List.of(), 1_000_000, 1, c.threads);
        RunConfig cfg = c.preset != null ? c.preset.withBackend(backend).withSteps(t.steps()) // its own task and init
                .withTraining(c.preset.training().withSteps(t.steps()).withThreads(c.threads))
                : new RunConfig("bench", MarkovTask.binary(0.2, 0.3), c.spec, backend,
                        canonical ? InitConfig.gaussian(0.01) : InitConfig.gaussian(0.02), t, 0, 1);
        try (Trainer trainer = new Trainer(cfg)) { // its step threads end with the measurement
            return measure(trainer, warm, timed);
        }
    }

    private static Result measure(Trainer trainer, int warm, int timed) {
        for (int i = 0; i < warm; i++) {
            trainer.step();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[timed];
        double[] cpu = new double[timed];
        for (int i = 0; i < timed; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            trainer.step();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return new Result(trainer.model().backend(), median(ms), median(cpu));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
