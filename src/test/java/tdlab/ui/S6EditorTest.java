package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
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
import tdlab.model.kqov.KqOvConfig;
import tdlab.task.orders.OrderKind;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.train.RunConfig;
import tdlab.ui.sidebar.OrdersDataModel;
import tdlab.ui.sidebar.Sidebar;

/** The S6 sidebar in the real window (Monocle) on S6a: the partial orders' Data editor and the kq_ov model. */
@ExtendWith(ApplicationExtension.class)
class S6EditorTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load("s6a-two-stage-one-hot"));
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

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup("#po-" + id).queryAs(TextField.class);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#po-summary").queryAs(Label.class).getText();
    }

    @Test
    void theS6aSettingFillsThePresetsTaskAndTheTableShowsAQuerysOrder(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#data-no-editor").tryQuery()).as("the editor, not the note").isEmpty();
        PartialOrdersTask preset = (PartialOrdersTask) Presets.load("s6a-two-stage-one-hot").run().task();
        assertThat(summary(robot)).isEqualTo("K = 12 tokens; 300 training sentences of length 2–6; 300 shift"
                + " sentences of length 4–8; orders: random priorities (total)");
        commit(field(robot, "vocab"), "10");
        commit(field(robot, "train-sentences"), "150");
        commit(field(robot, "seed"), "3");
        assertThat(summary(robot)).startsWith("K = 10 tokens; 150 training sentences");
        robot.clickOn("#po-s6a");
        WaitForAsyncUtils.waitForFxEvents();
        PartialOrdersTask shown = new PartialOrdersTask(
                Integer.parseInt(field(robot, "vocab").getText()),
                Integer.parseInt(field(robot, "train-sentences").getText()),
                Integer.parseInt(field(robot, "max-length").getText()),
                Integer.parseInt(field(robot, "shift-sentences").getText()),
                Integer.parseInt(field(robot, "shift-min-length").getText()),
                Integer.parseInt(field(robot, "shift-max-length").getText()),
                Long.parseLong(field(robot, "seed").getText()));
        assertThat(shown).isEqualTo(preset);
        assertThat(robot.lookup("#sidebar").queryAs(Sidebar.class).draft().orders().task()).isEqualTo(preset);
        // the order of query 2: its K tokens by priority (one per level), each with its collocation and the next
        // token directly below it, as the task drew them
        WindowTests.fx(() -> {
            robot.lookup("#po-query").queryAs(Spinner.class).getValueFactory().increment(2);
            return null;
        });
        @SuppressWarnings("unchecked")
        TableView<OrdersDataModel.Row> table = robot.lookup("#po-order").queryAs(TableView.class);
        OrdersData data = preset.data();
        assertThat(table.getItems()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            int x = data.ranking(2)[i];
            String below = i == 11 ? "" : Integer.toString(data.ranking(2)[i + 1]);
            assertThat(table.getItems().get(i)).isEqualTo(new OrdersDataModel.Row(i + 1, x, data.collocation(x),
                    below));
        }
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).as("nothing to apply").isTrue();
        assertThat(field(robot, "edge-probability").isDisabled()).as("priorities use no edge probability").isTrue();
    }

    /** The order's kind and a DAG's edge probability: chosen, taken into the draft, shown by level, refused in words. */
    @Test
    void aRandomDagIsChosenItsEdgeProbabilityEditedAndItsLevelsShown(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = robot.lookup("#po-order-kind").queryAs(ComboBox.class);
        assertThat(kind.getValue()).isEqualTo("priorities");
        assertThat(kind.getConverter().toString("random_dag")).isEqualTo("random DAG");
        WindowTests.fx(() -> {
            kind.setValue("random_dag");
            return null;
        });
        TextField p = field(robot, "edge-probability");
        assertThat(p.isDisabled()).isFalse();
        commit(p, "0.3");
        PartialOrdersTask expected = PartialOrdersTask.s6(0).withOrder(OrderKind.RANDOM_DAG, 0.3);
        assertThat(robot.lookup("#sidebar").queryAs(Sidebar.class).draft().orders().task()).isEqualTo(expected);
        OrdersData data = expected.data();
        assertThat(summary(robot)).endsWith(String.format(java.util.Locale.ROOT,
                "; orders: random DAG, p = 0.3: %.0f%% of token pairs comparable", 100 * data.comparableShare()));
        @SuppressWarnings("unchecked")
        TableView<OrdersDataModel.Row> table = robot.lookup("#po-order").queryAs(TableView.class);
        for (int i = 0; i < 12; i++) {
            OrdersDataModel.Row row = table.getItems().get(i);
            assertThat(row.token()).isEqualTo(data.ranking(0)[i]);
            assertThat(row.level()).isEqualTo(data.level(0, row.token()));
        }
        assertThat(table.getItems().stream().map(OrdersDataModel.Row::level).distinct().count())
                .as("a partial order: fewer levels than tokens").isLessThan(12);
        commit(p, "0");
        assertThat(robot.lookup("#po-error-edge-probability").queryAs(Label.class).getText())
                .isEqualTo("edge probability: must be a number in (0, 1], got 0.0");
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).isTrue();
        commit(p, "0.3");
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).isFalse();
        robot.clickOn("#apply-config");
        WindowTests.waitUntil(window, () -> vm.runConfig().task().equals(expected));
        WindowTests.fx(() -> {
            kind.setValue("priorities");
            return null;
        });
        assertThat(p.isDisabled()).isTrue();
        assertThat(((PartialOrdersTask) robot.lookup("#sidebar").queryAs(Sidebar.class).draft().orders().task())
                .order()).isEqualTo(OrderKind.PRIORITIES);
    }

    @Test
    void badTextIsShownInTheSidebarsWordsAndBlocksApplyWhileTheRunGoesOn(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        RunConfig running = vm.runConfig();
        TextField vocab = field(robot, "vocab");
        enter(robot, vocab, "1");
        Label message = robot.lookup("#po-error-vocab").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("K (tokens): must be an integer in [2, 48], got 1");
        assertThat(vocab.getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#config-error").queryAs(Label.class).getText()).startsWith("K (tokens):");
        // the longest shift sentence below the shortest is refused next to its own field
        commit(field(robot, "shift-max-length"), "3");
        assertThat(robot.lookup("#po-error-shift-max-length").queryAs(Label.class).getText())
                .startsWith("shift longest: must be an integer in [shift_min_length = 4");
        assertThat(summary(robot)).startsWith("K = 12 tokens");
        robot.clickOn("#apply-config");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runConfig()).isSameAs(running);
        robot.clickOn("Revert");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).isFalse();
        assertThat(vocab.getText()).isEqualTo("12");
        assertThat(field(robot, "shift-max-length").getText()).isEqualTo("8");
    }

    @Test
    void aNewKAppliedGivesARunWhoseModelReadsKTokensAndTrains(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        RunConfig running = vm.runConfig();
        assertThat(robot.lookup("#model-kqov-vocab").queryAs(Label.class).getText()).startsWith("12 tokens");
        enter(robot, field(robot, "vocab"), "16");
        assertThat(robot.lookup("#model-kqov-vocab").queryAs(Label.class).getText()).startsWith("16 tokens");
        assertThat(vm.runConfig()).as("edits wait for Apply").isSameAs(running);
        robot.clickOn("#apply-config");
        WindowTests.waitUntil(window, () -> vm.runConfig() != running);
        assertThat(((PartialOrdersTask) vm.runConfig().task()).vocab()).isEqualTo(16);
        assertThat(vm.runConfig().model()).isEqualTo(new KqOvConfig(16, 0, 0));
        WindowTests.fx(() -> {
            vm.step(2);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == 2
                && !vm.runningProperty().get());
        assertThat(vm.frameProperty().get().valLoss()).isFinite();
    }
}
