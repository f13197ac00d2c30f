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
 * exactly as in the app), then the same preset in the desktop app playing at full speed, reporting the
 * app's frames per second and the throughput ratio.
 */
final class UiBench {
    private static final String PRESET = "s2c-simple-transformer-pq-below-one";
    private static final int STEPS = 1_000_000;
    private final double seconds;

    UiBench(double seconds) {
        this.seconds = seconds;
    }

    int call() throws IOException {
        Preset p = Presets.load(PRESET);
        RunConfig cfg = p.run().withSteps(STEPS);
        double headless = headless(cfg);
        Path presetFile = Files.createTempFile("tdlab-bench", ".json");
        Path out = Files.createTempFile("tdlab-bench", ".out");
        PresetWriter.write(p.withRun(cfg), presetFile);
        DesktopApp.launch(new String[] {"--preset=" + presetFile, "--bench=" + seconds, "--bench-out=" + out});
        JsonNode r = new ObjectMapper().readTree(Files.readString(out));
        Files.deleteIfExists(presetFile);
        Files.deleteIfExists(out);
        double fps = r.get("fps").asDouble();
        double sps = r.get("steps_per_second").asDouble();
        System.out.printf(Locale.ROOT, "UI benchmark, preset %s at full speed, %.0f s each, one training thread%n",
                PRESET, seconds);
        System.out.printf(Locale.ROOT, "headless training:      %8.1f steps/s%n", headless);
        System.out.printf(Locale.ROOT, "in the app:             %8.1f steps/s  (%.1f%% of headless)%n", sps,
                100 * sps / headless);
        System.out.printf(Locale.ROOT, "app frames per second:  %8.1f  (%.1f with the run paused: the display's own"
                + " pulse rate)%n", fps, r.get("idle_fps").asDouble());
        return 0;
    }

    private double headless(RunConfig cfg) {
        try (Simulation sim = new Simulation(cfg)) {
            sim.start();
            sim.play();
            Thread.sleep(10_000); // warm-up, as in the app
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
