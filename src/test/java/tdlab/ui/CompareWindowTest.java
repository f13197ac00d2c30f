package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.render.LandscapeImage;
import tdlab.ui.panels.landscape.LandscapePanel;
import tdlab.ui.panels.loss.LossPanel;

/** Compare in the real window (Monocle): pin a run, change it, train both, read the loss chart and the diff table. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"));
        window = new MainWindow(stage, vm, new FileActionsTest.ScriptedDialogs());
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    private MenuItem menu(String id) {
        return window.menu().item(id);
    }

    /** Both runs have trained to {@code step} and the window shows it. */
    private void trained(long step) throws Exception {
        Simulation pinned = window.comparison().pinnedSimulations().get(0);
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == step && !vm.runningProperty().get()
                && pinned.currentStep() == step && pinned.awaitIdle(1)
                && window.panel(LossPanel.class).lastValidationSteps().values().stream()
                        .allMatch(s -> s == step));
    }

    /** The diff table's cells, row by row ("label | A's value | B's value"). */
    private List<String> diffRows(FxRobot robot) throws Exception {
        GridPane table = robot.lookup("#compare-diff-table").queryAs(GridPane.class);
        return WindowTests.fx(() -> {
            int rows = table.getChildren().stream().mapToInt(n -> GridPane.getRowIndex(n) + 1).max().orElse(0);
            List<String> out = new java.util.ArrayList<>();
            for (int r = 0; r < rows; r++) {
                StringBuilder line = new StringBuilder();
                for (Node n : table.getChildren()) {
                    if (GridPane.getRowIndex(n) == r) {
                        line.append(line.length() == 0 ? "" : " | ").append(((Label) n).getText());
                    }
                }
                out.add(line.toString());
            }
            return out;
        });
    }

    @Test
    void pinChangeTheLearningRateAndTrainBothRunsSideBySideUpToOneTimeCursor(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        Node diffBar = robot.lookup("#compare-diff").query();
        assertThat(diffBar.isVisible()).isFalse();
        assertThat(menu("menu-compare-pin").getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        assertThat(menu("menu-compare-stop").isDisable()).isTrue();
        Simulation a = WindowTests.fx(vm::simulation);
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        WindowTests.waitUntil(window, () -> window.comparison().pinnedSimulations().size() == 1);
        assertThat(window.comparison().pinnedSimulations()).containsExactly(a);
        assertThat(diffBar.isVisible()).isTrue();

        // B: the embedding's learning rate 0.01 → 0.05 with the sidebar's slider (it acts on the live run at once)
        Slider embedding = robot.lookup("#lr-embedding").queryAs(Slider.class);
        WindowTests.fx(() -> {
            embedding.setValue(Math.log10(0.05));
            vm.step(200);
            return null;
        });
        trained(200);
        LossPanel loss = window.panel(LossPanel.class);
        List<String> legend = WindowTests.fx(loss::legend);
        assertThat(legend).contains("B: train (batch)", "B: validation",
                "A → B: learning rate embedding 0.01 → 0.05");
        Map<String, Double> last = WindowTests.fx(loss::lastValidationSteps);
        assertThat(last).containsOnlyKeys("B: validation", "A → B: learning rate embedding 0.01 → 0.05");
        List<Frame> frameA = a.frames();
        List<Frame> frameB = WindowTests.fx(() -> vm.framesProperty().get());
        assertThat(frameA.get(frameA.size() - 1).valLoss()).as("two different runs")
                .isNotEqualTo(frameB.get(frameB.size() - 1).valLoss());
        assertThat(diffRows(robot)).containsExactly("Setting | A | B (live)",
                "learning rate embedding | 0.01 | 0.05");

        // the timeline scrubbed back: every run up to the shown step
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        int at100 = Frame.indexAtOrBefore(frameB, 100);
        WindowTests.fx(() -> {
            timeline.setValue(at100);
            return null;
        });
        WindowTests.waitUntil(window, () -> loss.lastValidationSteps().values().stream().allMatch(s -> s == 100));
        assertThat(vm.frameProperty().get().step()).isEqualTo(100);
    }

    @Test
    void stopComparingClosesThePinnedRunAndTheChartShowsOneRunAgain(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        WindowTests.fx(() -> {
            menu("menu-compare-pin").fire();
            vm.step(30);
            return null;
        });
        trained(30);
        Simulation a = window.comparison().pinnedSimulations().get(0);
        assertThat(robot.lookup("#compare-progress").queryAs(Label.class).getText()).isEqualTo("A at step 30, paused");
        assertThat(diffRows(robot)).isEmpty();
        assertThat(robot.lookup("#compare-same").queryAs(Label.class).isVisible()).isTrue();
        WindowTests.fx(() -> {
            menu("menu-compare-stop").fire();
            return null;
        });
        assertThat(a.status()).isEqualTo(Simulation.Status.CLOSED);
        assertThat(robot.lookup("#compare-diff").query().isVisible()).isFalse();
        LossPanel loss = window.panel(LossPanel.class);
        WindowTests.waitUntil(window, () -> loss.legend().equals(List.of("train (batch)", "validation",
                "exact population loss")));
        assertThat(vm.simulation().currentStep()).as("the live run goes on").isEqualTo(30);
    }

    @Test
    void fourRunsAtMost() throws Exception {
        WindowTests.fx(() -> {
            for (int i = 0; i < 3; i++) {
                menu("menu-compare-pin").fire();
            }
            return null;
        });
        assertThat(window.comparison().pinnedSimulations()).hasSize(3);
        assertThat(menu("menu-compare-pin").isDisable()).isTrue();
        assertThat(menu("menu-compare-stop").isDisable()).isFalse();
    }

    @Test
    void aComparisonPresetOpensInCompareModeAndTheNextPresetLeavesNoPinnedRun(FxRobot robot) throws Exception {
        WindowTests.fx(() -> {
            window.fileActions().openExample(Presets.load("s1b-compare-trap-or-way-out"));
            vm.step(100);
            return null;
        });
        assertThat(window.comparison().pinnedSimulations()).hasSize(1);
        trained(100);
        LossPanel loss = window.panel(LossPanel.class);
        assertThat(WindowTests.fx(loss::legend)).contains("A: validation", "B: recommended start (0.5, −1)");
        assertThat(diffRows(robot)).first().isEqualTo("Setting | A (live) | B");
        assertThat(diffRows(robot)).contains("scheme | gaussian | canonical_point");
        Simulation b = window.comparison().pinnedSimulations().get(0);
        // both trajectories on one landscape: B's trail starts at its start (w0, e0) = (−1, 0.5)
        LandscapePanel landscape = window.panel(LandscapePanel.class);
        WindowTests.waitUntil(window, () -> landscape.transform() != null
                && landscape.comparedTrailStarts().size() == 1);
        double[] start = WindowTests.fx(() -> landscape.comparedTrailStarts().get(0));
        LandscapeImage.Transform t = WindowTests.fx(landscape::transform);
        assertThat(start[0]).isCloseTo(t.x(-1.0), within(1.0));
        assertThat(start[1]).isCloseTo(t.y(0.5), within(1.0));

        WindowTests.fx(() -> {
            window.fileActions().openExample(Presets.load("s1a-local-to-global-pq-below-one"));
            return null;
        });
        assertThat(b.status()).isEqualTo(Simulation.Status.CLOSED);
        assertThat(window.comparison().pinnedSimulations()).isEmpty();
        assertThat(robot.lookup("#compare-diff").query().isVisible()).isFalse();
    }
}
