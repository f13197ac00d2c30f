package tdlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The query-init scale by its decade (issue 10): 1e−9 … 10 both ways. */
class LogSliderTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSliderSetsTenToItsPositionAndFollowsATypedValue() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            SimpleDoubleProperty sigma = new SimpleDoubleProperty(1e-3);
            LogSlider s = new LogSlider(sigma, -9, 1, "σ");
            assertThat(s.getValue()).isCloseTo(-3, offset(1e-12));
            s.setValue(-9);
            assertThat(sigma.get()).isEqualTo(1e-9);
            s.setValue(-3.5);
            assertThat(sigma.get()).isEqualTo(3.16e-4); // three significant digits
            sigma.set(0.02);
            assertThat(s.getValue()).isCloseTo(Math.log10(0.02), offset(1e-12));
            sigma.set(0); // no decade: the slider stays
            assertThat(s.getValue()).isCloseTo(Math.log10(0.02), offset(1e-12));
            sigma.set(1e-12); // below the range: the slider's end
            assertThat(s.getValue()).isEqualTo(-9);
            assertThat(sigma.get()).isEqualTo(1e-12); // and the typed value is kept, not the slider's
        }).get();
    }
}
