package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
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
import tdlab.model.ParamGroup;
import tdlab.model.yz.YzConfig;
import tdlab.preset.Classroom;
import tdlab.preset.Preset;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.RunConfig;
import tdlab.ui.sidebar.SequenceClassesDataModel;

/** The S4 sidebar in the real window (Monocle) on S4a: Data editor, Y/Z model and η_Y/η_Z sliders. */
@ExtendWith(ApplicationExtension.class)
class S4EditorTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load("s4a-scan-snap-equal-rates"));
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

    /** A field further down the scrolled section: its text committed as Enter commits it. */
    private void commit(TextField field, String text) throws Exception {
        WindowTests.fx(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
            return null;
        });
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#sc-summary").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<SequenceClassesDataModel.Row> table(FxRobot robot) {
        return robot.lookup("#sc-probabilities").queryAs(TableView.class);
    }

    @Test
    void synSmallFillsThePapersLayoutAndTheTableShowsPOfLGivenN(FxRobot robot) throws Exception {
        enter(robot, robot.lookup("#sc-queries").queryAs(TextField.class), "3");
        assertThat(summary(robot)).isEqualTo("M = 46 tokens, K = 3 classes");
        robot.clickOn("#sc-syn-small");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary(robot)).isEqualTo("M = 34 tokens, K = 2 classes");
        assertThat(robot.lookup("#sc-queries").queryAs(TextField.class).getText()).isEqualTo("2");
        var rows = table(robot).getItems();
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0)).isEqualTo(new SequenceClassesDataModel.Row(0, "CT", "0.0645"));
        assertThat(rows.get(10)).as("class 1's first distinct token")
                .isEqualTo(new SequenceClassesDataModel.Row(10, "DT", "0.0065"));
        assertThat(rows.get(19)).isEqualTo(new SequenceClassesDataModel.Row(19, "DT", "0.0645"));
        // class 2 draws the same common tokens and its own distinct tokens 20…29
        WindowTests.fx(() -> {
            robot.lookup("#sc-class").queryAs(javafx.scene.control.Spinner.class).getValueFactory().increment(1);
            return null;
        });
        assertThat(table(robot).getItems().get(10)).isEqualTo(new SequenceClassesDataModel.Row(20, "DT", "0.0065"));
        // Syn-Medium keeps the queries and gives each two classes
        robot.clickOn("#sc-syn-medium");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary(robot)).isEqualTo("M = 56 tokens, K = 4 classes");
    }

    @Test
    void badTextIsShownNextToItsFieldAndBlocksApplyWhileTheRunGoesOn(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        RunConfig running = vm.runConfig();
        TextField queries = robot.lookup("#sc-queries").queryAs(TextField.class);
        enter(robot, queries, "x");
        Label message = robot.lookup("#sc-error-queries").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("queries: must be a whole number, got \"x\"");
        assertThat(queries.getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#config-error").queryAs(Label.class).getText()).startsWith("queries:");
        // a layout beyond 4096 tokens and max below min are refused next to their own fields
        commit(robot.lookup("#sc-distinct-per-class").queryAs(TextField.class), "3000");
        assertThat(robot.lookup("#sc-error-distinct-per-class").queryAs(Label.class).getText())
                .startsWith("distinct per class: the layout needs").contains("more than 4096");
        commit(robot.lookup("#sc-distinct-max").queryAs(TextField.class), "0.01");
        assertThat(robot.lookup("#sc-error-distinct-max").queryAs(Label.class).getText())
                .startsWith("distinct max: must be in [distinct_min = 0.1");
        assertThat(summary(robot)).isEqualTo("M = 34 tokens, K = 2 classes");
        robot.clickOn("#apply-config");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runConfig()).isSameAs(running);
        robot.clickOn("Revert");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).isFalse();
        assertThat(queries.getText()).isEqualTo("2");
    }

    @Test
    void threeQueriesAppliedGiveARunWhoseYzModelReadsTheNewVocabulary(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        RunConfig running = vm.runConfig();
        assertThat(robot.lookup("#model-yz-vocab").queryAs(Label.class).getText()).startsWith("34 tokens");
        enter(robot, robot.lookup("#sc-queries").queryAs(TextField.class), "3");
        assertThat(robot.lookup("#model-yz-vocab").queryAs(Label.class).getText()).startsWith("46 tokens");
        assertThat(vm.runConfig()).as("edits wait for Apply").isSameAs(running);
        robot.clickOn("#apply-config");
        WindowTests.waitUntil(window, () -> vm.runConfig() != running);
        SequenceClassesTask task = (SequenceClassesTask) vm.runConfig().task();
        assertThat(task.queries()).isEqualTo(3);
        assertThat(vm.runConfig().model()).isEqualTo(new YzConfig(task.vocab(), 1));
        WindowTests.fx(() -> {
            vm.step(2);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == 2
                && !vm.runningProperty().get());
        assertThat(vm.frameProperty().get().valLoss()).isFinite();
    }

    @Test
    void theRateSlidersAreNamedEtaYAndEtaZAndTheOthersAreOff(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(robot.lookup("#lr-name-head").queryAs(Label.class).getText()).isEqualTo("η_Y (decoder Y)");
        assertThat(robot.lookup("#lr-name-attention").queryAs(Label.class).getText()).isEqualTo("η_Z (attention Z)");
        Slider etaY = robot.lookup("#lr-head").queryAs(Slider.class);
        assertThat(etaY.isDisabled()).isFalse();
        assertThat(etaY.getTooltip().getText()).contains("buf = μ·buf + g").contains("η_Y ≫ η_Z");
        assertThat(robot.lookup("#lr-embedding").queryAs(Slider.class).isDisabled()).isTrue();
        // the range reaches S4b's η_Y = 10 and the paper's smaller rates; a move acts on the running run
        assertThat(Math.pow(10, etaY.getMin())).isLessThanOrEqualTo(1e-3);
        assertThat(Math.pow(10, etaY.getMax())).isGreaterThanOrEqualTo(10);
        Object run = vm.infoProperty().get();
        WindowTests.fx(() -> {
            etaY.setValue(1); // η_Y = 10
            return null;
        });
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).as("no restart needed").isTrue();
        WindowTests.fx(() -> {
            vm.step(1);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get().step() == 1 && !vm.runningProperty().get());
        assertThat(vm.infoProperty().get()).as("the same run goes on").isSameAs(run);
        assertThat(vm.frameProperty().get().learningRates()[ParamGroup.HEAD.ordinal()]).isCloseTo(10.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(vm.frameProperty().get().learningRates()[ParamGroup.ATTENTION.ordinal()]).isEqualTo(1.0);
    }

    @Test
    void theLessonLocksModelAndInitializationAndPinsItsNotes(FxRobot robot) throws Exception {
        assertThat(Presets.GALLERY).contains("s4a-scan-snap-equal-rates", "s4b-scan-snap-fast-decoder",
                "lesson-which-tokens-survive");
        Preset lesson = Presets.load("lesson-which-tokens-survive");
        WindowTests.fx(() -> {
            vm.load(lesson);
            return null;
        });
        // the lesson's panels are laid out on a later pulse than its first frame: wait for every pinned note
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && lesson.classroom().annotations()
                .stream().allMatch(a -> robot.lookup("#note-" + a.panel()).tryQuery().isPresent()));
        for (String locked : List.of("model", "initialization")) {
            TitledPane section = robot.lookup("#section-" + locked).queryAs(TitledPane.class);
            assertThat(section.getContent().isDisabled()).as(locked).isTrue();
            assertThat(section.getText()).as(locked).endsWith("(locked)");
        }
        assertThat(robot.lookup("#section-data").queryAs(TitledPane.class).getContent().isDisabled()).isFalse();
        assertThat(robot.lookup("#lr-head").queryAs(Slider.class).isDisabled()).as("the rates stay the class's")
                .isFalse();
        assertThat(lesson.classroom().annotations()).isNotEmpty();
        for (Classroom.Annotation a : lesson.classroom().annotations()) {
            Label note = robot.lookup("#note-" + a.panel()).queryAs(Label.class);
            assertThat(note.isVisible()).as(a.panel()).isTrue();
            assertThat(note.getText()).isEqualTo(a.text());
        }
        assertThat(lesson.classroom().annotations().get(lesson.classroom().annotations().size() - 1).text())
                .contains("S4b");
    }
}
