package tdlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IntSpinnerTest {
    private Spinner<Integer> spinner;
    private Button elsewhere;

    @Start
    void start(Stage stage) {
        spinner = IntSpinner.of(1, 100, 40);
        elsewhere = new Button("elsewhere");
        stage.setScene(new Scene(new VBox(spinner, elsewhere), 200, 100));
        stage.show();
    }

    private String commitText(String typed) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            spinner.requestFocus();
            spinner.getEditor().setText(typed);
            elsewhere.requestFocus(); // leaving the field commits, as a user tabbing away does
            return spinner.getEditor().getText();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void lettersCannotBeTypedAndAnEmptyFieldKeepsTheValue() throws Exception {
        assertThat(commitText("7x")).isEqualTo("40"); // the filter refuses the text: nothing changes
        assertThat(spinner.getValue()).isEqualTo(40);
        assertThat(commitText("")).isEqualTo("40");
        assertThat(spinner.getValue()).isEqualTo(40);
    }

    @Test
    void aNumberIsTakenAndOutOfRangeSnapsToTheBound() throws Exception {
        assertThat(commitText("12")).isEqualTo("12");
        assertThat(spinner.getValue()).isEqualTo(12);
        assertThat(commitText("5000")).isEqualTo("100");
        assertThat(spinner.getValue()).isEqualTo(100);
    }
}
