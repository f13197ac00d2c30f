package tdlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the live app: with the run playing at full speed, after a warm-up that lets the JIT compile
 * the charting code, the animation pulses per second the FX thread delivers and the training steps per
 * second; then, paused, the same window's pulse rate (the display's own ceiling). Writes JSON and quits.
 */
final class UiBenchmark {
    /** About ten seconds at 60 Hz. */
    static final int WARMUP_PULSES = 600;

    private UiBenchmark() {
    }

    static void run(Stage stage, SessionViewModel vm, MainWindow window, double seconds, Path out) {
        vm.speedProperty().set(SessionViewModel.MAX_SPEED);
        vm.togglePlay();
        AnimationTimer meter = new AnimationTimer() {
            private long pulses;
            private long start;
            private long startPulses;
            private long startStep;
            private double fps = Double.NaN;
            private double sps;
            private double elapsed;

            @Override
            public void handle(long now) {
                pulses++;
                if (start == 0 && pulses == WARMUP_PULSES) {
                    start = now;
                    startPulses = pulses;
                    startStep = vm.stepProperty().get();
                } else if (start != 0 && Double.isNaN(fps) && now - start >= seconds * 1e9) {
                    elapsed = (now - start) / 1e9;
                    fps = (pulses - startPulses) / elapsed;
                    sps = (vm.stepProperty().get() - startStep) / elapsed;
                    vm.pause(); // then the same window idle: the display's own pulse rate
                    start = now;
                    startPulses = pulses;
                } else if (!Double.isNaN(fps) && now - start >= 3e9) {
                    double idleFps = (pulses - startPulses) / ((now - start) / 1e9);
                    stop();
                    try {
                        Files.writeString(out, String.format(Locale.ROOT, "{\"idle_fps\": %.2f, \"fps\": %.2f,"
                                + " \"steps_per_second\": %.2f, \"seconds\": %.2f}%n", idleFps, fps, sps, elapsed));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Platform.exit();
                }
            }
        };
        meter.start();
    }
}
