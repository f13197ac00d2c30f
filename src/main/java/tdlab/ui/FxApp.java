package tdlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import tdlab.preset.Preset;
import tdlab.preset.PresetReader;

/** The JavaFX application: the main window on the default preset, paused at step 0. */
public final class FxApp extends Application {
    private SessionViewModel vm;
    private MainWindow window;

    /**
     * Named parameters: {@code --preset=FILE} opens that preset; {@code --steps=N} trains N steps at once;
     * {@code --screenshot=PNG} saves the window after {@code --delay=SECONDS} (default 3; with --steps, once
     * those steps are done) and quits.
     */
    @Override
    public void start(Stage stage) throws Exception {
        double toolkit = StartupPhases.sinceProcessStart();
        Map<String, String> named = getParameters().getNamed();
        Preset preset = named.containsKey("preset") ? PresetReader.read(Path.of(named.get("preset")))
                : Presets.load(Presets.DEFAULT);
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        vm = new SessionViewModel(preset, drawn); // the run starts training once the window is on screen
        window = new MainWindow(stage, vm);
        if (named.containsKey("theme")) { // asked on the command line; else the preset's, if it names one
            window.theme().darkProperty().set("dark".equals(named.get("theme")));
        }
        double built = StartupPhases.sinceProcessStart();
        window.show();
        double shown = StartupPhases.sinceProcessStart();
        firstFrame(stage.getScene(), drawn);
        if (named.containsKey("soak")) {
            MemorySoak.run(vm, Double.parseDouble(named.get("soak")), Path.of(named.get("soak-out")));
            return;
        }
        if (named.containsKey("startup-probe")) {
            drawn.thenRun(() -> reportFirstFrame(toolkit, built, shown));
            return;
        }
        if (named.containsKey("bench")) {
            UiBenchmark.run(stage, vm, window, Double.parseDouble(named.get("bench")),
                    Double.parseDouble(named.getOrDefault("bench-warmup", "60")), named.containsKey("bench-compare"),
                    Path.of(named.get("bench-out")));
            return;
        }
        if (named.containsKey("steps")) {
            vm.speedProperty().set(SessionViewModel.MAX_SPEED);
            vm.step(Integer.parseInt(named.get("steps")));
        }
        if (named.containsKey("screenshot")) {
            PauseTransition wait = new PauseTransition(Duration.seconds(Double.parseDouble(named.getOrDefault("delay",
                    "3"))));
            long target = named.containsKey("steps") ? Long.parseLong(named.get("steps")) : 0;
            long deadline = System.nanoTime() + 120_000_000_000L;
            wait.setOnFinished(e -> {
                vm.poll();
                if (vm.stepProperty().get() < target && vm.divergenceProperty().get() == null
                        && vm.statusProperty().get() != tdlab.sim.Simulation.Status.FINISHED
                        && System.nanoTime() < deadline) {
                    wait.playFromStart(); // --steps not done yet: the picture is of the trained state
                    return;
                }
                window.refreshNow();
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                            new File(named.get("screenshot")));
                } catch (java.io.IOException ex) {
                    // the app's log (the command line that asked for the picture owns the terminal)
                    System.getLogger(FxApp.class.getName()).log(System.Logger.Level.ERROR,
                            "cannot write the screenshot: " + ex.getMessage());
                }
                Platform.exit();
            });
            wait.play();
        }
    }

    /**
     * Completes {@code drawn} when the window has been laid out and drawn: the second pulse after it is shown (the
     * first lays it out, the second draws what the first laid out).
     */
    private static void firstFrame(Scene scene, CompletableFuture<Void> drawn) {
        int[] pulses = {0};
        Runnable[] listener = {null};
        listener[0] = () -> {
            if (++pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                drawn.complete(null);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * bench --startup: says in the app's log (standard error) that the first frame is drawn, with the earlier steps'
     * times, then quits.
     */
    private static void reportFirstFrame(double toolkit, double built, double shown) {
        // through the log, not the terminal the command line owns; bench --startup reads both streams
        System.getLogger(FxApp.class.getName()).log(System.Logger.Level.INFO,
                new StartupPhases(toolkit, built, shown, StartupPhases.sinceProcessStart()).line());
        Platform.exit();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (vm != null) {
            vm.close();
        }
    }
}
