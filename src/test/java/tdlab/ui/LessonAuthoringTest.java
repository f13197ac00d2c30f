package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.preset.LessonStep;
import tdlab.preset.Preset;
import tdlab.preset.PresetReader;
import tdlab.sim.Simulation;

/** Lesson → Edit lesson: a step authored in the app and saved gives a preset that loads to the same lesson. */
@ExtendWith(ApplicationExtension.class)
class LessonAuthoringTest {
    private SessionViewModel vm;
    private MainWindow window;
    private final FileActionsTest.ScriptedDialogs dialogs = new FileActionsTest.ScriptedDialogs();
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        vm = new SessionViewModel(PresetReader.read(Path.of("presets", "s1b-local-to-global-pq-above-one.json")));
        vm.speedProperty().set(SessionViewModel.MAX_SPEED);
        window = new MainWindow(stage, vm, dialogs);
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    @Test
    void aStepAuthoredInTheAppAndSavedLoadsToTheSameLesson(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(WindowTests.fx(() -> robot.lookup("#lesson-bar").query().isVisible())).as("no lesson yet").isFalse();
        WindowTests.fx(() -> {
            window.menu().item("menu-lesson-edit").fire();
            vm.step(40);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() != Simulation.Status.RUNNING
                && vm.frameProperty().get().step() == 40);
        assertThat(robot.lookup("#lesson-editor").tryQuery()).isPresent();
        robot.clickOn("#lesson-add"); // at the shown step, 40
        robot.clickOn("#lesson-edit-note").write("The loss falls to the plateau.");
        robot.clickOn("#lesson-edit-question").write("Which plateau?");
        robot.clickOn("#lesson-edit-answer").write("The unigram loss.");
        ListCell<?> loss = robot.lookup("#lesson-edit-highlight .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "Loss".equals(c.getText())).findFirst().orElseThrow();
        robot.clickOn((Node) loss.lookup(".check-box"));
        robot.clickOn("#lesson-lock-training");
        assertThat(robot.lookup("#lesson-steps .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null).toList())
                .containsExactly("1. step 40 · The loss falls to the plateau.");

        Path file = dir.resolve("my-lesson.json");
        dialogs.paths.push(Optional.of(file));
        robot.clickOn("#lesson-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-edit-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(file).exists();
        Preset saved = PresetReader.read(file);
        assertThat(saved.classroom().steps()).containsExactly(new LessonStep(40, "The loss falls to the plateau.",
                "Which plateau?", "The unigram loss.", List.of("loss"), Map.of()));
        assertThat(saved.classroom().locked()).containsExactly("training");
        assertThat(saved.run()).isEqualTo(WindowTests.fx(() -> vm.runConfig()));
        assertThat(WindowTests.fx(() -> vm.preset().classroom())).isEqualTo(saved.classroom());

        robot.clickOn("#lesson-done"); // the sidebar is back and the lesson plays
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-editor").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sidebar").tryQuery()).isPresent();

        // the saved file loads to the same lesson: it pauses at step 40 with the note
        WindowTests.fx(() -> {
            vm.load(PresetReader.read(file));
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 0 && window.lesson().countProperty().get() == 1);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WindowTests.waitUntil(window, () -> window.lesson().indexProperty().get() == 0
                && vm.statusProperty().get() != Simulation.Status.RUNNING);
        assertThat(vm.stepProperty().get()).isEqualTo(40);
        assertThat(robot.lookup("#lesson-note").queryAs(Label.class).getText()).isEqualTo("The loss falls to the plateau.");
        assertThat(robot.lookup("#panel-loss").query().getStyleClass()).contains("lesson-highlight");
        assertThat(robot.lookup("#section-training").queryAs(javafx.scene.control.TitledPane.class).getText())
                .as("the lesson locks the training section").endsWith("(locked)");
    }

    @Test
    void aStepWithoutANoteIsRefusedWithItsPathAndPreviewPlaysTheLesson(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        WindowTests.fx(() -> {
            window.menu().item("menu-lesson-edit").fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-add");
        robot.clickOn("#lesson-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-edit-error").queryAs(Label.class).getText())
                .startsWith("classroom.steps[0].note:");
        assertThat(robot.lookup("#lesson-editor").tryQuery()).as("still editing").isPresent();
        robot.clickOn("#lesson-edit-at").eraseText(1).write("30");
        robot.clickOn("#lesson-edit-note").write("Thirty steps in.");
        robot.clickOn("#lesson-preview"); // leaves the editor and plays to the first step
        WindowTests.waitUntil(window, () -> window.lesson().indexProperty().get() == 0
                && vm.statusProperty().get() != Simulation.Status.RUNNING);
        assertThat(vm.stepProperty().get()).isEqualTo(30);
        assertThat(robot.lookup("#lesson-note").queryAs(Label.class).getText()).isEqualTo("Thirty steps in.");
        assertThat(robot.lookup("#lesson-position").queryAs(Label.class).getText()).isEqualTo("Step 1 of 1");
        assertThat(WindowTests.fx(() -> vm.dirtyProperty().get())).as("the lesson is not saved yet").isTrue();
        assertThat(robot.lookup("#lesson-lock-training").tryQueryAs(CheckBox.class)).isEmpty();
    }
}
