package tdlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tdlab.export.SweepCsv;
import tdlab.preset.Preset;
import tdlab.render.SweepImage;
import tdlab.sweep.Sweep;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;
import tdlab.sweep.HeadsSweep;
import tdlab.task.mixture.TokenizedMixtureTask;
import tdlab.task.ConfigException;
import tdlab.train.RunConfig;

/** Phase diagrams and measured basin maps, headless, shardable across batch jobs. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Train a preset over a grid and record where each run ends: --mode pq varies the binary chain's"
                + " (p, q) with the preset's initialisation (the phase diagram); --mode init varies the canonical"
                + " start point (w0, e0) on the preset's chain (the measured basins); --mode learning-rates trains"
                + " Scan and Snap's grid of eta_Z x eta_Y/eta_Z with several seeds (Fig. 6: the final DT entropy),"
                + " the default for a preset with a sweep section; --mode heads trains S5's multi-head classifier with each"
                + " --heads H (final train loss, test loss, test error), the default for a tokenized_mixture task. Writes sweep.csv and sweep.png; with --shard i/n"
                + " only every n-th cell, into sweep-i-of-n.csv, for 'tdlab merge'.")
final class SweepCommand implements Callable<Integer> {
    static final String LEARNING_RATES = "learning-rates";
    static final String HEADS = "heads";

    @Mixin
    PresetOptions presetOptions;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--mode", description = "pq, init or learning-rates (default: learning-rates for a preset with a"
            + " sweep section, else pq)")
    String mode;

    @Option(names = "--eta-z", paramLabel = "A,B,…", description = "learning-rates: the attention's rates eta_Z"
            + " (default: the preset's sweep.eta_z)")
    String etaZ;

    @Option(names = "--eta-ratio", paramLabel = "A,B,…", description = "learning-rates: the ratios eta_Y/eta_Z"
            + " (default: the preset's sweep.eta_ratio)")
    String etaRatio;

    @Option(names = "--seeds", paramLabel = "N", description = "learning-rates: runs per cell, seeds preset seed + 0"
            + " … N − 1 (default: the preset's sweep.seeds)")
    Integer seeds;

    @Option(names = "--heads", paramLabel = "A,B,…", description = "heads: the numbers of heads H (default"
            + " 1,2,4,8,16)")
    String heads;

    @Option(names = "--grid", defaultValue = "20", description = "cells per axis (default ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--x-range", paramLabel = "A:B", description = "p range (pq, default 0:1) or w0 range (init, "
            + "default -2.5:2.5)")
    String xRange;

    @Option(names = "--y-range", paramLabel = "A:B", description = "q range or e0 range")
    String yRange;

    @Option(names = "--exact", description = "pq and init: descend the exact population loss of the canonical model"
            + " (the paper's gradient-flow setting, no sampling noise) instead of sampled batches")
    boolean exact;

    @Option(names = "--threads", defaultValue = "2", description = "parallel runs (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--shard", paramLabel = "i/n", description = "compute only shard i of n")
    String shard;

    @Override
    public Integer call() throws Exception {
        Preset preset = presetOptions.read();
        RunConfig base = presetOptions.configOf(preset);
        if (exact) { // gradient descent on the exact population loss: no sampling noise in the phase diagram
            base = base.withTraining(base.training().withGradient(tdlab.train.TrainingConfig.Gradient.EXACT));
        }
        String chosen = mode != null ? mode.toLowerCase(Locale.ROOT) : preset.sweep() != null ? LEARNING_RATES
                : base.task().type().equals(TokenizedMixtureTask.TYPE) ? HEADS : "pq";
        ConfigException.requireRange(threads, 1, 256, "threads");
        if (chosen.equals(HEADS)) {
            ConfigException.require(shard == null, "shard", "applies to the pq, init and learning-rates sweeps");
            return HeadsSweepRun.run(base, heads == null ? HeadsSweep.DEFAULT_HEADS : HeadsSweep.parse(heads, "heads"),
                    threads, out, presetOptions.preset.getFileName().toString());
        }
        ConfigException.require(heads == null, "heads", "belongs to --mode " + HEADS);
        Sweep.Shard sh = shard == null ? Sweep.Shard.ALL : Sweep.Shard.parse(shard);
        if (chosen.equals(LEARNING_RATES)) {
            return LearningRateSweep.run(base, LearningRateSweep.grid(preset.sweep(), etaZ, etaRatio, seeds), sh,
                    threads, out, presetOptions.preset.getFileName().toString());
        }
        for (String[] o : new String[][] {{"eta-z", etaZ}, {"eta-ratio", etaRatio}, {"seeds", seeds == null ? null
                : seeds.toString()}}) {
            ConfigException.require(o[1] == null, o[0], "belongs to --mode " + LEARNING_RATES);
        }
        SweepSpec.Mode m = switch (chosen) {
            case "pq" -> SweepSpec.Mode.PQ;
            case "init" -> SweepSpec.Mode.INIT;
            default -> throw new ConfigException("mode", "must be pq, init, " + LEARNING_RATES + " or " + HEADS + ", got "
                    + mode);
        };
        double[] fallback = m == SweepSpec.Mode.PQ ? new double[] {0, 1} : new double[] {-2.5, 2.5};
        double[] x = range(xRange, fallback, "x-range");
        double[] y = range(yRange, fallback, "y-range");
        SweepSpec spec = new SweepSpec(m, grid, x[0], x[1], y[0], y[1], base.training().steps());
        Sweep sweep = new Sweep(base, spec);
        Files.createDirectories(out);
        int total = 0;
        for (int k = 0; k < spec.cells(); k++) {
            total += sh.owns(k) ? 1 : 0;
        }
        boolean bar = System.console() != null;
        int all = total;
        long t0 = System.nanoTime();
        List<SweepCell> cells = sweep.run(sh, threads, done -> {
            if (bar) {
                System.err.printf(Locale.ROOT, "\r%d/%d cells", done, all);
            }
        }, new AtomicBoolean());
        double wall = (System.nanoTime() - t0) / 1e9;
        if (bar) {
            System.err.println();
        }
        String name = sh.count() == 1 ? "sweep.csv" : "sweep-" + sh.index() + "-of-" + sh.count() + ".csv";
        SweepCsv.write(out.resolve(name), spec, cells, "preset=" + presetOptions.preset.getFileName() + " shard=" + sh.index() + "/"
                + sh.count());
        if (sh.count() == 1) {
            writePng(out.resolve("sweep.png"), spec, cells, presetOptions.preset.getFileName().toString());
        }
        long agree = cells.stream().filter(c -> c.analytic() != null && c.analytic() == c.outcome()).count();
        long judged = cells.stream().filter(c -> c.analytic() != null).count();
        System.err.printf(Locale.ROOT, "%d cells in %.1f s on %d threads%s -> %s%n", cells.size(), wall, threads,
                judged == 0 ? "" : String.format(Locale.ROOT, "; %d of %d agree with the analytic basin test", agree,
                        judged), out.resolve(name));
        return 0;
    }

    static void writePng(Path file, SweepSpec spec, List<SweepCell> cells, String title) throws IOException {
        ImageIO.write(SweepImage.framed(spec, cells, 480, title + " — " + spec.mode().name().toLowerCase(Locale.ROOT)
                + " sweep, " + spec.n() + "×" + spec.n() + ", " + spec.steps() + " steps"), "png", file.toFile());
    }

    private static double[] range(String text, double[] fallback, String field) {
        if (text == null) {
            return fallback;
        }
        String[] p = text.split(":");
        try {
            if (p.length == 2) {
                return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(field, "must look like A:B, got " + text);
    }
}
