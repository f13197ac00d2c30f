package tdlab.ui.panels.loss;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.render.CompareCharts;
import tdlab.render.Comparison;
import tdlab.ui.panels.ComparingChartPanel;
import tdlab.render.BestValidation;
import tdlab.render.BlowUp;
import tdlab.render.Charts;
import tdlab.render.StepAxis;
import tdlab.render.TheoryMarks;
import tdlab.render.LogValueAxis;
import tdlab.family.TimeMark;
import tdlab.render.RunCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.ui.panels.ChartView;
import tdlab.ui.panels.CompareCursor;

/**
 * Train and validation loss against the step, with the theory's reference losses as labelled dashed lines,
 * the exact population loss where the model has one, a log-y toggle and the shown frame's values; a red line
 * where the run diverged. The window decides how often the chart redraws.
 */
final class LossView extends BorderPane implements ComparingChartPanel.Compared {
    private final XYSeriesCollection data = RunCharts.lossData();
    private final JFreeChart chart;
    private final XYPlot plot;
    private final ChartView viewer;
    private List<Frame> drawn = List.of();
    private final StepAxis steps;
    private final TheoryMarks marks;
    private final BestValidation.Mark best;
    /** What the theory's lines mean, on the chart while there are any. */
    private final Tooltip marksTip = new Tooltip();
    private RunInfo info;
    private boolean dark;
    /** A comparison's pinned runs: a second collection, drawn by its own renderer in the runs' colours. */
    private final XYSeriesCollection pinned = new XYSeriesCollection();
    private final XYLineAndShapeRenderer pinnedLines = Charts.lineRenderer(2f, 0, 0);
    /** The runs compared and the time cursor: in a comparison every run is drawn up to the shown step. */
    private final CompareCursor cursor = new CompareCursor();
    /** The comparison the live series are styled for. */
    private Comparison styled = Comparison.NONE;

    LossView(LossViewModel vm) {
        chart = Charts.lineChart(data, "step", "loss (nats)");
        plot = chart.getXYPlot();
        steps = new StepAxis(chart);
        marks = new TheoryMarks(plot);
        best = new BestValidation.Mark(plot);
        plot.setDataset(1, pinned);
        plot.setRenderer(1, pinnedLines);
        marksTip.setWrapText(true);
        marksTip.setMaxWidth(440);
        viewer = new ChartView(chart);
        viewer.setId("loss-chart");
        Label current = new Label();
        current.setId("loss-current");
        current.textProperty().bind(vm.readoutProperty());
        current.setWrapText(true); // a narrow panel wraps the values ("exact diverged") instead of cutting them
        current.setMinHeight(Region.USE_PREF_SIZE);
        current.setTooltip(new Tooltip("val: validation loss, mean −ln P̂(x_{n+1} | x_1..x_n) over a fixed"
                + " validation set, in nats. train: the mean loss of the training batches since the last frame."
                + " exact: the population loss, where the theory has it (the canonical model)."));
        CheckBox logY = new CheckBox("log y");
        logY.setId("loss-log-y");
        logY.setMinWidth(Region.USE_PREF_SIZE); // the values beside it shorten first in a narrow panel
        logY.setTooltip(new Tooltip("Logarithmic loss axis: plateaus and the approach to the entropy rate"
                + " show as straight stretches."));
        logY.selectedProperty().bindBidirectional(vm.logYProperty());
        vm.logYProperty().addListener((o, a, b) -> setLogAxis(b));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, current, spacer, logY);
        top.setPadding(new Insets(2, 6, 2, 6));
        setTop(top);
        setCenter(viewer);
    }

    /** A new run: its reference lines, and no points yet. */
    void setInfo(RunInfo info) {
        this.info = info;
        RunCharts.lossReferences(plot, info);
        drawn = List.of();
        chart.setNotify(false);
        RunCharts.fillLoss(data, List.of(), 0);
        best.show(java.util.Optional.empty());
        chart.setNotify(true);
    }

    /** The theory's vertical lines (the chart repaints only when they change). */
    void showMarks(List<TimeMark> next) {
        marks.show(next);
        if (next.isEmpty()) {
            Tooltip.uninstall(viewer, marksTip);
        } else {
            marksTip.setText(next.stream().map(TimeMark::explanation).collect(java.util.stream.Collectors.joining("\n")));
            Tooltip.install(viewer, marksTip);
        }
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    java.util.Optional<BestValidation> bestValidation() {
        return best.current();
    }

    List<TimeMark> marks() {
        return marks.marks();
    }

    @Override
    public CompareCursor cursor() {
        return cursor;
    }

    /**
     * Shows the recorded frames (at most {@link Charts#MAX_POINTS} per series): all of them, or in a comparison
     * every run's up to the shown step.
     */
    @Override
    public void update(List<Frame> frames) {
        if (!cursor.stale(frames)) {
            return;
        }
        Comparison comparison = cursor.comparison();
        int upTo = comparison.active() ? CompareCharts.upTo(frames, cursor.step()) : frames.size() - 1;
        chart.setNotify(false);
        if (comparison != styled) {
            CompareCharts.styleLive((XYLineAndShapeRenderer) plot.getRenderer(), data, comparison);
            styled = comparison;
        }
        RunCharts.fillLoss(data, frames, upTo);
        if (CompareCharts.fillPinned(pinned, comparison.pinned(), cursor.step())) {
            CompareCharts.stylePinned(pinnedLines, comparison.pinned());
        }
        best.show(BestValidation.of(frames, upTo));
        drawn = frames;
        cursor.drawn(frames);
        RunCharts.fitLossRange(plot, data, info, BlowUp.rangeUntil(frames, upTo), pinned);
        steps.recorded(frames);
        Charts.legendForDrawnSeries(plot);
        chart.setNotify(true);
    }

    private void setLogAxis(boolean log) {
        ValueAxis axis;
        if (log) {
            // S4b's loss passes 1e-10 by iteration 40: the floor is double precision's, 1 − p resolves ~1e-16
            axis = LogValueAxis.of("loss (nats, log)", 1e-15);
        } else {
            axis = Charts.valueAxis("loss (nats)");
        }
        plot.setRangeAxis(axis);
        Charts.style(chart, dark);
        RunCharts.fitLossRange(plot, data, info, BlowUp.rangeUntil(drawn, drawn.size() - 1), pinned);
    }

    @Override
    public StepAxis stepAxis() {
        return steps;
    }

    @Override
    public void setDark(boolean dark) {
        this.dark = dark;
        Charts.style(chart, dark);
    }

    @Override
    public void setLive(boolean live) {
        viewer.setLive(live);
    }

    /** Validation points drawn. */
    int points() {
        return data.getSeries(1).getItemCount();
    }


    /** The last step of each drawn validation line, by its name (the live run's and every pinned run's). */
    java.util.Map<String, Double> lastValidationSteps() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        lastStep(out, data.getSeries(1));
        for (int k = 0; k < pinned.getSeriesCount(); k += 2) {
            lastStep(out, pinned.getSeries(k));
        }
        return out;
    }

    private static void lastStep(java.util.Map<String, Double> out, org.jfree.data.xy.XYSeries s) {
        out.put(s.getKey().toString(), s.isEmpty() ? Double.NaN : s.getMaxX());
    }
}
