package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import tdlab.preset.LessonStep;
import tdlab.preset.Preset;
import tdlab.preset.PresetReader;
import tdlab.sim.Simulation;
import tdlab.train.InitConfig;

/** A guided lesson played in the window: it pauses at each step and shows its note; Next and Back move between them. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {
    private SessionViewModel vm;
    private MainWindow window;
    private final FileActionsTest.ScriptedDialogs dialogs = new FileActionsTest.ScriptedDialogs();

    /** The unigram-trap run with three steps of its own: 30, 60 (a question), 90 (settings: a new start). */
    static Preset threeSteps() throws Exception {
        Preset p = PresetReader.read(Path.of("presets", "lesson-unigram-trap.json"));
        Map<String, JsonNode> start = new LinkedHashMap<>();
        start.put("init.scheme", TextNode.valueOf("canonical_point"));
        start.put("init.e0", DoubleNode.valueOf(0.5));
        start.put("init.w0", DoubleNode.valueOf(-1.0));
        return p.withClassroom(p.classroom().withSteps(List.of(
                new LessonStep(30, "Note one: the loss falls.", "", "", List.of("loss"), Map.of()),
                new LessonStep(60, "Note two: the plateau.", "Why does it stay?", "The unigram basin.",
                        List.of("landscape", "parameters"), Map.of()),
                new LessonStep(90, "Note three: a new start.", "", "", List.of(), start))));
    }

    @Start
    void start(Stage stage) throws Exception {
        vm = new SessionViewModel(threeSteps());
        vm.speedProperty().set(SessionViewModel.MAX_SPEED);
        window = new MainWindow(stage, vm, dialogs);
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean shown(FxRobot robot, String id) {
        return WindowTests.shown(robot.lookup(id).query());
    }

    private boolean highlighted(FxRobot robot, String panel) {
        return robot.lookup("#panel-" + panel).query().getStyleClass().contains("lesson-highlight");
    }

    private void key(FxRobot robot, KeyCode k) {
        robot.press(k).release(k);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForStep(int index) throws Exception {
        WindowTests.waitUntil(window, () -> window.lesson().indexProperty().get() == index
                && vm.statusProperty().get() != Simulation.Status.RUNNING);
    }

    @Test
    void aThreeStepLessonPausesAtEachStepWithItsNoteAndNextAndBackMoveBetweenThem(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(text(robot, "#lesson-position")).isEqualTo("Before step 1 of 3");
        assertThat(shown(robot, "#lesson-bar")).isTrue();

        key(robot, KeyCode.SPACE); // plays to the first step and pauses there
        waitForStep(0);
        assertThat(vm.stepProperty().get()).isEqualTo(30);
        assertThat(vm.frameProperty().get().step()).isEqualTo(30);
        assertThat(text(robot, "#lesson-position")).isEqualTo("Step 1 of 3");
        assertThat(text(robot, "#lesson-note")).isEqualTo("Note one: the loss falls.");
        assertThat(shown(robot, "#lesson-question")).isFalse();
        assertThat(highlighted(robot, "loss")).isTrue();
        assertThat(highlighted(robot, "landscape")).isFalse();
        assertThat(robot.lookup("#lesson-back").queryAs(Button.class).isDisabled()).isTrue();

        key(robot, KeyCode.PAGE_DOWN); // Next: on to step 60
        waitForStep(1);
        assertThat(vm.stepProperty().get()).isEqualTo(60);
        assertThat(text(robot, "#lesson-position")).isEqualTo("Step 2 of 3");
        assertThat(text(robot, "#lesson-note")).isEqualTo("Note two: the plateau.");
        assertThat(text(robot, "#lesson-question")).isEqualTo("Why does it stay?");
        assertThat(shown(robot, "#lesson-answer")).as("hidden until revealed").isFalse();
        assertThat(highlighted(robot, "loss")).isFalse();
        assertThat(highlighted(robot, "landscape")).isTrue();
        robot.clickOn("#lesson-reveal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#lesson-answer")).isTrue();
        assertThat(text(robot, "#lesson-answer")).isEqualTo("The unigram basin.");

        key(robot, KeyCode.PAGE_UP); // Back: the first note and its frame; the run stays where it is
        waitForStep(0);
        assertThat(text(robot, "#lesson-note")).isEqualTo("Note one: the loss falls.");
        assertThat(vm.frameProperty().get().step()).isEqualTo(30);
        assertThat(vm.stepProperty().get()).isEqualTo(60);
        assertThat(highlighted(robot, "loss")).isTrue();

        robot.clickOn("#lesson-next"); // the run is already past step 60: the second step at once
        waitForStep(1);
        assertThat(text(robot, "#lesson-note")).isEqualTo("Note two: the plateau.");
        assertThat(vm.frameProperty().get().step()).isEqualTo(60);
        assertThat(shown(robot, "#lesson-answer")).as("a step shown again hides its answer").isFalse();

        key(robot, KeyCode.PAGE_DOWN); // to step 90, whose settings restart the run from a new start
        WindowTests.waitUntil(window, () -> window.lesson().indexProperty().get() == 2
                && vm.runConfig().init().scheme() == InitConfig.Scheme.CANONICAL_POINT && vm.stepProperty().get() == 0);
        assertThat(vm.runConfig().init().e0()).isEqualTo(0.5);
        assertThat(vm.runConfig().init().w0()).isEqualTo(-1.0);
        assertThat(text(robot, "#lesson-position")).isEqualTo("Step 3 of 3");
        assertThat(text(robot, "#lesson-note")).isEqualTo("Note three: a new start.");
        assertThat(robot.lookup("#lesson-next").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(vm.pauseAtProperty().get()).as("the last step: Play runs to the end").isEqualTo(-1);
        assertThat(WindowTests.fx(() -> window.lesson().problemProperty().get())).isEmpty();
        assertThat(robot.lookup("#info-banner .label").queryAs(Label.class).getText())
                .as("the lesson's own settings are no edit of the user's").doesNotContain("Edited from");
        // the new start is one edit of the settings: Undo takes it back
        assertThat(WindowTests.fx(() -> window.menu().item("menu-undo").getText())).startsWith("Undo: ");
        // edited now, the lesson still starts from its own run, not from the step's new start
        WindowTests.fx(() -> {
            window.menu().item("menu-lesson-edit").fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-done");
        WindowTests.waitUntil(window, () -> vm.runConfig().init().scheme() == InitConfig.Scheme.GAUSSIAN);
        assertThat(WindowTests.fx(() -> vm.preset().classroom().steps())).hasSize(3);
        assertThat(text(robot, "#lesson-position")).isEqualTo("Before step 1 of 3");
    }

    @Test
    void pageKeysBelongToATextFieldThatHasTheFocus(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        key(robot, KeyCode.SPACE);
        waitForStep(0);
        TextField field = robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> f.isVisible() && !f.isDisabled() && f.getScene() != null).findFirst().orElseThrow();
        WindowTests.fx(() -> {
            field.requestFocus();
            return null;
        });
        key(robot, KeyCode.PAGE_DOWN);
        assertThat(WindowTests.fx(() -> window.lesson().indexProperty().get())).isZero();
        assertThat(WindowTests.fx(() -> vm.runningProperty().get())).isFalse();
        key(robot, KeyCode.ESCAPE); // out of the field: the keys are the lesson's again
        key(robot, KeyCode.PAGE_DOWN);
        waitForStep(1);
        assertThat(text(robot, "#lesson-note")).isEqualTo("Note two: the plateau.");
    }

    @Test
    void presenterModeShowsTheNoteLarger(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        key(robot, KeyCode.SPACE);
        waitForStep(0);
        Label note = robot.lookup("#lesson-note").queryAs(Label.class);
        double normal = WindowTests.fx(() -> note.getFont().getSize());
        key(robot, KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        double large = WindowTests.fx(() -> note.getFont().getSize());
        assertThat(large).isGreaterThanOrEqualTo(28).isGreaterThan(normal * 1.5);
        assertThat(shown(robot, "#lesson-note")).isTrue();
        key(robot, KeyCode.F11);
    }
}
