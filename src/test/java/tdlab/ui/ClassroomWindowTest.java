package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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
import tdlab.preset.Preset;
import tdlab.preset.ViewSettings;

/**
 * What a teacher in front of a class relies on, driven headless (Monocle) the way a user drives the window:
 * keys go where the focus is, the look stays the user's, nothing stale survives a new run, a divergence is
 * readable, the time cursor shows where the panels are, and the transport's icons draw.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomWindowTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load(Presets.DEFAULT));
        window = new MainWindow(stage, vm);
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        // evaluated on the FX thread after a poll, so the condition never sees a poll half applied
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            window.refreshNow();
            return condition.call();
        }).get());
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void load(Preset p) throws Exception {
        fx(() -> {
            vm.load(p);
            return null;
        });
        waitUntil(() -> vm.frameProperty().get() != null && vm.stepProperty().get() == 0);
    }

    private void trainTo(int steps) throws Exception {
        fx(() -> {
            vm.step(steps);
            return null;
        });
        waitUntil(() -> vm.frameProperty().get().step() == steps && vm.simulation().awaitIdle(1));
    }

    /** A key typed, then time for a wrongly started run to show itself. */
    private static void type(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
    }

    @Test
    void numberFieldsKeepTheirKeysUntilEscGivesTheKeysBackToTheTransport(FxRobot robot) throws Exception {
        load(Presets.load("s1a-local-to-global-pq-below-one"));
        trainTo(20);
        @SuppressWarnings("unchecked")
        Spinner<Integer> steps = robot.lookup("#phase-steps").queryAs(Spinner.class);
        String before = steps.getEditor().getText();
        robot.clickOn(steps.getEditor());
        robot.type(KeyCode.END);
        type(robot, KeyCode.BACK_SPACE);
        assertThat(vm.stepProperty().get()).as("Backspace in the steps box deletes a digit, not the run")
                .isEqualTo(20);
        assertThat(steps.getEditor().getText()).isEqualTo(before.substring(0, before.length() - 1));
        type(robot, KeyCode.SPACE);
        assertThat(vm.runningProperty().get()).as("Space in the steps box does not play").isFalse();
        type(robot, KeyCode.RIGHT);
        assertThat(vm.stepProperty().get()).as("→ moves the caret, not the run").isEqualTo(20);

        @SuppressWarnings("unchecked")
        Spinner<Integer> states = robot.lookup("#states").queryAs(Spinner.class);
        robot.clickOn(states.getEditor());
        type(robot, KeyCode.BACK_SPACE);
        assertThat(vm.stepProperty().get()).as("Backspace in the states spinner").isEqualTo(20);

        TextField cell = robot.lookup("#cell-0-1").queryAs(TextField.class);
        robot.clickOn(cell);
        type(robot, KeyCode.SPACE);
        assertThat(vm.runningProperty().get()).as("Space in a matrix cell").isFalse();

        type(robot, KeyCode.ESCAPE); // leaves the field: the keys are the transport's again
        Node focus = fx(() -> window.scene().getFocusOwner());
        assertThat(focus).isNotSameAs(cell).isNotInstanceOf(javafx.scene.control.TextInputControl.class);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> vm.runningProperty().get());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !vm.runningProperty().get());
        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> vm.stepProperty().get() == 0);
    }

    private static double menuFont(FxRobot robot) {
        return robot.lookup(".menu-bar .label").queryAs(Label.class).getFont().getSize();
    }

    @Test
    void presenterModeAndTheThemeAreTheUsersAndSurviveLoadingPresets(FxRobot robot) throws Exception {
        waitUntil(() -> vm.frameProperty().get() != null);
        double normal = menuFont(robot);
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.theme().presenterProperty().get())).isFalse();
        assertThat(menuFont(robot)).as("the menu bar's type after presenter mode").isEqualTo(normal);

        fx(() -> {
            window.theme().darkProperty().set(true);
            window.theme().presenterProperty().set(true);
            return null;
        });
        for (String name : List.of("s1a-local-to-global-pq-below-one", "s2c-simple-transformer-pq-below-one")) {
            load(Presets.load(name)); // says nothing about the look
            assertThat(fx(() -> window.theme().darkProperty().get())).as(name).isTrue();
            assertThat(fx(() -> window.scene().getStylesheets())).as(name).anyMatch(s -> s.endsWith("dark.css"));
            assertThat(fx(() -> window.theme().presenterProperty().get())).as(name).isTrue();
            assertThat(robot.lookup(".menu-bar").query().isVisible()).as(name).isFalse();
        }
        Preset base = Presets.load("s1a-local-to-global-pq-below-one");
        load(base.withView(new ViewSettings("viridis", "light", List.of(), -1))); // says light
        assertThat(fx(() -> window.theme().darkProperty().get())).as("a preset that sets the theme").isFalse();
        assertThat(fx(() -> window.theme().presenterProperty().get())).isTrue();
    }
}
