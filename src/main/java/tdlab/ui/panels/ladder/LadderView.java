package tdlab.ui.panels.ladder;

import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import tdlab.render.Charts;
import tdlab.render.LadderCharts;
import tdlab.render.SpanHistory;
import tdlab.render.StageBoundaries;
import tdlab.render.StepAxis;
import tdlab.sim.Frame;
import tdlab.ui.panels.ChartPanel;
import tdlab.ui.panels.ChartView;

/**
 * Two charts one above the other: the KL ladder against the step (KL_1's minimum marked) and the excess loss on a
 * log step axis; both with the stage boundaries of {@link StageBoundaries} as dashed lines. The window decides how
 * often they redraw; a redraw refills the series only when the recorded frames changed.
 */
final class LadderView extends BorderPane implements ChartPanel.Charts {
    private final LadderCharts.Data data = LadderCharts.data();
    private final JFreeChart klChart = LadderCharts.klChart(data.kl());
    private final JFreeChart excessChart = LadderCharts.excessChart(data.excess());
    private final ChartView klViewer = new ChartView(klChart);
    private final ChartView excessViewer = new ChartView(excessChart);
    /** The KL chart's: the run's range, the time cursor, the divergence (the excess chart's log axis has its own). */
    private final StepAxis steps = new StepAxis(klChart);
    private List<Frame> drawn = List.of();
    private int boundaries;

    LadderView() {
        klViewer.setId("ladder-kl-chart");
        excessViewer.setId("ladder-excess-chart");
        Tooltip.install(klViewer, new Tooltip("KL(p⁽ᵏ⁾ ‖ student): the KL divergence from the teacher restricted to"
                + " its k most important lag blocks to the student, on the validation set's generated tokens. The"
                + " student passes through p⁽¹⁾ (KL₁ falls, then rises once it learns more than the newest block)"
                + " on its way to the full teacher.\nDashed lines: a head's top block changes (a stage boundary)."));
        Tooltip.install(excessViewer, new Tooltip("Validation loss minus the teacher's loss on the same set, on"
                + " a log step axis: each learned block is a step down the staircase."));
        SplitPane split = new SplitPane(klViewer, excessViewer);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
    }

    /** A new run: no curves, marks or boundaries until its frames come. */
    void clear() {
        update(List.of());
    }

    @Override
    public void update(List<Frame> frames) {
        if (frames == drawn) {
            return;
        }
        drawn = frames;
        klChart.setNotify(false);
        excessChart.setNotify(false);
        LadderCharts.Minimum min = LadderCharts.fill(data, frames, frames.size() - 1);
        List<StageBoundaries.Boundary> stages = StageBoundaries.of(SpanHistory.of(frames, frames.size() - 1));
        boundaries = stages.size();
        LadderCharts.markMinimum(klChart.getXYPlot(), min);
        steps.recorded(frames); // first: the labels' side depends on the axis's end (the run's length)
        long lastStep = (long) klChart.getXYPlot().getDomainAxis().getUpperBound();
        LadderCharts.markBoundaries(klChart.getXYPlot(), stages, lastStep, true);
        LadderCharts.markBoundaries((XYPlot) excessChart.getPlot(), stages, lastStep, false);
        Charts.legendForDrawnSeries(klChart.getPlot());
        klChart.setNotify(true);
        excessChart.setNotify(true);
    }

    @Override
    public StepAxis stepAxis() {
        return steps;
    }

    @Override
    public void setDark(boolean dark) {
        Charts.style(klChart, dark);
        Charts.style(excessChart, dark);
    }

    @Override
    public void setLive(boolean live) {
        klViewer.setLive(live);
        excessViewer.setLive(live);
    }

    int klSeriesWithPoints() {
        int n = 0;
        for (int k = 0; k < data.kl().getSeriesCount(); k++) {
            n += data.kl().getSeries(k).isEmpty() ? 0 : 1;
        }
        return n;
    }

    int boundaries() {
        return boundaries;
    }
}
