package tdlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tdlab.preset.Preset;
import tdlab.preset.PresetWriter;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;
import tdlab.ui.Presets;

/**
 * bench --ui: training throughput of the S2 preset headless (a Simulation at full speed, frames recorded
 * exactly as in the app), then the same preset in the desktop app playing at full speed, then headless
 * again; reports the app's frames per second, its hitches, and its throughput against the mean of the two
 * headless measurements (they bracket the app's, so a drift in the machine's speed shows and averages out).
 */
final class UiBench {
    private static final String PRESET = "s2c-simple-transformer-pq-below-one";
    private static final int STEPS = 1_000_000;
    private static final long HEADLESS_WARMUP_MS = 10_000;
    private final double seconds;
    private final double warmup;

    UiBench(double seconds, double warmup) {
        this.seconds = seconds;
        this.warmup = warmup;
    }

    int call() throws IOException {
        Preset p = Presets.load(PRESET);
        RunConfig cfg = p.run().withSteps(STEPS);
        double before = headless(cfg);
        Path presetFile = Files.createTempFile("tdlab-bench", ".json");
        Path out = Files.createTempFile("tdlab-bench", ".out");
        PresetWriter.write(p.withRun(cfg), presetFile);
        DesktopApp.launch(new String[] {"--preset=" + presetFile, "--bench=" + seconds, "--bench-warmup=" + warmup,
            "--bench-out=" + out});
        JsonNode r = new ObjectMapper().readTree(Files.readString(out));
        Files.deleteIfExists(presetFile);
        Files.deleteIfExists(out);
        double after = headless(cfg);
        double headless = (before + after) / 2;
        double fps = r.get("fps").asDouble();
        double sps = r.get("steps_per_second").asDouble();
        System.out.printf(Locale.ROOT, "UI benchmark, preset %s at full speed, one training thread: %.0f s measured"
                + " after %.0f s of play in the app%n", PRESET, seconds, warmup);
        System.out.printf(Locale.ROOT, "headless training:      %8.1f steps/s  (%.1f before the app, %.1f after)%n",
                headless, before, after);
        System.out.printf(Locale.ROOT, "in the app:             %8.1f steps/s  (%.1f%% of headless)%n", sps,
                100 * sps / headless);
        System.out.printf(Locale.ROOT, "app frames per second:  %8.1f  (%.1f with the run paused: the toolkit's pulse"
                + " rate, %s=%s)%n", fps, r.get("idle_fps").asDouble(), DesktopApp.PULSE_PROPERTY,
                System.getProperty(DesktopApp.PULSE_PROPERTY));
        System.out.printf(Locale.ROOT, "hitches (gaps ≥ 33 ms): %7d  (longest gap %.1f ms)%n", r.get("hitches").asLong(),
                r.get("longest_gap_ms").asDouble());
        return 0;
    }

    private double headless(RunConfig cfg) {
        try (Simulation sim = new Simulation(cfg)) {
            sim.start();
            sim.play();
            Thread.sleep(HEADLESS_WARMUP_MS);
            long s0 = sim.currentStep();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            double rate = (sim.currentStep() - s0) / ((System.nanoTime() - t0) / 1e9);
            sim.pause();
            return rate;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
