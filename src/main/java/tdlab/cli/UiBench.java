package tdlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.preset.Preset;
import tdlab.preset.PresetWriter;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;
import tdlab.ui.Presets;
import tdlab.ui.ThreadCpu;

/**
 * bench --ui: training throughput of the S2 preset headless (a Simulation at full speed, frames recorded
 * exactly as in the app), then the same preset in the desktop app playing at full speed, then headless
 * again; reports the app's frames per second, its hitches, and its throughput against the mean of the two
 * headless measurements (they bracket the app's, so a drift in the machine's speed shows and averages out).
 * With {@code --compare} the app pins the run first (Compare → Pin) and plays two runs of the preset side by side:
 * each run's throughput and their sum against the same headless run.
 */
final class UiBench {
    private static final String PRESET = "s2c-simple-transformer-pq-below-one";
    private static final int STEPS = 1_000_000;
    private static final long HEADLESS_WARMUP_MS = 10_000;
    private final double seconds;
    private final double warmup;
    private final boolean compare;

    UiBench(double seconds, double warmup, boolean compare) {
        this.seconds = seconds;
        this.warmup = warmup;
        this.compare = compare;
    }

    /** A headless run's steps per second and its training thread's CPU milliseconds per step. */
    private record Headless(double stepsPerSecond, double cpuMsPerStep) {
    }

    int call() throws IOException {
        Preset p = Presets.load(PRESET);
        RunConfig cfg = p.run().withSteps(STEPS);
        Headless before = headless(cfg, 1);
        // compare mode: two headless runs at once as well, what the machine gives two training threads without a window
        Headless pairBefore = compare ? headless(cfg, 2) : null;
        Path presetFile = Files.createTempFile("tdlab-bench", ".json");
        Path out = Files.createTempFile("tdlab-bench", ".out");
        PresetWriter.write(p.withRun(cfg), presetFile);
        List<String> args = new ArrayList<>(List.of("--preset=" + presetFile, "--bench=" + seconds,
                "--bench-warmup=" + warmup, "--bench-out=" + out));
        if (compare) {
            args.add("--bench-compare=true");
        }
        DesktopApp.launch(args.toArray(String[]::new));
        JsonNode r = new ObjectMapper().readTree(Files.readString(out));
        Files.deleteIfExists(presetFile);
        Files.deleteIfExists(out);
        Headless pairAfter = compare ? headless(cfg, 2) : null;
        Headless after = headless(cfg, 1);
        double headless = (before.stepsPerSecond() + after.stepsPerSecond()) / 2;
        double fps = r.get("fps").asDouble();
        double sps = r.get("steps_per_second").asDouble();
        double pinned = r.get("pinned_steps_per_second").asDouble();
        double elapsed = r.get("seconds").asDouble();
        System.out.printf(Locale.ROOT, "UI benchmark, preset %s at full speed%s, one training thread%s: %.0f s"
                + " measured after %.0f s of play in the app (%d cores, shared with whatever else runs)%n", PRESET,
                compare ? " in compare mode (pinned A and live B)" : "", compare ? " each" : "", seconds, warmup,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "headless training:      %8.1f steps/s  (%.1f before the app, %.1f after)%n",
                headless, before.stepsPerSecond(), after.stepsPerSecond());
        if (compare) {
            System.out.printf(Locale.ROOT, "run A (pinned):         %8.1f steps/s  (%.1f%% of headless)%n", pinned,
                    100 * pinned / headless);
            System.out.printf(Locale.ROOT, "run B (live):           %8.1f steps/s  (%.1f%% of headless)%n", sps,
                    100 * sps / headless);
            System.out.printf(Locale.ROOT, "both runs:              %8.1f steps/s  (%.1f%% of headless)%n",
                    pinned + sps, 100 * (pinned + sps) / headless);
            double pair = (pairBefore.stepsPerSecond() + pairAfter.stepsPerSecond()) / 2;
            System.out.printf(Locale.ROOT, "two headless at once:   %8.1f steps/s  in all (%.1f before the app, %.1f"
                    + " after); both runs in the app %.1f%% of that%n", pair, pairBefore.stepsPerSecond(),
                    pairAfter.stepsPerSecond(), 100 * (pinned + sps) / pair);
        } else {
            System.out.printf(Locale.ROOT, "in the app:             %8.1f steps/s  (%.1f%% of headless)%n", sps,
                    100 * sps / headless);
        }
        System.out.printf(Locale.ROOT, "app frames per second:  %8.1f  (%.1f with the run paused: the toolkit's pulse"
                + " rate, %s=%s)%n", fps, r.get("idle_fps").asDouble(), DesktopApp.PULSE_PROPERTY,
                System.getProperty(DesktopApp.PULSE_PROPERTY));
        System.out.printf(Locale.ROOT, "hitches (gaps ≥ 33 ms): %7d  (longest gap %.1f ms)%n", r.get("hitches").asLong(),
                r.get("longest_gap_ms").asDouble());
        // what a frame and a step cost in CPU, which a machine shared with other jobs does not change as it
        // changes the rates above
        JsonNode cpu = r.get("cpu_ms");
        double pulses = fps * elapsed;
        double steps = (sps + pinned) * elapsed;
        double headlessCpu = (before.cpuMsPerStep() + after.cpuMsPerStep()) / 2;
        System.out.printf(Locale.ROOT, "CPU in the app:         FX thread %.1f ms and renderer %.1f ms a frame, other"
                + " threads %.0f ms/s; training %.1f ms a step (%.2f× headless %.1f ms)%n",
                cpu.get(ThreadCpu.FX).asDouble() / pulses, cpu.get(ThreadCpu.RENDER).asDouble() / pulses,
                cpu.get(ThreadCpu.OTHER).asDouble() / elapsed, cpu.get(ThreadCpu.TRAINING).asDouble() / steps,
                cpu.get(ThreadCpu.TRAINING).asDouble() / steps / headlessCpu, headlessCpu);
        return 0;
    }

    /** {@code copies} runs of the preset at full speed at once: their steps per second in all. */
    private Headless headless(RunConfig cfg, int copies) {
        List<Simulation> sims = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                sims.add(new Simulation(cfg).start());
            }
            sims.forEach(Simulation::play);
            Thread.sleep(HEADLESS_WARMUP_MS);
            long s0 = steps(sims);
            ThreadCpu c0 = ThreadCpu.now();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long steps = steps(sims) - s0;
            double rate = steps / ((System.nanoTime() - t0) / 1e9);
            double cpu = ThreadCpu.now().since(c0).get(ThreadCpu.TRAINING) / 1e6;
            return new Headless(rate, cpu / steps);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Headless(Double.NaN, Double.NaN);
        } finally {
            sims.forEach(Simulation::close);
        }
    }

    private static long steps(List<Simulation> sims) {
        return sims.stream().mapToLong(Simulation::currentStep).sum();
    }
}
