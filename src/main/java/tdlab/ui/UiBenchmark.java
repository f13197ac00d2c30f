package tdlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the live app: with the run playing at full speed, after a warm-up that lets the JIT compile
 * the drawing code, the animation pulses per second the FX thread delivers, the gaps between them and the
 * training steps per second; then, paused, the same window's pulse rate (the toolkit's own ceiling).
 * In compare mode the live run is first pinned (Compare → Pin), so two runs play side by side, and each run's steps
 * per second is measured. Writes JSON and quits.
 */
final class UiBenchmark {
    /** A gap this long between two pulses is a visible hitch (two 60 Hz frames). */
    static final long HITCH_NANOS = 33_000_000L;

    private UiBenchmark() {
    }

    static void run(Stage stage, SessionViewModel vm, MainWindow window, double seconds, double warmupSeconds,
            boolean compare, Path out) {
        if (compare) {
            window.comparison().pin(); // what the Compare menu's Pin does: the run pinned as A, a fresh live B
        }
        // the pinned run's step, read off its simulation (0 without one)
        java.util.function.LongSupplier pinnedStep = () -> window.comparison().pinnedSimulations().stream()
                .mapToLong(tdlab.sim.Simulation::currentStep).sum();
        vm.speedProperty().set(SessionViewModel.MAX_SPEED);
        vm.togglePlay();
        AnimationTimer meter = new AnimationTimer() {
            private long first;
            private long last;
            private long pulses;
            private long start;
            private long startPulses;
            private long startStep;
            private long startPinned;
            private ThreadCpu startCpu;
            private Map<String, Long> cpu = Map.of();
            private double pinnedSps;
            private long hitches;
            private long longestGap;
            private double fps = Double.NaN;
            private double sps;
            private double elapsed;

            @Override
            public void handle(long now) {
                pulses++;
                if (first == 0) {
                    first = now;
                } else if (start == 0 && now - first >= warmupSeconds * 1e9) {
                    start = now;
                    startPulses = pulses;
                    startStep = vm.stepProperty().get();
                    startPinned = pinnedStep.getAsLong();
                    startCpu = ThreadCpu.now();
                } else if (start != 0 && Double.isNaN(fps)) {
                    long gap = now - last;
                    longestGap = Math.max(longestGap, gap);
                    hitches += gap >= HITCH_NANOS ? 1 : 0;
                    if (now - start >= seconds * 1e9) {
                        elapsed = (now - start) / 1e9;
                        fps = (pulses - startPulses) / elapsed;
                        sps = (vm.stepProperty().get() - startStep) / elapsed;
                        pinnedSps = (pinnedStep.getAsLong() - startPinned) / elapsed;
                        cpu = ThreadCpu.now().since(startCpu);
                        vm.pause(); // then the same window idle: the toolkit's own pulse rate
                        start = now;
                        startPulses = pulses;
                    }
                } else if (!Double.isNaN(fps) && now - start >= 3e9) {
                    double idleFps = (pulses - startPulses) / ((now - start) / 1e9);
                    stop();
                    write(out, String.format(Locale.ROOT, "{\"idle_fps\": %.2f, \"fps\": %.2f, \"steps_per_second\":"
                            + " %.2f, \"pinned_steps_per_second\": %.2f, \"seconds\": %.2f, \"hitches\": %d,"
                            + " \"longest_gap_ms\": %.1f, \"cpu_ms\": {%s}}%n", idleFps, fps, sps, pinnedSps, elapsed,
                            hitches, longestGap / 1e6, cpuJson(cpu)));
                    Platform.exit();
                }
                last = now;
            }
        };
        meter.start();
    }

    /** "\"fx\": 1234.5, …": each kind of thread's CPU milliseconds over the measured time. */
    private static String cpuJson(Map<String, Long> cpu) {
        return String.join(", ", cpu.entrySet().stream().map(e -> String.format(Locale.ROOT, "\"%s\": %.1f",
                e.getKey(), e.getValue() / 1e6)).toList());
    }

    private static void write(Path out, String json) {
        try {
            Files.writeString(out, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
