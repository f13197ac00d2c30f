package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuItem;
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
import tdlab.ui.sidebar.Sidebar;

/** Edit → Undo / Redo in the real window (Monocle) on S1a: a matrix cell, a live learning-rate change. */
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

        WindowTests.fx(() -> {
            menu("menu-undo").fire();
            return null;
        });
        assertThat(sidebar.draft().cell(0, 1)).isEqualTo(0.2);
        assertThat(sidebar.draft().cell(0, 0)).isEqualTo(0.8);
        assertThat(Double.parseDouble(cell.getText())).isEqualTo(0.2);
        assertThat(menu("menu-undo").isDisable()).isTrue();
        assertThat(menu("menu-redo").getText()).isEqualTo("Redo: p 0.2 → 0.45");

        WindowTests.fx(() -> {
            menu("menu-redo").fire();
            return null;
        });
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

        WindowTests.fx(() -> {
            menu("menu-undo").fire();
            return null;
        });
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
}
