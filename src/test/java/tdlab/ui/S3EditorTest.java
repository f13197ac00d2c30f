package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.model.TransformerConfig;
import tdlab.preset.Classroom;
import tdlab.preset.Preset;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.train.RunConfig;

/** The S3 Data section and the S3 lesson in the real window (Monocle), driven the way a user drives them. */
@ExtendWith(ApplicationExtension.class)
class S3EditorTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load("s3b-minimal-transformer"));
        window = new MainWindow(stage, vm);
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    private static void enter(FxRobot robot, TextField field, String text) {
        robot.clickOn(field).eraseText(field.getText().length()).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void changingVAndTheSpansThenApplyRunsANewTaskWithAModelThatFollows(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        RunConfig running = vm.runConfig();
        enter(robot, robot.lookup("#ho-vocab").queryAs(TextField.class), "12");
        enter(robot, robot.lookup("#ho-spans").queryAs(TextField.class), "2, 1, 1");
        assertThat(robot.lookup("#ho-shape").queryAs(Label.class).getText())
                .contains("context w = 4").contains("vocab 12, max length 15, loss from input 3");
        assertThat(vm.runConfig()).as("edits wait for Apply").isSameAs(running);
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).isFalse();
        robot.clickOn("#apply-config");
        WindowTests.waitUntil(window, () -> vm.runConfig() != running);
        HighOrderMarkovTask task = (HighOrderMarkovTask) vm.runConfig().task();
        assertThat(task.vocab()).isEqualTo(12);
        assertThat(task.spans()).containsExactly(2, 1, 1);
        TransformerConfig model = (TransformerConfig) vm.runConfig().model();
        assertThat(model.vocab()).isEqualTo(12);
        assertThat(model.maxLength()).isEqualTo(15);
        assertThat(model.lossFrom()).isEqualTo(3);
        assertThat(model.heads()).isEqualTo(((TransformerConfig) running.model()).heads());
        // the new run trains: the model and the task agree on every shape
        WindowTests.fx(() -> {
            vm.step(10); // one recorded frame (eval_every = 10)
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == 10
                && !vm.runningProperty().get());
        assertThat(robot.lookup("#ho-spans").queryAs(TextField.class).getText()).isEqualTo("2,1,1");
    }

    @Test
    void aBadSpanListShowsItsMessageNextToTheFieldAndLeavesTheRunUnchanged(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        RunConfig running = vm.runConfig();
        TextField spans = robot.lookup("#ho-spans").queryAs(TextField.class);
        enter(robot, spans, "1,,x");
        Label message = robot.lookup("#ho-error-spans").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("spans: must be whole numbers separated by commas, oldest block first"
                + " (e.g. 1,1,1), got \"1,,x\"");
        assertThat(spans.getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).isTrue();
        robot.clickOn("#apply-config");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runConfig()).isSameAs(running);
        // Revert drops the refused text and its message
        robot.clickOn("Revert");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).isFalse();
        assertThat(spans.getText()).isEqualTo("1,1,1");
        assertThat(spans.getStyleClass()).doesNotContain("invalid");
    }

    @Test
    void theLessonLoadsWithModelAndTrainingLockedAndItsNotesOnTheLadderAndTheSpans(FxRobot robot) throws Exception {
        Preset lesson = Presets.load("lesson-staged-sparse-attention");
        WindowTests.fx(() -> {
            vm.load(lesson);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        for (String locked : List.of("model", "training")) {
            TitledPane section = robot.lookup("#section-" + locked).queryAs(TitledPane.class);
            assertThat(section.getContent().isDisabled()).as(locked).isTrue();
            assertThat(section.getText()).as(locked).endsWith("(locked)");
        }
        TitledPane data = robot.lookup("#section-data").queryAs(TitledPane.class);
        assertThat(data.getContent().isDisabled()).isFalse();
        assertThat(robot.lookup("#ho-spans").tryQuery()).as("the S3 editor in the Data section").isPresent();
        for (Classroom.Annotation a : lesson.classroom().annotations()) {
            Label note = robot.lookup("#note-" + a.panel()).queryAs(Label.class);
            assertThat(note.isVisible()).as(a.panel()).isTrue();
            assertThat(note.getText()).isEqualTo(a.text());
        }
        assertThat(lesson.classroom().annotations()).extracting(Classroom.Annotation::panel)
                .containsExactly("ladder", "spans");
        List<String> panels = WindowTests.fx(() -> robot.lookup(".panel").queryAll().stream().map(Node::getId).toList());
        assertThat(panels).containsExactlyInAnyOrder("panel-loss", "panel-ladder", "panel-spans", "panel-attention");
        assertThat(robot.lookup("#info-banner").query().isVisible()).isTrue();
    }
}
