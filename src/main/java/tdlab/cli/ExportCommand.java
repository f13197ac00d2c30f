package tdlab.cli;

import java.nio.file.Path;
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
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.task.ConfigException;
import tdlab.train.RunConfig;

/** Trains a preset headless and exports it: an animation, a picture, the series or the run record. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Train a preset without a display, then write --format gif or mp4 (an animation of the recorded"
                + " frames, drawn offscreen: the same preset gives the same file), png (one frame), csv (every series)"
                + " or json (a run record that reloads as a preset). Exit code 2 on bad input.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    PresetOptions presetOptions;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Option(names = "--format", required = true, description = "gif, mp4, png, csv or json")
    String format;

    @Option(names = "--fps", defaultValue = "10", description = "frames per second (default ${DEFAULT-VALUE})")
    int fps;

    @Option(names = "--size", defaultValue = "960x640", description = "WxH of a frame (default ${DEFAULT-VALUE})")
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
        ConfigException.require(w >= 200 && h >= 150 && w <= 8000 && h <= 8000, "size",
                "must be between 200x150 and 8000x8000, got " + w + "x" + h);
        ConfigException.require(fps >= 1 && fps <= 60, "fps", "must be between 1 and 60, got " + fps);
        ConfigException.require(from == null || from >= 0, "from", "must be a step ≥ 0, got " + from);
        ConfigException.require(from == null || to == null || from < to, "to",
                "must be after --from " + from + ", got " + to);
        Simulation sim = new Simulation(cfg); // before training: bad settings are refused at once
        List<Frame> frames;
        try {
            sim.start();
            sim.runTo(cfg.training().steps());
            while (!sim.awaitIdle(200)) {
                progress("training", sim.currentStep(), cfg.training().steps());
            }
            frames = sim.frames();
        } finally {
            sim.close();
        }
        Preset effective = p.withRun(cfg);
        switch (format) {
            case "csv" -> MetricsCsv.writeAll(out, sim.info(), frames);
            case "json" -> RunRecord.write(out, effective, MetricsCsv.json(sim.info(), frames),
                    RunSummary.of(cfg, p.scenario(), sim.info(), frames,
                            presetOptions.preset.toString(), Double.NaN, Double.NaN));
            default -> {
                int a = Frame.indexAtOrBefore(frames, from == null ? 0 : from);
                int b = Frame.indexAtOrBefore(frames, to == null ? frames.get(frames.size() - 1).step() : to);
                ConfigException.require(format.equals("png") || a < b, "from",
                        "the range holds fewer than two recorded frames (the run recorded steps "
                                + frames.get(0).step() + " to " + frames.get(frames.size() - 1).step() + ")");
                FrameComposer composer = new FrameComposer(cfg, sim.info(), p.title(), w - w % 2, h - h % 2,
                        Colormap.load(p.view().palette()));
                if (format.equals("png")) {
                    List<Frame> fs = frames;
                    AtomicFiles.write(out, o -> ImageIO.write(composer.compose(fs, b), "png", o));
                } else {
                    int count = b - a + 1;
                    AnimationExporter.export(composer, frames, a, b, fps, format.equals("gif")
                            ? AnimationExporter.Format.GIF : AnimationExporter.Format.MP4, out,
                            k -> progress("frames", k, count), new AtomicBoolean());
                }
            }
        }
        if (System.console() != null) {
            System.err.println();
        }
        System.err.println("wrote " + out);
        return 0;
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

    private static void progress(String what, long done, long total) {
        if (System.console() != null) {
            System.err.printf(Locale.ROOT, "\r%s %d/%d", what, done, total);
        }
    }
}
