package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.ui.panels.accuracy.AccuracyPanel;
import tdlab.ui.panels.directions.DirectionsPanel;
import tdlab.ui.panels.loss.LossPanel;
import tdlab.ui.panels.norms.NormsPanel;
import tdlab.ui.panels.optattention.OptAttentionPanel;
import tdlab.ui.panels.order.OrderPanel;

/** The S6 panels in the real window (Monocle): shown for partial orders, drawing S6a's seeded run. */
@ExtendWith(ApplicationExtension.class)
class S6PanelsTest {
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

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            window.refreshNow();
            return condition.call();
        }).get());
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    @Test
    void s6aShowsItsPanelsWithTheStageBoundary(FxRobot robot) throws Exception {
        int steps = 450; // stage 1 and 150 steps of stage 2: the W_kq fit has points from t = 100 on
        fx(() -> {
            vm.load(Presets.load("s6a-two-stage-one-hot"));
            vm.step(steps);
            return null;
        });
        waitUntil(() -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == steps
                && !vm.runningProperty().get());
        List<String> shown = fx(() -> robot.lookup(".panel").queryAll().stream().map(Node::getId).toList());
        assertThat(shown).containsExactlyInAnyOrder("panel-loss", "panel-directions", "panel-norms",
                "panel-optattention", "panel-accuracy", "panel-order");

        LossPanel loss = fx(() -> window.panel(LossPanel.class));
        assertThat(fx(loss::logY)).isTrue();
        assertThat(fx(loss::marks)).hasSize(1);
        assertThat(fx(() -> loss.marks().get(0).step())).isEqualTo(300.0);
        assertThat(fx(() -> loss.marks().get(0).label())).isEqualTo("stage 2: attention");

        int drawn = Math.min(steps + 1, tdlab.render.Charts.MAX_POINTS); // 451 frames, thinned to 400 points
        NormsPanel norms = fx(() -> window.panel(NormsPanel.class));
        waitUntil(() -> norms.points()[0] == drawn);
        assertThat(fx(norms::points)).containsExactly(drawn, drawn, drawn, drawn);
        assertThat(fx(norms::marks)).hasSize(1);

        DirectionsPanel directions = fx(() -> window.panel(DirectionsPanel.class));
        waitUntil(() -> Double.isFinite(directions.slopes().wkq()));
        // one-hot W_ov is on W_ov* to rounding: no point above the floor, no fit; W_kq from stage 2's first step
        assertThat(fx(directions::points)[0]).isZero();
        assertThat(fx(directions::points)[1]).isEqualTo(steps - 300);
        assertThat(fx(() -> directions.slopes().wkq())).isBetween(-1.5, -0.2);

        AccuracyPanel accuracy = fx(() -> window.panel(AccuracyPanel.class));
        waitUntil(() -> accuracy.points()[0] == drawn);

        OptAttentionPanel attention = fx(() -> window.panel(OptAttentionPanel.class));
        assertThat(fx(attention::heatmapCells)).isGreaterThan(8 * 3); // 8 names and at least 2 tokens each

        OrderPanel order = fx(() -> window.panel(OrderPanel.class));
        assertThat(fx(order::rows)).isEqualTo(13); // the header and K = 12 tokens
        assertThat(vm.frameProperty().get().series().get("wov_norm")).isCloseTo(30, within(1e-9));
    }
}
