package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tdlab.family.classes.ScanSnapKeys;
import tdlab.model.ParamGroup;
import tdlab.render.Colormap;
import tdlab.sim.Frame;
import tdlab.ui.panels.decoder.DecoderPanel;
import tdlab.ui.panels.loss.LossPanel;
import tdlab.ui.panels.masses.MassesPanel;
import tdlab.ui.panels.scan.ScanPanel;

/** The S4 panels in the real window (Monocle): shown for Scan and Snap only, drawing its seeded run. */
@ExtendWith(ApplicationExtension.class)
class S4PanelsTest {
    private static final String S4A = "s4a-scan-snap-equal-rates";
    private static final List<String> S4_ONLY = List.of("panel-scan", "panel-masses", "panel-decoder");
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
        waitUntilAt(steps);
    }

    private void waitUntilAt(long step) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == step
                && !vm.runningProperty().get());
    }

    private List<String> panelsInWindow(FxRobot robot) throws Exception {
        return WindowTests.fx(() -> robot.lookup(".panel").queryAll().stream().map(Node::getId).toList());
    }

    @Test
    void s4aShowsItsPanelsAndTheScanRowsFollowTheAttention(FxRobot robot) throws Exception {
        load(S4A, 20); // ≈ 0.1 s of training: the scan is under way, the CTs fading
        assertThat(panelsInWindow(robot)).containsExactlyInAnyOrder("panel-loss", "panel-scan", "panel-masses",
                "panel-decoder", "panel-parameters", "panel-plane", "panel-lrsweep");
        List<Frame> frames = vm.framesProperty().get();
        Map<String, Double> first = frames.get(0).series();
        Map<String, Double> now = frames.get(frames.size() - 1).series();
        Colormap palette = Colormap.load(vm.preset().view().palette());

        ScanPanel scan = WindowTests.fx(() -> window.panel(ScanPanel.class));
        assertThat(WindowTests.fx(scan::rowSteps)).as("every recorded step, 0 on top").hasSize(21).startsWith(0).endsWith(20);
        assertThat(WindowTests.fx(scan::shownRow)).isEqualTo(20);
        double top = WindowTests.fx(scan::scaleTop);
        int[] px = WindowTests.fx(() -> WindowTests.pixels(scan.canvas()));
        int width = (int) WindowTests.fx(() -> scan.canvas().getWidth()).doubleValue();
        String ct = ScanSnapKeys.score(0); // the first common token, column 0
        String topDt = ScanSnapKeys.score(19); // class 1's most likely distinct token, the last column
        int ctAt0 = pixel(px, width, WindowTests.fx(() -> scan.cellCentre(0, 0)));
        int ctAt20 = pixel(px, width, WindowTests.fx(() -> scan.cellCentre(20, 0)));
        int dtAt0 = pixel(px, width, WindowTests.fx(() -> scan.cellCentre(0, 19)));
        int dtAt20 = pixel(px, width, WindowTests.fx(() -> scan.cellCentre(20, 19)));
        assertThat(first.get(ct)).as("c_n starts at P(l|n)").isCloseTo(1 / 15.5, within(1e-9));
        assertThat(now.get(ct)).as("the common token fades").isLessThan(0.05);
        assertThat(ctAt0).isEqualTo(palette.argb(first.get(ct) / top));
        assertThat(ctAt20).isEqualTo(palette.argb(now.get(ct) / top));
        assertThat(luminance(ctAt20)).as("darker as c_n falls").isLessThan(luminance(ctAt0));
        assertThat(luminance(dtAt20)).as("brighter as the top DT grows").isGreaterThan(luminance(dtAt0));
        assertThat(WindowTests.fx(scan::readout)).startsWith("▸ step 20 · Σ CT ");

        // scrubbing the timeline back moves the framed row, and nothing else
        WindowTests.fx(() -> {
            vm.scrubTo(5);
            return null;
        });
        WindowTests.waitUntil(window, () -> scan.shownRow() == 5);
        assertThat(WindowTests.fx(scan::rowSteps)).hasSize(21);
        assertThat(WindowTests.fx(scan::readout)).startsWith("▸ step 5 · ");

        // another class: its own tokens, its values read from the frames' parameters (class 1's equal the series)
        javafx.scene.control.ComboBox<?> chooser = robot.lookup("#scan-class")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(chooser.getItems()).hasSize(2);
        tdlab.render.ScanHistory one = WindowTests.fx(scan::history);
        assertThat(one.values()[one.shownRow()][0]).isCloseTo(frames.get(5).series().get("scan_c1_0"),
                org.assertj.core.api.Assertions.within(1e-15));
        WindowTests.fx(() -> {
            chooser.getSelectionModel().select(1);
            return null;
        });
        tdlab.render.ScanHistory two = WindowTests.fx(scan::history);
        assertThat(two.sequenceClass().index()).isEqualTo(1);
        assertThat(two.sequenceClass().tokens()).endsWith(28, 29);
        assertThat(two.shownRow()).isEqualTo(5); // still scrubbed to frame 5
        double[] expected = tdlab.family.classes.AttentionScores.of(two.sequenceClass(),
                frames.get(5).checkpoint().params(), new tdlab.model.yz.YzModel((tdlab.model.yz.YzConfig) vm.runConfig().model())
                        .layout().get(tdlab.model.yz.YzModel.ATTENTION));
        assertThat(two.values()[two.shownRow()]).containsExactly(expected, org.assertj.core.api.Assertions.within(1e-15));

        MassesPanel masses = WindowTests.fx(() -> window.panel(MassesPanel.class));
        // three masses, the entropy, Theorem 3's two sides at every frame; Theorem 4's bound in its scan regime at
        // steps 0–7 (t < K ln M/η_Y = 7.05) and its snap regime from t0 = 14.1 on (15–20), nothing in between
        assertThat(WindowTests.fx(masses::points)).containsExactly(21, 21, 21, 21, 21, 21, 8, 6);

        DecoderPanel decoder = WindowTests.fx(() -> window.panel(DecoderPanel.class));
        assertThat(WindowTests.fx(() -> decoder.matrix().maxAbs())).as("Y has learned at step 5").isGreaterThan(0.1);
        int[] y = WindowTests.fx(() -> WindowTests.pixels(decoder.canvas()));
        assertThat(java.util.Arrays.stream(y).distinct().count()).as("not one colour").isGreaterThan(3);
    }

    @Test
    void theLossIsOnALogAxisWithT0AtTheDecodersRate() throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null); // the default preset, S2a
        LossPanel s2 = WindowTests.fx(() -> window.panel(LossPanel.class));
        assertThat(WindowTests.fx(s2::logY)).as("S2's loss stays on a linear axis").isFalse();
        assertThat(WindowTests.fx(s2::marks)).isEmpty();

        load(S4A, 3);
        LossPanel loss = WindowTests.fx(() -> window.panel(LossPanel.class));
        assertThat(WindowTests.fx(loss::logY)).isTrue();
        assertThat(WindowTests.fx(loss::marks)).hasSize(1);
        assertThat(WindowTests.fx(() -> loss.marks().get(0).step())).as("t0 = 2·2·ln 34/1").isCloseTo(14.106, within(1e-3));
        assertThat(WindowTests.fx(() -> loss.marks().get(0).label())).isEqualTo("t0 = 2K ln M/η_Y = 14.1");

        WindowTests.fx(() -> {
            vm.setLearningRate(ParamGroup.HEAD, 10);
            vm.step(1);
            return null;
        });
        waitUntilAt(4);
        assertThat(WindowTests.fx(() -> loss.marks().get(0).step())).as("η_Y = 10 snaps ten times sooner")
                .isCloseTo(1.4106, within(1e-3));
        assertThat(WindowTests.fx(() -> loss.marks().get(0).label())).isEqualTo("t0 = 2K ln M/η_Y = 1.41");
        WindowTests.fx(() -> {
            vm.scrubTo(1);
            return null;
        });
        WindowTests.waitUntil(window, () -> loss.marks().get(0).step() > 14); // the frames before the change had η_Y = 1

        load("s1a-local-to-global-pq-below-one", 10); // its eval_every: the first frame after step 0
        assertThat(WindowTests.fx(loss::logY)).as("back on a family with a linear loss").isFalse();
        assertThat(WindowTests.fx(loss::marks)).isEmpty();
    }

    @Test
    void otherScenariosShowNone(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null); // S2a
        assertThat(panelsInWindow(robot)).isNotEmpty().doesNotContainAnyElementsOf(S4_ONLY);
        // each to its first recorded frame after step 0 (their eval_every)
        for (Map.Entry<String, Integer> preset : Map.of("s1a-local-to-global-pq-below-one", 10,
                "s3b-minimal-transformer", 10, "s3a-ode-staircase", 100).entrySet()) {
            load(preset.getKey(), preset.getValue());
            assertThat(panelsInWindow(robot)).as(preset.getKey()).isNotEmpty().doesNotContainAnyElementsOf(S4_ONLY);
        }
        assertThat(WindowTests.fx(() -> window.panel(ScanPanel.class))).isNull();
        assertThat(WindowTests.fx(() -> window.panel(MassesPanel.class))).isNull();
        assertThat(WindowTests.fx(() -> window.panel(DecoderPanel.class))).isNull();
    }

    private static int pixel(int[] px, int width, double[] xy) {
        return px[(int) xy[1] * width + (int) xy[0]];
    }

    private static double luminance(int argb) {
        return 0.2126 * (argb >> 16 & 0xFF) + 0.7152 * (argb >> 8 & 0xFF) + 0.0722 * (argb & 0xFF);
    }

}
