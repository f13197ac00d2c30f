package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tdlab.ui.controls.IntSpinner;

/** The export dialog's step range: the two-thumb slider and the from/to spinners stay in step both ways. */
@ExtendWith(ApplicationExtension.class)
class ExportRangeTest {

    @Start
    void start(Stage stage) {
        // the controls are built on the FX thread by the test itself
    }

    @Test
    void theSliderAndTheSpinnersFollowEachOther() throws Exception {
        WindowTests.fx(() -> {
            Spinner<Integer> from = IntSpinner.of(0, 600, 0, 30);
            Spinner<Integer> to = IntSpinner.of(0, 600, 600, 30);
            RangeSlider range = ExportDialog.stepRange(600, from, to);
            assertThat(range.getLowValue()).isZero();
            assertThat(range.getHighValue()).isEqualTo(600);
            range.setLowValue(120.4);
            range.setHighValue(450);
            assertThat(from.getValue()).isEqualTo(120);
            assertThat(to.getValue()).isEqualTo(450);
            from.getValueFactory().setValue(200);
            to.getValueFactory().setValue(300);
            assertThat(range.getLowValue()).isEqualTo(200);
            assertThat(range.getHighValue()).isEqualTo(300);
            return null;
        });
    }
}
