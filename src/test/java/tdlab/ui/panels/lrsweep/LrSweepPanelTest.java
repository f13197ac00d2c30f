package tdlab.ui.panels.lrsweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.sim.Runs;
import tdlab.train.RunConfig;

/** The learning-rate sweep panel: computed in the background, drawn as Fig. 6, cancellable, bad grids refused. */
@ExtendWith(ApplicationExtension.class)
class LrSweepPanelTest {
    private LrSweepPanel panel;

    @Start
    void start(Stage stage) {
        panel = new LrSweepPanel(); // on the FX thread: its chart viewer builds controls
        stage.setScene(new Scene(new StackPane(panel.view()), 640, 420));
        stage.show();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private void computeAndWait(RunConfig run, String etaZ, String ratio, int seeds, boolean cancel) throws Exception {
        fx(() -> {
            panel.newRun(run, null);
            panel.compute(etaZ, ratio, seeds);
            if (cancel) {
                panel.cancel();
            }
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fx(panel::computing));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSweepOfTheLiveRunDrawsOneLinePerEtaZ() throws Exception {
        computeAndWait(Runs.preset("s4c-scan-snap-rate-sweep").withSteps(15), "1, 3", "1, 10", 2, false);
        assertThat(fx(panel::cells)).hasSize(4).allSatisfy(c -> assertThat(c.seeds()).isEqualTo(2));
        assertThat(fx(panel::lines)).isEqualTo(2);
        assertThat(fx(panel::status)).contains("4 of 4 cells");
    }

    @Test
    void aCancelledSweepKeepsWhatItHas() throws Exception {
        computeAndWait(Runs.preset("s4c-scan-snap-rate-sweep"), "0.5, 1, 2, 3", "1, 2, 5, 10", 3, true);
        assertThat(fx(panel::status)).startsWith("cancelled");
        assertThat(fx(panel::cells).size()).isBetween(0, 15);
        assertThat(fx(panel::lines)).isLessThanOrEqualTo(1);
    }

    @Test
    void aBadGridIsReportedAndNothingRuns() throws Exception {
        fx(() -> {
            panel.newRun(Runs.preset("s4c-scan-snap-rate-sweep"), null);
            panel.compute("0, 1", "1", 1);
            return null;
        });
        assertThat(fx(panel::computing)).isFalse();
        assertThat(fx(panel::status)).isEqualTo("η_Z: rates must be finite and > 0, got 0.0");
        assertThat(fx(panel::cells)).isEmpty();
    }
}
