package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tdlab.family.highorder.LadderKeys;
import tdlab.render.Colormap;
import tdlab.ui.panels.ladder.LadderPanel;
import tdlab.ui.panels.spans.SpansPanel;

/** The S3 panels in the real window (Monocle): shown for the high-order chain only, and drawing its run. */
@ExtendWith(ApplicationExtension.class)
class S3PanelsTest {
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

    private void load(String preset, int steps) throws Exception {
        WindowTests.fx(() -> {
            vm.load(Presets.load(preset));
            vm.step(steps);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == steps
                && !vm.runningProperty().get());
    }

    private List<String> panelsInWindow(FxRobot robot) throws Exception {
        return WindowTests.fx(() -> robot.lookup(".panel").queryAll().stream().map(Node::getId).toList());
    }

    @Test
    void s3bShowsTheLadderAndTheSpansAndBothDrawTheRun(FxRobot robot) throws Exception {
        load("s3b-minimal-transformer", 60); // ≈ 3 s here: the competitive phase, every head on the newest block
        assertThat(panelsInWindow(robot)).containsExactlyInAnyOrder("panel-loss", "panel-ladder", "panel-spans",
                "panel-attention", "panel-parameters", "panel-plane");
        Map<String, Double> last = vm.frameProperty().get().series();
        Colormap palette = Colormap.load(vm.preset().view().palette());

        SpansPanel spans = WindowTests.fx(() -> window.panel(SpansPanel.class));
        for (int j = 0; j < 3; j++) {
            int head = j;
            Canvas c = WindowTests.fx(() -> spans.canvas(head));
            int[] px = WindowTests.fx(() -> WindowTests.pixels(c));
            int w = (int) c.getWidth();
            assertThat(px).as("head %d drew", j + 1).hasSizeGreaterThan(100);
            assertThat(java.util.Arrays.stream(px).distinct().count()).as("head %d is not blank", j + 1)
                    .isGreaterThan(2);
            // top-right pixel: the newest block (row 0) at the newest frame (last column), in the palette
            assertThat(px[w - 1]).as("head %d, newest block now", j + 1)
                    .isEqualTo(palette.argb(last.get(LadderKeys.mass(j, 2))));
            assertThat(WindowTests.fx(() -> spans.topLine(head))).startsWith("head " + (j + 1) + ": top block 3 (newest), mass ");
        }

        LadderPanel ladder = WindowTests.fx(() -> window.panel(LadderPanel.class));
        assertThat(WindowTests.fx(ladder::klSeriesWithPoints)).as("KL_1 … KL_h, h = 3").isEqualTo(3);
        assertThat(WindowTests.fx(ladder::boundaries)).as("no head has left the newest block by step 60").isZero();
    }

    @Test
    void otherScenariosShowNeither(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null); // the default preset, S2a
        assertThat(panelsInWindow(robot)).doesNotContain("panel-ladder", "panel-spans");
        load("s1a-local-to-global-pq-below-one", 20);
        assertThat(panelsInWindow(robot)).isNotEmpty().doesNotContain("panel-ladder", "panel-spans");
        assertThat(WindowTests.fx(() -> window.panel(SpansPanel.class))).isNull();
        assertThat(WindowTests.fx(() -> window.panel(LadderPanel.class))).isNull();
    }

}
