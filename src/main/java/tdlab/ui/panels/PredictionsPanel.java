package tdlab.ui.panels;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
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
    private final XYPlot plot;
    private double[][] truth = new double[0][];
    private double[] stationary = new double[0];
    private List<Frame> shown = List.of();

    public PredictionsPanel() {
        chart = Charts.lineChart(data, "step", "probability");
        plot = chart.getXYPlot();
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("predictions-chart");
        Tooltip.install(viewer, new Tooltip("P̂(j|i): the model's mean predicted probability of next token j at"
                + " positions whose current token is i, on the validation set. At the global minimum it equals"
                + " the transition matrix; on the unigram plateau it equals the stationary law π for every i."));
        setCenter(viewer);
    }

    public void setRun(RunConfig cfg, RunInfo info) {
        truth = ((tdlab.task.MarkovTask) cfg.task()).matrix().toArray();
        stationary = info.stationary();
        data.removeAllSeries();
        plot.clearRangeMarkers();
        if (truth.length == 2) {
            data.addSeries(new XYSeries("P̂(1|0)", true, true));
            data.addSeries(new XYSeries("P̂(0|1)", true, true));
            plot.addRangeMarker(Charts.reference(truth[0][1], String.format(Locale.ROOT, "p = %.3f", truth[0][1]),
                    Charts.SERIES[0]));
            plot.addRangeMarker(Charts.reference(truth[1][0], String.format(Locale.ROOT, "q = %.3f", truth[1][0]),
                    Charts.SERIES[1]));
            plot.addRangeMarker(Charts.reference(stationary[1], String.format(Locale.ROOT, "π1 = %.3f", stationary[1]),
                    new Color(120, 120, 120)));
            plot.addRangeMarker(Charts.reference(stationary[0], String.format(Locale.ROOT, "π0 = %.3f", stationary[0]),
                    new Color(120, 120, 120)));
        } else {
            data.addSeries(new XYSeries("TV(P̂ row, true row)", true, true));
            data.addSeries(new XYSeries("TV(P̂ row, π)", true, true));
        }
        shown = List.of();
    }

    public void update(List<Frame> frames) {
        if (frames == shown
                || data.getSeriesCount() < 2) {
            return;
        }
        shown = frames;
        chart.setNotify(false);
        XYSeries a = data.getSeries(0);
        XYSeries b = data.getSeries(1);
        a.clear();
        b.clear();
        for (int i : Charts.decimate(frames.size())) {
            Frame f = frames.get(i);
            if (truth.length == 2) {
                add(a, f.step(), f.estimated(0, 1));
                add(b, f.step(), f.estimated(1, 0));
            } else {
                add(a, f.step(), meanTv(f.conditional(), truth));
                double[][] pi = new double[truth.length][];
                java.util.Arrays.fill(pi, stationary);
                add(b, f.step(), meanTv(f.conditional(), pi));
            }
        }
        a.fireSeriesChanged();
        b.fireSeriesChanged();
        chart.setNotify(true);
    }

    private static void add(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }

    private static double meanTv(double[][] est, double[][] ref) {
        double sum = 0;
        int rows = 0;
        for (int i = 0; i < est.length; i++) {
            if (Double.isNaN(est[i][0])) {
                continue;
            }
            double tv = 0;
            for (int j = 0; j < est[i].length; j++) {
                tv += Math.abs(est[i][j] - ref[i][j]);
            }
            sum += tv / 2;
            rows++;
        }
        return rows == 0 ? Double.NaN : sum / rows;
    }

    public void setDark(boolean dark) {
        Charts.style(chart, dark);
    }
}
