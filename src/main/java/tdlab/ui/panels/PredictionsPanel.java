package tdlab.ui.panels;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.render.Charts;
import tdlab.render.RunCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.family.markov.ChainReferences;
import tdlab.train.RunConfig;

/**
 * The model's estimated transition probabilities over time against the truth. Binary chains: P̂(1|0)
 * against p and the stationary π1, P̂(0|1) against q and π0. Larger chains: the total-variation distance
 * of each estimated row from the true row (→ 0 at the global minimum) and from π (→ 0 on the unigram
 * plateau), averaged over the states.
 */
public final class PredictionsPanel extends BorderPane {
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartView viewer;
    private final XYPlot plot;
    private double[][] truth = new double[0][];
    private double[] stationary = new double[0];
    private List<Frame> shown = List.of();

    public PredictionsPanel() {
        chart = Charts.lineChart(data, "step", "probability");
        plot = chart.getXYPlot();
        viewer = new ChartView(chart);
        viewer.setId("predictions-chart");
        Tooltip.install(viewer, new Tooltip("P̂(j|i): the model's mean predicted probability of next token j at"
                + " positions whose current token is i, on the validation set. At the global minimum it equals"
                + " the transition matrix; on the unigram plateau it equals the stationary law π for every i."));
        setCenter(viewer);
    }

    public void setRun(RunConfig cfg, RunInfo info) {
        // a chain's panel: the run's theory is the chain's (MarkovFamily lists this panel for chains only)
        ChainReferences chain = (ChainReferences) info.theory();
        truth = chain.matrix();
        stationary = chain.stationary();
        data.removeAllSeries();
        XYSeriesCollection fresh = RunCharts.predictionData(truth.length);
        for (int i = 0; i < fresh.getSeriesCount(); i++) {
            data.addSeries(fresh.getSeries(i));
        }
        RunCharts.predictionReferences(plot, truth, stationary);
        shown = List.of();
    }

    public void update(List<Frame> frames) {
        if (frames == shown || data.getSeriesCount() < 2) {
            return;
        }
        shown = frames;
        chart.setNotify(false);
        RunCharts.fillPredictions(data, truth, stationary, frames, frames.size() - 1);
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
