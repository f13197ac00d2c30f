package tdlab.ui.panels.parameters;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import tdlab.render.BlowUp;
import tdlab.render.CompareOverlay;
import tdlab.render.Charts;
import tdlab.render.Comparison;
import tdlab.render.ParametersChart;
import tdlab.render.RunCharts;
import tdlab.render.StepAxis;
import tdlab.sim.Frame;
import tdlab.ui.panels.ComparingChartPanel;
import tdlab.ui.panels.ChartView;
import tdlab.ui.panels.CompareCursor;
import tdlab.ui.panels.SideBySide;

/**
 * Reduced coordinates (e, w, b) over time, the norm of each parameter group, and the fraction of energy
 * σ1²/Σσi² of the value and first feed-forward matrices (1 for a rank-one matrix), each shown where the run has it.
 * In a comparison every run up to the timeline's step: overlaid in the runs' colours (a series by its dash), or
 * side by side on the same axes.
 */
final class ParametersView extends BorderPane implements ComparingChartPanel.Compared {
    private final ParametersChart parameters = new ParametersChart();
    private final JFreeChart chart = parameters.chart();
    private final ChartView viewer;
    private final StepAxis steps = new StepAxis(chart);
    private final CompareCursor cursor = new CompareCursor();
    private final CompareOverlay overlay = new CompareOverlay((XYPlot) chart.getPlot(), parameters.plots(),
            ParametersChart::structure, 1.6f);
    private final SideBySide sides;

    ParametersView() {
        viewer = new ChartView(chart);
        viewer.setId("parameters-chart");
        Tooltip.install(viewer, new Tooltip("(e, w, b): the canonical coordinates, exact for the (e, w, b) model and"
                + " a projection for the simple transformer (e = ‖e‖, 4w|w| = êᵀW2 ReLU(W1 ê)).\n‖θ_g‖: Euclidean"
                + " norm of each parameter group.\nFraction of energy σ1²/Σσi²: share of the top singular value."));
        sides = new SideBySide("parameters-chart", new RunChart(parameters), viewer,
                () -> new RunChart(new ParametersChart()));
        setCenter(viewer);
    }

    /** A run's parameters chart as one of the small multiples: (e, w, b) and the norms share their ranges. */
    private record RunChart(ParametersChart parameters) implements SideBySide.RunChart {
        @Override
        public JFreeChart chart() {
            return parameters.chart();
        }

        @Override
        public void show(List<Frame> frames, int upTo) {
            parameters.show(frames, upTo, BlowUp.NONE);
        }

        @Override
        public List<ValueAxis> sharedAxes() {
            return List.of(parameters.plots().get(0).getRangeAxis(), parameters.plots().get(1).getRangeAxis());
        }
    }

    @Override
    public CompareCursor cursor() {
        return cursor;
    }

    @Override
    public void update(List<Frame> frames) {
        if (!cursor.stale(frames)) {
            return;
        }
        Comparison c = cursor.comparison();
        int upTo = cursor.upTo(frames);
        chart.setNotify(false);
        parameters.show(frames, upTo, c.sideBySide() ? BlowUp.NONE : BlowUp.rangeUntil(frames, upTo));
        overlay.show(c, cursor.step(), RunCharts::fillParameters);
        steps.recorded(frames);
        sides.showIn(this, c, cursor.step());
        cursor.drawn(frames);
        chart.setNotify(true);
    }

    @Override
    public List<JFreeChart> sideCharts() {
        return sides.shownCharts();
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public StepAxis stepAxis() {
        return steps;
    }

    @Override
    public void setDark(boolean dark) {
        Charts.style(chart, dark);
        sides.setDark(dark);
    }

    @Override
    public void setLive(boolean live) {
        viewer.setLive(live);
        sides.setLive(live);
    }
}
