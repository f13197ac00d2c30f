package tdlab.ui.panels;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.render.Charts;
import tdlab.render.RunCharts;
import tdlab.sim.Frame;

/**
 * Reduced coordinates (e, w, b) over time, the norm of each parameter group, and the fraction of energy
 * σ1²/Σσi² of the value and first feed-forward matrices (1 for a rank-one matrix).
 */
public final class ParametersPanel extends BorderPane {
    private final XYSeriesCollection[] data = RunCharts.parameterData();
    private final JFreeChart chart = RunCharts.parametersChart(data);
    private final ChartView viewer;
    private List<Frame> shown = List.of();

    public ParametersPanel() {
        viewer = new ChartView(chart);
        viewer.setId("parameters-chart");
        Tooltip.install(viewer, new Tooltip("(e, w, b): the canonical coordinates, exact for the (e, w, b) model and"
                + " a projection for the simple transformer (e = ‖e‖, 4w|w| = êᵀW2 ReLU(W1 ê)).\n‖θ_g‖: Euclidean"
                + " norm of each parameter group.\nFraction of energy σ1²/Σσi²: share of the top singular value."));
        setCenter(viewer);
    }

    public void update(List<Frame> frames) {
        if (frames == shown) {
            return;
        }
        shown = frames;
        chart.setNotify(false);
        RunCharts.fillParameters(data, frames, frames.size() - 1);
        Charts.legendForDrawnSeries(chart.getPlot());
        chart.setNotify(true);
    }

    public void setDark(boolean dark) {
        Charts.style(chart, dark);
    }

    /** While a run plays the chart is shown as an image; paused, it is interactive (see {@link ChartView}). */
    public void setLive(boolean live) {
        viewer.setLive(live);
    }
}
