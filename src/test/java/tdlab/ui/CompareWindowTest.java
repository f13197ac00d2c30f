package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.render.LandscapeImage;
import tdlab.ui.panels.attention.AttentionPanel;
import tdlab.ui.panels.landscape.LandscapePanel;
import tdlab.ui.panels.loss.LossPanel;
import tdlab.ui.panels.parameters.ParametersPanel;
import tdlab.ui.panels.predictions.PredictionsPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/** Compare in the real window (Monocle): pin a run, change it, train both, read the loss chart and the diff table. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"));
        window = new MainWindow(stage, vm, new FileActionsTest.ScriptedDialogs());
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

    /** Both runs have trained to {@code step} and the window shows it. */
    private void trained(long step) throws Exception {
        Simulation pinned = window.comparison().pinnedSimulations().get(0);
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == step && !vm.runningProperty().get()
                && pinned.currentStep() == step && pinned.awaitIdle(1)
                && window.panel(LossPanel.class).lastValidationSteps().values().stream()
                        .allMatch(s -> s == step));
    }

    /** The diff table's cells, row by row ("label | A's value | B's value"). */
    private List<String> diffRows(FxRobot robot) throws Exception {
        GridPane table = robot.lookup("#compare-diff-table").queryAs(GridPane.class);
        return WindowTests.fx(() -> {
            int rows = table.getChildren().stream().mapToInt(n -> GridPane.getRowIndex(n) + 1).max().orElse(0);
            List<String> out = new java.util.ArrayList<>();
            for (int r = 0; r < rows; r++) {
                StringBuilder line = new StringBuilder();
                for (Node n : table.getChildren()) {
                    if (GridPane.getRowIndex(n) == r) {
                        line.append(line.length() == 0 ? "" : " | ").append(((Label) n).getText());
                    }
                }
                out.add(line.toString());
            }
            return out;
        });
    }

    @Test
    void pinChangeTheLearningRateAndTrainBothRunsSideBySideUpToOneTimeCursor(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        Node diffBar = robot.lookup("#compare-diff").query();
        assertThat(diffBar.isVisible()).isFalse();
        assertThat(menu("menu-compare-pin").getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        assertThat(menu("menu-compare-stop").isDisable()).isTrue();
        Simulation a = WindowTests.fx(vm::simulation);
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        WindowTests.waitUntil(window, () -> window.comparison().pinnedSimulations().size() == 1);
        assertThat(window.comparison().pinnedSimulations()).containsExactly(a);
        assertThat(diffBar.isVisible()).isTrue();

        // B: the embedding's learning rate 0.01 → 0.05 with the sidebar's slider (it acts on the live run at once)
        Slider embedding = robot.lookup("#lr-embedding").queryAs(Slider.class);
        WindowTests.fx(() -> {
            embedding.setValue(Math.log10(0.05));
            vm.step(200);
            return null;
        });
        trained(200);
        LossPanel loss = window.panel(LossPanel.class);
        List<String> legend = WindowTests.fx(loss::legend);
        assertThat(legend).contains("B: train (batch)", "B: validation",
                "A → B: learning rate embedding 0.01 → 0.05");
        Map<String, Double> last = WindowTests.fx(loss::lastValidationSteps);
        assertThat(last).containsOnlyKeys("B: validation", "A → B: learning rate embedding 0.01 → 0.05");
        List<Frame> frameA = a.frames();
        List<Frame> frameB = WindowTests.fx(() -> vm.framesProperty().get());
        assertThat(frameA.get(frameA.size() - 1).valLoss()).as("two different runs")
                .isNotEqualTo(frameB.get(frameB.size() - 1).valLoss());
        assertThat(diffRows(robot)).containsExactly("Setting | A | B (live)",
                "learning rate embedding | 0.01 | 0.05");

        // the timeline scrubbed back: every run up to the shown step
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        int at100 = Frame.indexAtOrBefore(frameB, 100);
        WindowTests.fx(() -> {
            timeline.setValue(at100);
            return null;
        });
        WindowTests.waitUntil(window, () -> loss.lastValidationSteps().values().stream().allMatch(s -> s == 100));
        assertThat(vm.frameProperty().get().step()).isEqualTo(100);
    }

    @Test
    void stopComparingClosesThePinnedRunAndTheChartShowsOneRunAgain(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        WindowTests.fx(() -> {
            menu("menu-compare-pin").fire();
            vm.step(30);
            return null;
        });
        trained(30);
        Simulation a = window.comparison().pinnedSimulations().get(0);
        assertThat(robot.lookup("#compare-progress").queryAs(Label.class).getText()).isEqualTo("A at step 30, paused");
        assertThat(diffRows(robot)).isEmpty();
        assertThat(robot.lookup("#compare-same").queryAs(Label.class).isVisible()).isTrue();
        WindowTests.fx(() -> {
            menu("menu-compare-stop").fire();
            return null;
        });
        assertThat(a.status()).isEqualTo(Simulation.Status.CLOSED);
        assertThat(robot.lookup("#compare-diff").query().isVisible()).isFalse();
        LossPanel loss = window.panel(LossPanel.class);
        WindowTests.waitUntil(window, () -> loss.legend().equals(List.of("train (batch)", "validation",
                "exact population loss")));
        assertThat(vm.simulation().currentStep()).as("the live run goes on").isEqualTo(30);
    }

    @Test
    void fourRunsAtMost() throws Exception {
        WindowTests.fx(() -> {
            for (int i = 0; i < 3; i++) {
                menu("menu-compare-pin").fire();
            }
            return null;
        });
        assertThat(window.comparison().pinnedSimulations()).hasSize(3);
        assertThat(menu("menu-compare-pin").isDisable()).isTrue();
        assertThat(menu("menu-compare-stop").isDisable()).isFalse();
    }

    @Test
    void aComparisonPresetOpensInCompareModeAndTheNextPresetLeavesNoPinnedRun(FxRobot robot) throws Exception {
        WindowTests.fx(() -> {
            window.fileActions().openExample(Presets.load("s1b-compare-trap-or-way-out"));
            vm.step(100);
            return null;
        });
        assertThat(window.comparison().pinnedSimulations()).hasSize(1);
        trained(100);
        LossPanel loss = window.panel(LossPanel.class);
        assertThat(WindowTests.fx(loss::legend)).contains("A: validation", "B: recommended start (0.5, −1)");
        assertThat(diffRows(robot)).first().isEqualTo("Setting | A (live) | B");
        assertThat(diffRows(robot)).contains("scheme | gaussian | canonical_point");
        Simulation b = window.comparison().pinnedSimulations().get(0);
        // both trajectories on one landscape: B's trail starts at its start (w0, e0) = (−1, 0.5)
        LandscapePanel landscape = window.panel(LandscapePanel.class);
        WindowTests.waitUntil(window, () -> landscape.transform() != null
                && landscape.comparedTrailStarts().size() == 1);
        double[] start = WindowTests.fx(() -> landscape.comparedTrailStarts().get(0));
        LandscapeImage.Transform t = WindowTests.fx(landscape::transform);
        assertThat(start[0]).isCloseTo(t.x(-1.0), within(1.0));
        assertThat(start[1]).isCloseTo(t.y(0.5), within(1.0));

        WindowTests.fx(() -> {
            window.fileActions().openExample(Presets.load("s1a-local-to-global-pq-below-one"));
            return null;
        });
        assertThat(b.status()).isEqualTo(Simulation.Status.CLOSED);
        assertThat(window.comparison().pinnedSimulations()).isEmpty();
        assertThat(robot.lookup("#compare-diff").query().isVisible()).isFalse();
    }

    /** The last step of series {@code s} of dataset {@code d} of the plot (NaN without points or dataset). */
    private static double lastStep(XYPlot plot, int d, int s) {
        XYDataset data = plot.getDataset(d);
        if (data == null || data.getItemCount(s) == 0) {
            return Double.NaN;
        }
        return data.getXValue(s, data.getItemCount(s) - 1);
    }

    /** The last value of series {@code s} of dataset {@code d} of the plot. */
    private static double lastValue(XYPlot plot, int d, int s) {
        XYDataset data = plot.getDataset(d);
        return data.getYValue(s, data.getItemCount(s) - 1);
    }

    /** The (e, w, b) plot of the parameters chart. */
    private static XYPlot reduced(JFreeChart parameters) {
        return ((CombinedDomainXYPlot) parameters.getPlot()).getSubplots().get(0);
    }

    /** Moves the timeline to the frame at {@code step} and waits until every chart shows every run up to it. */
    private void scrubTo(FxRobot robot, long step) throws Exception {
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        int at = Frame.indexAtOrBefore(vm.framesProperty().get(), step);
        WindowTests.fx(() -> {
            timeline.setValue(at);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get().step() == step
                && window.panel(LossPanel.class).lastValidationSteps().values().stream().allMatch(s -> s == step));
    }

    @Test
    void parametersAndPredictionsOverlayEveryRunAndTheLayoutButtonPutsThemSideBySide(FxRobot robot)
            throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        Slider embedding = robot.lookup("#lr-embedding").queryAs(Slider.class);
        WindowTests.fx(() -> {
            menu("menu-compare-pin").fire();
            embedding.setValue(Math.log10(0.05));
            vm.step(200);
            return null;
        });
        trained(200);
        ParametersPanel parameters = window.panel(ParametersPanel.class);
        PredictionsPanel predictions = window.panel(PredictionsPanel.class);
        String differs = "A → B: learning rate embedding 0.01 → 0.05";
        WindowTests.waitUntil(window, () -> parameters.legend().containsAll(List.of("B (live)", differs, "e", "w"))
                && predictions.legend().containsAll(List.of("B (live)", differs, "P̂(1|0)", "P̂(0|1)")));
        // two runs' series: the live one (dataset 0) and A's (dataset 1), both to step 200 and not the same run
        XYPlot ewb = reduced(parameters.chart());
        XYPlot predicted = predictions.chart().getXYPlot();
        WindowTests.fx(() -> {
            assertThat(lastStep(ewb, 0, 0)).isEqualTo(200);
            assertThat(lastStep(ewb, 1, 0)).isEqualTo(200);
            assertThat(lastValue(ewb, 0, 0)).as("e of B and of A").isNotEqualTo(lastValue(ewb, 1, 0));
            assertThat(lastStep(predicted, 0, 0)).isEqualTo(200);
            assertThat(lastStep(predicted, 1, 0)).isEqualTo(200);
            assertThat(lastValue(predicted, 0, 0)).isNotEqualTo(lastValue(predicted, 1, 0));
            return null;
        });

        scrubTo(robot, 100); // every run up to the timeline's step
        WindowTests.fx(() -> {
            assertThat(lastStep(ewb, 0, 0)).isEqualTo(100);
            assertThat(lastStep(ewb, 1, 0)).isEqualTo(100);
            assertThat(lastStep(predicted, 1, 1)).isEqualTo(100);
            return null;
        });

        robot.clickOn("#compare-layout-side-by-side");
        WindowTests.waitUntil(window, () -> parameters.sideCharts().size() == 1 && predictions.sideCharts().size() == 1);
        assertThat(WindowTests.shown(robot.lookup("#parameters-chart-A").query())).isTrue();
        assertThat(WindowTests.shown(robot.lookup("#predictions-chart-A").query())).isTrue();
        WindowTests.fx(() -> {
            // A in its own chart, up to the cursor, on B's axes; B's chart is B's alone, in its usual legend
            XYPlot sideEwb = reduced(parameters.sideCharts().get(0));
            assertThat(lastStep(sideEwb, 0, 0)).isEqualTo(100);
            assertThat(sideEwb.getRangeAxis().getRange()).isEqualTo(ewb.getRangeAxis().getRange());
            assertThat(ewb.getDataset(1)).isNull();
            assertThat(parameters.legend()).doesNotContain(differs).contains("e", "w");
            XYPlot sidePredicted = predictions.sideCharts().get(0).getXYPlot();
            assertThat(lastStep(sidePredicted, 0, 0)).isEqualTo(100);
            assertThat(sidePredicted.getRangeAxis().getRange()).isEqualTo(predicted.getRangeAxis().getRange());
            return null;
        });

        robot.clickOn("#compare-layout-overlay");
        WindowTests.waitUntil(window, () -> parameters.sideCharts().isEmpty() && predictions.sideCharts().isEmpty()
                && parameters.legend().contains(differs));
        assertThat(WindowTests.fx(() -> lastStep(ewb, 1, 0))).isEqualTo(100);
    }

    @Test
    void scrubbingTheTimelineMovesEveryRunsAttentionHeatmaps(FxRobot robot) throws Exception {
        WindowTests.fx(() -> {
            window.fileActions().openExample(Presets.load("s2a-compare-standard-or-rank-one"));
            vm.step(150);
            return null;
        });
        trained(150);
        AttentionPanel attention = window.panel(AttentionPanel.class);
        WindowTests.waitUntil(window, () -> attention.canvas("A", 0) != null && attention.canvas("B", 0) != null
                && attention.canvas("A", 0).getWidth() > 0 && attention.canvas("B", 0).getWidth() > 0);
        assertThat(robot.lookup("#attention-run-B").queryAs(Label.class).getTooltip().getText())
                .isEqualTo("B: rank-one start (1, −1)");
        int[] aLate = WindowTests.fx(() -> WindowTests.pixels(attention.canvas("A", 0)));
        int[] bLate = WindowTests.fx(() -> WindowTests.pixels(attention.canvas("B", 0)));
        assertThat(aLate).as("two runs, two heatmaps").isNotEqualTo(bLate);
        // the loss plane: the pinned run's path projected onto the live run's plane, up to the same step
        tdlab.ui.panels.plane.PlaneViewModel plane = window.panel(tdlab.ui.panels.plane.PlanePanel.class).viewModel();
        WindowTests.fx(() -> {
            plane.recompute();
            return null;
        });
        WindowTests.waitUntil(window, () -> !plane.computingProperty().get() && plane.pictureProperty().get() != null
                && plane.comparedTrailsProperty().get().size() == 1
                && plane.comparedTrailsProperty().get().get(0).alpha().length > 1);
        var pinnedLate = WindowTests.fx(() -> plane.comparedTrailsProperty().get().get(0));
        assertThat(pinnedLate.alpha().length).isEqualTo(plane.trailProperty().get().alpha().length);
        assertThat(pinnedLate).as("the other run's own path").isNotEqualTo(plane.trailProperty().get());

        scrubTo(robot, 0);
        WindowTests.waitUntil(window, () -> plane.comparedTrailsProperty().get().get(0).alpha().length == 1);
        WindowTests.waitUntil(window, () -> !java.util.Arrays.equals(WindowTests.pixels(attention.canvas("B", 0)),
                bLate));
        int[] aEarly = WindowTests.fx(() -> WindowTests.pixels(attention.canvas("A", 0)));
        assertThat(aEarly).as("the live run's heatmap at step 0").isNotEqualTo(aLate);
    }
}
