package tdlab.ui.panels.parameters;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import tdlab.ui.panels.ChartPanel;
import tdlab.render.BlowUp;
import tdlab.render.Charts;
import tdlab.render.StepAxis;
import tdlab.render.ParametersChart;
import tdlab.sim.Frame;
import tdlab.ui.panels.ChartView;

/**
 * Reduced coordinates (e, w, b) over time, the norm of each parameter group, and the fraction of energy
 * σ1²/Σσi² of the value and first feed-forward matrices (1 for a rank-one matrix), each shown where the run has it.
 */
final class ParametersView extends BorderPane implements ChartPanel.Charts {
    private final ParametersChart parameters = new ParametersChart();
    private final JFreeChart chart = parameters.chart();
    private final ChartView viewer;
    private final StepAxis steps = new StepAxis(chart);
    private List<Frame> drawn = List.of();

    ParametersView() {
        viewer = new ChartView(chart);
        viewer.setId("parameters-chart");
        Tooltip.install(viewer, new Tooltip("(e, w, b): the canonical coordinates, exact for the (e, w, b) model and"
                + " a projection for the simple transformer (e = ‖e‖, 4w|w| = êᵀW2 ReLU(W1 ê)).\n‖θ_g‖: Euclidean"
                + " norm of each parameter group.\nFraction of energy σ1²/Σσi²: share of the top singular value."));
        setCenter(viewer);
    }

    @Override
    public void update(List<Frame> frames) {
        if (frames == drawn) {
            return;
        }
        drawn = frames;
        chart.setNotify(false);
        parameters.show(frames, frames.size() - 1, BlowUp.rangeUntil(frames, frames.size() - 1));
        steps.recorded(frames);
        chart.setNotify(true);
    }

    @Override
    public StepAxis stepAxis() {
        return steps;
    }

    @Override
    public void setDark(boolean dark) {
        Charts.style(chart, dark);
    }

    @Override
    public void setLive(boolean live) {
        viewer.setLive(live);
    }
}
