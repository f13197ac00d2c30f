package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.task.orders.Sentence;
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

    @Test
    void s6aShowsItsPanelsWithTheStageBoundary(FxRobot robot) throws Exception {
        int steps = 450; // stage 1 and 150 steps of stage 2: the W_kq fit has points from t = 100 on
        WindowTests.fx(() -> {
            vm.load(Presets.load("s6a-two-stage-one-hot"));
            vm.step(steps);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == steps
                && !vm.runningProperty().get());
        List<String> shown = WindowTests.fx(() -> robot.lookup(".panel").queryAll().stream().map(Node::getId).toList());
        assertThat(shown).containsExactlyInAnyOrder("panel-loss", "panel-directions", "panel-norms",
                "panel-optattention", "panel-accuracy", "panel-order");

        LossPanel loss = WindowTests.fx(() -> window.panel(LossPanel.class));
        assertThat(WindowTests.fx(loss::logY)).isTrue();
        assertThat(WindowTests.fx(loss::marks)).hasSize(1);
        assertThat(WindowTests.fx(() -> loss.marks().get(0).step())).isEqualTo(300.0);
        assertThat(WindowTests.fx(() -> loss.marks().get(0).label())).isEqualTo("stage 2: attention");

        int drawn = Math.min(steps + 1, tdlab.render.Charts.MAX_POINTS); // 451 frames, thinned to 400 points
        NormsPanel norms = WindowTests.fx(() -> window.panel(NormsPanel.class));
        WindowTests.waitUntil(window, () -> norms.points()[0] == drawn);
        assertThat(WindowTests.fx(norms::points)).containsExactly(drawn, drawn, drawn, drawn);
        assertThat(WindowTests.fx(norms::marks)).hasSize(1);

        DirectionsPanel directions = WindowTests.fx(() -> window.panel(DirectionsPanel.class));
        WindowTests.waitUntil(window, () -> Double.isFinite(directions.slopes().wkq()));
        // one-hot W_ov is on W_ov* to rounding: no point above the floor, no fit; W_kq from stage 2's first step
        assertThat(WindowTests.fx(directions::points)[0]).isZero();
        assertThat(WindowTests.fx(directions::points)[1]).isEqualTo(steps - 300);
        assertThat(WindowTests.fx(() -> directions.slopes().wkq())).isBetween(-1.5, -0.2);

        AccuracyPanel accuracy = WindowTests.fx(() -> window.panel(AccuracyPanel.class));
        WindowTests.waitUntil(window, () -> accuracy.points()[0] == drawn);

        OptAttentionPanel attention = WindowTests.fx(() -> window.panel(OptAttentionPanel.class));
        assertThat(WindowTests.fx(attention::heatmapCells)).isGreaterThan(8 * 3); // 8 names and at least 2 tokens each

        OrderPanel order = WindowTests.fx(() -> window.panel(OrderPanel.class));
        assertThat(WindowTests.fx(order::rows)).isEqualTo(13); // the header and K = 12 tokens
        assertThat(vm.frameProperty().get().series().get("wov_norm")).isCloseTo(30, within(1e-9));
        assertThat(WindowTests.fx(order::relations)).as("a total order: every token above or below x*")
                .doesNotContain("∥ x*");
    }

    /** S6c's random-DAG orders: each row says how its token relates to x*, incomparable ones included. */
    @Test
    void s6csOrderPanelMarksTokensIncomparableToTheOptimalOne(FxRobot robot) throws Exception {
        WindowTests.fx(() -> {
            vm.load(Presets.load("s6c-random-dag"));
            vm.step(3);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == 3
                && !vm.runningProperty().get());
        OrderPanel order = WindowTests.fx(() -> window.panel(OrderPanel.class));
        @SuppressWarnings("unchecked")
        ComboBox<String> chooser = robot.lookup("#order-sentence").queryAs(ComboBox.class);
        OrdersData data = ((PartialOrdersTask) vm.runConfig().task()).data();
        int incomparable = 0;
        for (int i = 0; i < 20; i++) {
            int index = i;
            List<String> shown = WindowTests.fx(() -> {
                chooser.getSelectionModel().select(index);
                return order.relations();
            });
            Sentence s = data.train().get(i);
            int[] ranking = data.ranking(s.query());
            assertThat(shown).hasSize(12);
            for (int r = 0; r < 12; r++) {
                int x = ranking[r];
                String expected = x == s.optimal() ? "" : !data.comparable(s.query(), x, s.optimal()) ? "∥ x*"
                        : data.prefers(s.query(), x, s.optimal()) ? "≻ x*" : "≺ x*";
                assertThat(shown.get(r)).as("sentence " + i + ", token " + x).isEqualTo(expected);
            }
            incomparable += (int) shown.stream().filter("∥ x*"::equals).count();
        }
        assertThat(incomparable).as("p = 0.3 leaves tokens incomparable to x*").isPositive();
    }
}
