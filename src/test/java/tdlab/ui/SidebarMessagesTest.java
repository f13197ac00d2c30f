package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
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

/** The sidebar's messages speak in its own labels, and a message never moves the Apply button. */
@ExtendWith(ApplicationExtension.class)
class SidebarMessagesTest {
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

    private Bounds applyBounds(FxRobot robot) throws Exception {
        Button apply = robot.lookup("#apply-config").queryButton();
        return WindowTests.fx(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            return apply.localToScene(apply.getBoundsInLocal());
        });
    }

    private void enter(FxRobot robot, TextField field, String text) throws Exception {
        robot.clickOn(field);
        WindowTests.fx(() -> {
            field.selectAll(); // wherever the click put the caret, the typing replaces the whole entry
            return null;
        });
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anInvalidCellIsNamedAsTheEditorLabelsItAndApplyStaysPut(FxRobot robot) throws Exception {
        Bounds before = applyBounds(robot);
        Label error = robot.lookup("#config-error").queryAs(Label.class);
        TextField cell = robot.lookup("#cell-0-0").queryAs(TextField.class);
        enter(robot, cell, "1.5");
        assertThat(error.getText()).isEqualTo("Row 0 → 0: a probability must be in [0, 1]; 1.5 given");
        assertThat(cell.getTooltip().getText()).isEqualTo("Row 0 → 0: a probability must be in [0, 1]; 1.5 given");
        assertThat(WindowTests.fx(error::isVisible)).isTrue();
        Bounds with = applyBounds(robot);
        assertThat(with).as("Apply does not move when the message appears").isEqualTo(before);
        Bounds message = WindowTests.fx(() -> error.localToScene(error.getBoundsInLocal()));
        assertThat(message.getMaxY()).as("the message sits above the buttons").isLessThanOrEqualTo(with.getMinY());
        enter(robot, cell, "x");
        assertThat(error.getText()).isEqualTo("Row 0 → 0: \"x\" is not a number");
        enter(robot, cell, "0.5");
        assertThat(error.getText()).isNullOrEmpty();
        assertThat(applyBounds(robot)).as("nor when it goes").isEqualTo(before);
    }
}
