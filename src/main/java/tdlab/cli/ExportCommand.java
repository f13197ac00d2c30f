package tdlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tdlab.export.AnimationExporter;
import tdlab.export.MetricsCsv;
import tdlab.export.RunSummary;
import tdlab.preset.AtomicFiles;
import tdlab.preset.Preset;
import tdlab.preset.RunRecord;
import tdlab.render.Colormap;
import tdlab.render.frame.FrameComposer;
import tdlab.render.frame.SideBySide;
import tdlab.sim.Frame;
import tdlab.task.ConfigException;
import tdlab.train.RunConfig;

/** Trains a preset headless and exports it: an animation, a picture, the series or the run record. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Train a preset without a display, then write --format gif or mp4 (an animation of the recorded"
                + " frames, drawn offscreen: the same preset gives the same file), png (one frame), csv (every series)"
                + " or json (a run record that reloads as a preset). A comparison (--vary, or a preset with a"
                + " \"compare\" section) trains every run and draws them side by side at the same step in gif, mp4"
                + " and png (two in a row, three or four in a grid; --size is the whole picture); csv and json export"
                + " the preset's own run. Exit code 2 on bad input.")
final class ExportCommand implements Callable<Integer> {
    /** The smallest picture of one run. */
    private static final int MIN_W = 200;
    private static final int MIN_H = 150;

    @Mixin
    PresetOptions presetOptions;

    @Mixin
    VaryOption varyOption;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Option(names = "--format", required = true, description = "gif, mp4, png, csv or json")
    String format;

    @Option(names = "--fps", defaultValue = "10", description = "frames per second (default ${DEFAULT-VALUE})")
    int fps;

    @Option(names = "--size", defaultValue = "960x640", description = "WxH of a frame, a comparison's runs together"
            + " (default ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--scale", defaultValue = "1", description = "1 or 2: multiplies the size (default ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--from", paramLabel = "STEP", description = "first step of the animation (default 0)")
    Long from;

    @Option(names = "--to", paramLabel = "STEP", description = "last step of the animation, or the step of a png"
            + " (default: the last)")
    Long to;

    @Override
    public Integer call() throws Exception {
        Preset p = presetOptions.read();
        RunConfig cfg = presetOptions.configOf(p);
        ConfigException.require(List.of("gif", "mp4", "png", "csv", "json").contains(format), "format",
                "must be gif, mp4, png, csv or json, got " + format);
        ConfigException.require(scale == 1 || scale == 2, "scale", "must be 1 or 2, got " + scale);
        int[] wh = size(size);
        int w = wh[0] * scale;
        int h = wh[1] * scale;
        ConfigException.require(w >= MIN_W && h >= MIN_H && w <= 8000 && h <= 8000, "size",
                "must be between " + MIN_W + "x" + MIN_H + " and 8000x8000, got " + w + "x" + h);
        ConfigException.require(fps >= 1 && fps <= 60, "fps", "must be between 1 and 60, got " + fps);
        ConfigException.require(from == null || from >= 0, "from", "must be a step ≥ 0, got " + from);
        ConfigException.require(from == null || to == null || from < to, "to",
                "must be after --from " + from + ", got " + to);
        boolean picture = !format.equals("csv") && !format.equals("json");
        ConfigException.require(picture || varyOption.vary == null, "vary", "exports gif, mp4 or png (run --vary"
                + " writes each run's series and compare.csv), got --format " + format);
        if (picture && (varyOption.vary != null || !p.variants().isEmpty())) {
            exportComparison(p.withRun(cfg), w, h);
        } else {
            exportRun(p, cfg, w, h);
        }
        if (System.console() != null) {
            System.err.println();
        }
        System.err.println("wrote " + out);
        return 0;
    }

    private void exportRun(Preset p, RunConfig cfg, int w, int h) throws Exception {
        HeadlessRuns.Trained run = HeadlessRuns.train(List.of(cfg)).get(0);
        List<Frame> frames = run.frames();
        switch (format) {
            case "csv" -> MetricsCsv.writeAll(out, run.info(), frames);
            case "json" -> RunRecord.write(out, p.withRun(cfg), MetricsCsv.json(run.info(), frames),
                    RunSummary.of(cfg, p.scenario(), run.info(), frames,
                            presetOptions.preset.toString(), Double.NaN, Double.NaN));
            default -> {
                List<Long> steps = frames.stream().map(Frame::step).toList();
                int[] range = range(steps);
                FrameComposer composer = composer(p, run, w - w % 2, h - h % 2);
                if (format.equals("png")) {
                    AtomicFiles.write(out, o -> ImageIO.write(composer.compose(frames, range[1]), "png", o));
                } else {
                    AnimationExporter.export(composer, frames, range[0], range[1], fps, animation(), out,
                            k -> HeadlessRuns.progress("frames", k, range[1] - range[0] + 1), new AtomicBoolean());
                }
            }
        }
    }

    /**
     * A comparison (a preset's "compare" runs, or --vary): every run trained as {@code run} trains it, then each
     * step of the runs' timeline drawn with the runs side by side, each at that step.
     */
    private void exportComparison(Preset base, int w, int h) throws Exception {
        List<ComparisonRun.Named> runs = ComparisonRun.runs(base, varyOption.vary);
        ConfigException.require(runs.size() <= ComparisonLabels.LETTERS.length(), "vary", "an export draws at most "
                + ComparisonLabels.LETTERS.length() + " runs side by side, got " + runs.size());
        int[] pane = SideBySide.paneSize(runs.size(), w, h);
        ConfigException.require(pane[0] >= MIN_W && pane[1] >= MIN_H, "size", "leaves each of the " + runs.size()
                + " runs " + pane[0] + "x" + pane[1] + ", less than " + MIN_W + "x" + MIN_H + ", got " + w + "x" + h);
        List<String> labels = ComparisonLabels.of(runs,
                varyOption.vary == null ? null : ComparisonRun.variedPath(varyOption.vary));
        List<HeadlessRuns.Trained> trained = HeadlessRuns.train(runs.stream().map(r -> r.preset().run()).toList());
        List<SideBySide.Pane> panes = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            HeadlessRuns.Trained t = trained.get(i);
            panes.add(new SideBySide.Pane(labels.get(i), i, composer(runs.get(i).preset(), t, pane[0], pane[1]),
                    t.frames()));
        }
        SideBySide pictures = new SideBySide(panes, w - w % 2, h - h % 2);
        List<Long> steps = pictures.steps();
        int[] range = range(steps);
        if (format.equals("png")) {
            AtomicFiles.write(out, o -> ImageIO.write(pictures.compose(steps.get(range[1])), "png", o));
        } else {
            int count = range[1] - range[0] + 1;
            AnimationExporter.export(k -> pictures.compose(steps.get(range[0] + k)), count, fps, animation(), out,
                    k -> HeadlessRuns.progress("frames", k, count), new AtomicBoolean());
        }
    }

    /** The indices of --from and --to in the recorded steps (each the last at or before it); checked. */
    private int[] range(List<Long> steps) {
        int a = atOrBefore(steps, from == null ? 0 : from);
        int b = atOrBefore(steps, to == null ? steps.get(steps.size() - 1) : to);
        ConfigException.require(format.equals("png") || a < b, "from",
                "the range holds fewer than two recorded frames (the run recorded steps " + steps.get(0) + " to "
                        + steps.get(steps.size() - 1) + ")");
        return new int[] {a, b};
    }

    private static int atOrBefore(List<Long> steps, long step) {
        int i = Collections.binarySearch(steps, step);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    private static FrameComposer composer(Preset p, HeadlessRuns.Trained run, int w, int h) {
        return new FrameComposer(run.config(), run.info(), p.title(), w, h, Colormap.load(p.view().palette()));
    }

    private AnimationExporter.Format animation() {
        return format.equals("gif") ? AnimationExporter.Format.GIF : AnimationExporter.Format.MP4;
    }

    /** "960x640" as {960, 640}. */
    private static int[] size(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("size", "must look like 960x640, got " + text);
    }
}
