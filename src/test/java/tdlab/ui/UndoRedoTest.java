package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.model.ParamGroup;
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.ui.panels.loss.LossPanel;
import tdlab.ui.sidebar.Sidebar;

/**
 * Edit → Undo / Redo in the real window (Monocle) on S1a: a matrix cell, a live learning-rate change and its timeline
 * marks, an Apply &amp; restart (the previous run itself comes back), a pin, the speed, a maximised panel, the theme.
 */
@ExtendWith(ApplicationExtension.class)
class UndoRedoTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"));
        window = new MainWindow(stage, vm);
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

    @Test
    void undoOfAMatrixEditRestoresTheCellAndTheDraft(FxRobot robot) throws Exception {
        Sidebar sidebar = robot.lookup("#sidebar").queryAs(Sidebar.class);
        TextField cell = robot.lookup("#cell-0-1").queryAs(TextField.class);
        assertThat(menu("menu-undo").isDisable()).isTrue();
        robot.clickOn(cell).eraseText(cell.getText().length()).write("0.45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sidebar.draft().cell(0, 1)).isEqualTo(0.45);
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: p 0.2 → 0.45");

        fire("menu-undo");
        assertThat(sidebar.draft().cell(0, 1)).isEqualTo(0.2);
        assertThat(sidebar.draft().cell(0, 0)).isEqualTo(0.8);
        assertThat(Double.parseDouble(cell.getText())).isEqualTo(0.2);
        assertThat(menu("menu-undo").isDisable()).isTrue();
        assertThat(menu("menu-redo").getText()).isEqualTo("Redo: p 0.2 → 0.45");

        fire("menu-redo");
        assertThat(sidebar.draft().cell(0, 1)).isEqualTo(0.45);
        assertThat(Double.parseDouble(cell.getText())).isEqualTo(0.45);
    }

    @Test
    void undoOfALiveRateChangePutsTheOldRateBackAndKeepsTheStep(FxRobot robot) throws Exception {
        Sidebar sidebar = robot.lookup("#sidebar").queryAs(Sidebar.class);
        WindowTests.fx(() -> {
            vm.step(20);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 20 && !vm.runningProperty().get());
        Slider embedding = robot.lookup("#lr-embedding").queryAs(Slider.class);
        WindowTests.fx(() -> {
            embedding.setValue(Math.log10(0.05));
            return null;
        });
        assertThat(vm.runConfig().training().group(ParamGroup.EMBEDDING).learningRate()).isCloseTo(0.05,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(menu("menu-undo").getText()).startsWith("Undo: ").contains("→ 0.05");

        fire("menu-undo");
        assertThat(vm.runConfig().training().group(ParamGroup.EMBEDDING).learningRate()).isEqualTo(0.01);
        assertThat(sidebar.draft().learningRateProperty(ParamGroup.EMBEDDING).get()).isEqualTo(0.01);
        assertThat(embedding.getValue()).isCloseTo(-2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(vm.stepProperty().get()).as("the run goes on from where it was").isEqualTo(20);
        WindowTests.fx(() -> {
            vm.step(5);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 25 && !vm.runningProperty().get());
        assertThat(vm.frameProperty().get().learningRates()[ParamGroup.EMBEDDING.ordinal()]).isEqualTo(0.01);
    }

    private void fire(String id) throws Exception {
        WindowTests.fx(() -> {
            menu(id).fire();
            return null;
        });
    }

    /** Trains the live run {@code n} steps on and waits until the window shows the frame at {@code step}. */
    private void train(int n, long step) throws Exception {
        WindowTests.fx(() -> {
            vm.step(n);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == step && !vm.runningProperty().get()
                && vm.frameProperty().get() != null && vm.frameProperty().get().step() == step);
    }

    private static String tooltip(Node n) {
        Object t = n.getProperties().get("javafx.scene.control.Tooltip");
        return t == null ? null : ((Tooltip) t).getText();
    }

    @Test
    void aLiveRateChangeAndItsUndoAreMarkedOnTheTimelineAtTheirStep(FxRobot robot) throws Exception {
        train(20, 20);
        Slider embedding = robot.lookup("#lr-embedding").queryAs(Slider.class);
        WindowTests.fx(() -> {
            embedding.setValue(Math.log10(0.05));
            return null;
        });
        train(20, 40);
        fire("menu-undo");
        train(20, 60);
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        Node change = robot.lookup("#timeline-mark-0").query();
        Node undo = robot.lookup("#timeline-mark-1").query();
        assertThat(tooltip(change)).isEqualTo("step 20: learning rate embedding 0.01 → 0.05");
        assertThat(tooltip(undo)).isEqualTo("step 40: learning rate embedding 0.05 → 0.01 (undone)");
        // frames at 0, 10, …, 60: step 20 is a third of the slider's track, step 40 two thirds
        double[] xs = WindowTests.fx(() -> {
            Bounds track = timeline.localToScene(timeline.lookup(".track").getBoundsInLocal());
            Bounds a = change.localToScene(change.getBoundsInLocal());
            Bounds b = undo.localToScene(undo.getBoundsInLocal());
            return new double[] {track.getMinX(), track.getWidth(), a.getCenterX(), b.getCenterX()};
        });
        assertThat(xs[2]).isCloseTo(xs[0] + xs[1] / 3, within(xs[1] / 30));
        assertThat(xs[3]).isCloseTo(xs[0] + 2 * xs[1] / 3, within(xs[1] / 30));
        assertThat(vm.framesProperty().get().stream().filter(f -> f.step() == 30).findFirst().orElseThrow()
                .learningRates()[ParamGroup.EMBEDDING.ordinal()]).as("between the marks: the changed rate")
                .isCloseTo(0.05, within(1e-12));
    }

    @Test
    void undoOfApplyAndRestartBringsBackThePreviousRunAndRedoTheNewOne(FxRobot robot) throws Exception {
        train(60, 60);
        Simulation first = WindowTests.fx(vm::simulation);
        LossPanel loss = window.panel(LossPanel.class);
        List<Frame> firstFrames = vm.framesProperty().get();
        Frame firstShown = vm.frameProperty().get();
        int firstPoints = WindowTests.fx(loss::points);
        TextField cell = robot.lookup("#cell-0-1").queryAs(TextField.class);
        robot.clickOn(cell).eraseText(cell.getText().length()).write("0.45").type(KeyCode.ENTER);
        robot.clickOn("#apply-config");
        WindowTests.waitUntil(window, () -> vm.simulation() != first && vm.frameProperty().get() != null);
        assertThat(first.status()).as("kept for Undo, not closed").isEqualTo(Simulation.Status.PAUSED);
        train(20, 20);
        Simulation second = WindowTests.fx(vm::simulation);
        List<Frame> secondFrames = vm.framesProperty().get();
        int secondPoints = WindowTests.fx(loss::points);
        assertThat(secondPoints).isLessThan(firstPoints);
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: Apply & restart (p 0.2 → 0.45)");

        fire("menu-undo");
        WindowTests.waitUntil(window, () -> loss.points() == firstPoints);
        Label counter = robot.lookup("#step-counter").queryAs(Label.class);
        assertThat(WindowTests.fx(vm::simulation)).isSameAs(first);
        assertThat(counter.getText()).isEqualTo("step 60");
        assertThat(vm.framesProperty().get()).isSameAs(firstFrames);
        assertThat(vm.frameProperty().get()).isSameAs(firstShown);
        assertThat(((tdlab.task.MarkovTask) vm.runConfig().task()).matrix().get(0, 1)).isEqualTo(0.2);
        Sidebar sidebar = robot.lookup("#sidebar").queryAs(Sidebar.class);
        assertThat(sidebar.draft().cell(0, 1)).as("the draft as it was before the restart").isEqualTo(0.45);
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: p 0.2 → 0.45");
        assertThat(menu("menu-redo").getText()).isEqualTo("Redo: Apply & restart (p 0.2 → 0.45)");
        train(10, 70); // the old run goes on from its own step
        assertThat(second.currentStep()).as("the replaced run waits").isEqualTo(20);

        fire("menu-redo");
        WindowTests.waitUntil(window, () -> loss.points() == secondPoints);
        assertThat(WindowTests.fx(vm::simulation)).isSameAs(second);
        assertThat(counter.getText()).isEqualTo("step 20");
        assertThat(vm.framesProperty().get()).isSameAs(secondFrames);
        assertThat(((tdlab.task.MarkovTask) vm.runConfig().task()).matrix().get(0, 1)).isEqualTo(0.45);

        WindowTests.fx(() -> { // a save: the file holds the current state, the history stays
            vm.markSaved(vm.preset());
            return null;
        });
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: Apply & restart (p 0.2 → 0.45)");
        // another file: the history goes, and with it the run kept for Undo
        WindowTests.fx(() -> {
            vm.load(Presets.load("s1a-local-to-global-pq-below-one"));
            return null;
        });
        assertThat(menu("menu-undo").isDisable()).isTrue();
        assertThat(first.status()).isEqualTo(Simulation.Status.CLOSED);
    }

    @Test
    void aChainPickedOnAPanelIsOneEditWithItsRestart(FxRobot robot) throws Exception {
        train(30, 30);
        Simulation first = WindowTests.fx(vm::simulation);
        Sidebar sidebar = robot.lookup("#sidebar").queryAs(Sidebar.class);
        WindowTests.fx(() -> {
            sidebar.pickChain(0.3, 0.4); // as the phase diagram's click does, past the window's question
            return null;
        });
        assertThat(WindowTests.fx(vm::simulation)).isNotSameAs(first);
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: Apply & restart (p 0.2 → 0.3, q 0.3 → 0.4)");
        fire("menu-undo");
        assertThat(WindowTests.fx(vm::simulation)).isSameAs(first);
        assertThat(vm.stepProperty().get()).isEqualTo(30);
        assertThat(sidebar.draft().cell(0, 1)).as("the draft before the pick").isEqualTo(0.2);
        assertThat(menu("menu-undo").isDisable()).isTrue();
    }

    @Test
    void undoOfAPinGivesThePinnedRunBackAsTheLiveRun(FxRobot robot) throws Exception {
        train(30, 30);
        Simulation a = WindowTests.fx(vm::simulation);
        List<Frame> frames = vm.framesProperty().get();
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        WindowTests.waitUntil(window, () -> window.comparison().pinnedSimulations().size() == 1);
        Simulation fresh = WindowTests.fx(vm::simulation);
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: Pin run A for comparison");

        fire("menu-undo");
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(window.comparison().pinnedSimulations()).isEmpty();
        assertThat(WindowTests.fx(vm::simulation)).isSameAs(a);
        assertThat(vm.stepProperty().get()).isEqualTo(30);
        assertThat(vm.framesProperty().get()).isSameAs(frames);
        assertThat(robot.lookup("#compare-diff").query().isVisible()).isFalse();

        fire("menu-redo");
        WindowTests.waitUntil(window, () -> window.comparison().pinnedSimulations().size() == 1);
        assertThat(window.comparison().pinnedSimulations()).containsExactly(a);
        assertThat(WindowTests.fx(vm::simulation)).isSameAs(fresh);
        assertThat(vm.stepProperty().get()).isZero();

        fire("menu-compare-stop"); // the pinned run is closed: nothing left to give back
        assertThat(menu("menu-undo").isDisable()).isTrue();
    }

    @Test
    void theSpeedAMaximisedPanelAndTheThemeAreEditsToo(FxRobot robot) throws Exception {
        Slider speed = robot.lookup("#speed").queryAs(Slider.class);
        WindowTests.fx(() -> {
            speed.setValue(1);
            return null;
        });
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: speed 1.0× → 10.0×");
        robot.clickOn("#maximize-loss");
        assertThat(window.panels().maximised()).isEqualTo("loss");
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: maximise " + window.panel(LossPanel.class).title());
        WindowTests.fx(() -> { // as a click on the item: it is checked, then it acts
            ((javafx.scene.control.CheckMenuItem) menu("menu-dark")).setSelected(true);
            menu("menu-dark").fire();
            return null;
        });
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: dark theme");
        assertThat(vm.preset().view().theme()).isEqualTo("dark");

        fire("menu-undo");
        assertThat(window.theme().darkProperty().get()).isFalse();
        assertThat(vm.preset().view().theme()).as("a save keeps the look undone").isEqualTo("light");
        fire("menu-undo");
        assertThat(window.panels().maximised()).isEmpty();
        Node grid = robot.lookup("#panel-scroll").query();
        assertThat(grid.isVisible()).isTrue();
        fire("menu-undo");
        assertThat(vm.speedProperty().get()).isEqualTo(1.0);
        assertThat(speed.getValue()).isZero();

        fire("menu-redo");
        assertThat(vm.speedProperty().get()).isCloseTo(10.0, within(1e-9));
        fire("menu-redo");
        assertThat(window.panels().maximised()).isEqualTo("loss");
        assertThat(grid.isVisible()).isFalse();
    }

    @Test
    void aDividerDragIsOneEditThatUndoPutsBack(FxRobot robot) throws Exception {
        List<List<Double>> before = WindowTests.fx(() -> window.panels().dividers());
        Node divider = robot.lookup("#panel-scroll .split-pane-divider").query();
        robot.drag(divider).moveBy(30, 30).moveBy(30, 30).drop();
        List<List<Double>> after = WindowTests.fx(() -> window.panels().dividers());
        assertThat(after).isNotEqualTo(before);
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: resize the panels");

        fire("menu-undo");
        WaitForAsyncUtils.waitForFxEvents();
        List<List<Double>> undone = WindowTests.fx(() -> window.panels().dividers());
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < before.get(i).size(); j++) {
                assertThat(undone.get(i).get(j)).isCloseTo(before.get(i).get(j), within(0.005));
            }
        }
        fire("menu-redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTests.fx(() -> window.panels().dividers())).isEqualTo(after);
    }

    @Test
    void aClassroomChangeIsAnEditAndItsUndoUnlocksTheSection(FxRobot robot) throws Exception {
        javafx.scene.control.TitledPane model = robot.lookup("#section-model").queryAs(
                javafx.scene.control.TitledPane.class);
        WindowTests.fx(() -> { // as a lesson edited in the app sets it
            vm.setClassroom(vm.preset().classroom().withRestrictions(List.of("model"), List.of()));
            return null;
        });
        assertThat(model.getText()).isEqualTo("Model (locked)");
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: classroom settings");
        fire("menu-undo");
        assertThat(model.getText()).isEqualTo("Model");
        assertThat(vm.preset().classroom().locked()).isEmpty();
        fire("menu-redo");
        assertThat(model.getText()).isEqualTo("Model (locked)");
    }

    @Test
    void presenterModeIsUndoneByTheShortcutWhileTheMenuIsHidden(FxRobot robot) throws Exception {
        fire("menu-presenter");
        assertThat(window.theme().presenterProperty().get()).isTrue();
        assertThat(menu("menu-undo").getText()).isEqualTo("Undo: presenter mode");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WindowTests.waitUntil(window, () -> !window.theme().presenterProperty().get());
        assertThat(robot.lookup("#menu").query().isVisible()).isTrue();
    }
}
