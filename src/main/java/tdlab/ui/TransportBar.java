package tdlab.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Reset, one step, 100 steps, play/pause, speed (0.1× to 100×, log scale), the step counter, the
 * timeline slider that scrubs every panel to a recorded frame, and "branch here".
 */
final class TransportBar extends HBox {
    private final Slider timeline = new Slider(0, 0, 0);
    private boolean updating;

    /** {@code branchHere}: the session's branch, behind the window's question before frames are dropped. */
    TransportBar(SessionViewModel vm, Runnable branchHere) {
        setId("transport");
        setSpacing(6);
        setPadding(new Insets(6));
        setAlignment(Pos.CENTER_LEFT);
        Button reset = button(MaterialDesignR.RESTART, "Reset", "reset",
                "Reset: re-initialise and go back to step 0 (Backspace).", vm::reset);
        Button step = button(MaterialDesignS.STEP_FORWARD, "One step", "step-one", "One step (→).", () -> vm.step(1));
        Button step100 = button(MaterialDesignS.STEP_FORWARD_2, "100 steps", "step-100", "100 steps (Shift+→).",
                () -> vm.step(100));
        Button play = button(MaterialDesignP.PLAY, "Play", "play", "Play / pause (Space).", vm::togglePlay);
        FontIcon playIcon = (FontIcon) play.getGraphic();
        vm.runningProperty().addListener((o, a, b) -> {
            playIcon.setIconCode(b ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
            play.setAccessibleText(b ? "Pause" : "Play");
        });
        Slider speed = new Slider(-1, 2, 0);
        speed.setId("speed");
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Speed 0.1× to 100×, log scale: 1× = 60 steps per second; 100× removes the"
                + " cap."));
        Label speedLabel = new Label();
        speedLabel.setMinWidth(48);
        speed.valueProperty().addListener((o, a, b) -> vm.speedProperty().set(Math.pow(10, b.doubleValue())));
        // the session's speed is the truth: the slider and label follow it when a command sets it
        vm.speedProperty().addListener((o, a, b) -> {
            double s = b.doubleValue();
            if (Math.abs(Math.log10(s) - speed.getValue()) > 1e-9) {
                speed.setValue(Math.log10(s));
            }
            speedLabel.setText(speedText(s));
        });
        speed.setValue(Math.log10(vm.speedProperty().get()));
        speedLabel.setText(speedText(vm.speedProperty().get()));
        Label counter = new Label();
        counter.setId("step-counter");
        counter.setMinWidth(110);
        counter.setTooltip(new Tooltip("Optimizer steps done in this run."));
        vm.stepProperty().addListener((o, a, b) -> counter.setText(String.format(Locale.ROOT, "step %,d",
                b.longValue())));
        counter.setText("step 0");
        timeline.setId("timeline");
        timeline.setTooltip(new Tooltip("Timeline: drag to show any recorded frame in every panel; at the right end"
                + " the panels follow the run."));
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.setBlockIncrement(1);
        timeline.setMajorTickUnit(1);
        timeline.setSnapToTicks(true);
        timeline.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.scrubTo((int) Math.round(b.doubleValue()));
            }
        });
        vm.framesProperty().addListener((o, a, b) -> sync(vm));
        vm.timelineIndexProperty().addListener((o, a, b) -> sync(vm));
        Button branch = textButton("Branch here", "branch", "Start a new run from the shown frame with the current"
                + " settings; later frames are dropped.", branchHere);
        branch.disableProperty().bind(vm.followingProperty());
        // the learning-rate marks over the slider, in its coordinates: a pane the size of the slider's cell
        javafx.scene.layout.StackPane cell = new javafx.scene.layout.StackPane(timeline, new TimelineMarks(timeline, vm));
        HBox.setHgrow(cell, Priority.ALWAYS);
        getChildren().addAll(reset, step, step100, play, speed, speedLabel, counter, cell, branch);
    }

    private void sync(SessionViewModel vm) {
        updating = true;
        try {
            int n = vm.framesProperty().get().size();
            timeline.setMax(Math.max(0, n - 1));
            timeline.setValue(vm.timelineIndexProperty().get());
        } finally {
            updating = false;
        }
    }

    /**
     * A button drawn with an icon-font glyph (Ikonli's Material Design icons, shipped in the jar): characters
     * such as ⟲ or ⏸ drew as empty boxes where the system font lacks them. The name is for screen readers.
     */
    private static Button button(Ikon icon, String name, String id, String tip, Runnable action) {
        Button b = textButton("", id, tip, action);
        b.setGraphic(new FontIcon(icon));
        b.setAccessibleText(name);
        return b;
    }

    private static Button textButton(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    Slider timeline() {
        return timeline;
    }

    static String speedText(double s) {
        return s >= SessionViewModel.MAX_SPEED ? "max" : String.format(Locale.ROOT, "%.1f×", s);
    }
}
