package tdlab.ui.panels.predictions;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.ui.panels.ChartPanel;
import tdlab.family.markov.ChainReferences;
import tdlab.render.Charts;
import tdlab.render.RunCharts;
import tdlab.render.StepAxis;
import tdlab.sim.Frame;
import tdlab.ui.panels.ChartView;

/**
 * The model's estimated transition probabilities over time against the truth. Binary chains: P̂(1|0)
 * against p and the stationary π1, P̂(0|1) against q and π0. Larger chains: the total-variation distance
 * of each estimated row from the true row (→ 0 at the global minimum) and from π (→ 0 on the unigram
 * plateau), averaged over the states.
 */
final class PredictionsView extends BorderPane implements ChartPanel.Charts {
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartView viewer;
    private final XYPlot plot;
    private final StepAxis steps;
    private double[][] truth = new double[0][];
    private double[] stationary = new double[0];
    private List<Frame> drawn = List.of();

    PredictionsView() {
        chart = Charts.lineChart(data, "step", "probability");
        plot = chart.getXYPlot();
        steps = new StepAxis(chart);
        viewer = new ChartView(chart);
        viewer.setId("predictions-chart");
        Tooltip.install(viewer, new Tooltip("P̂(j|i): the model's mean predicted probability of next token j at"
                + " positions whose current token is i, on the validation set. At the global minimum it equals"
                + " the transition matrix; on the unigram plateau it equals the stationary law π for every i."));
        setCenter(viewer);
    }

    /** A new chain: its series and reference lines, no points yet. */
    void setChain(ChainReferences chain) {
        truth = chain.matrix();
        stationary = chain.stationary();
        data.removeAllSeries();
        XYSeriesCollection fresh = RunCharts.predictionData(truth.length);
        for (int i = 0; i < fresh.getSeriesCount(); i++) {
            data.addSeries(fresh.getSeries(i));
        }
        RunCharts.predictionReferences(plot, truth, stationary);
        drawn = List.of();
    }

    @Override
    public void update(List<Frame> frames) {
        if (frames == drawn || data.getSeriesCount() < 2) {
            return;
        }
        drawn = frames;
        chart.setNotify(false);
        RunCharts.fillPredictions(data, truth, stationary, frames, frames.size() - 1);
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
