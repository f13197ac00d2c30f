package tdlab.ui.panels.predictions;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.markov.ChainReferences;
import tdlab.render.CompareOverlay;
import tdlab.render.Charts;
import tdlab.render.Comparison;
import tdlab.render.RunCharts;
import tdlab.render.StepAxis;
import tdlab.sim.Frame;
import tdlab.ui.panels.ComparingChartPanel;
import tdlab.ui.panels.ChartView;
import tdlab.ui.panels.CompareCursor;
import tdlab.ui.panels.SideBySide;

/**
 * The model's estimated transition probabilities over time against the truth. Binary chains: P̂(1|0)
 * against p and the stationary π1, P̂(0|1) against q and π0. Larger chains: the total-variation distance
 * of each estimated row from the true row (→ 0 at the global minimum) and from π (→ 0 on the unigram
 * plateau), averaged over the states. In a comparison every run up to the timeline's step, against the live
 * run's chain: overlaid in the runs' colours (a series by its dash, the reference lines grey), or side by side.
 */
final class PredictionsView extends BorderPane implements ComparingChartPanel.Compared {
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartView viewer;
    private final XYPlot plot;
    private final StepAxis steps;
    private final CompareCursor cursor = new CompareCursor();
    private final CompareOverlay overlay;
    private final SideBySide sides;
    private double[][] truth = new double[0][];
    private double[] stationary = new double[0];
    /** Whether the reference lines are drawn grey (runs overlaid in the series' colours). */
    private boolean neutralReferences;

    PredictionsView() {
        chart = Charts.lineChart(data, "step", "probability");
        plot = chart.getXYPlot();
        steps = new StepAxis(chart);
        viewer = new ChartView(chart);
        viewer.setId("predictions-chart");
        Tooltip.install(viewer, new Tooltip("P̂(j|i): the model's mean predicted probability of next token j at"
                + " positions whose current token is i, on the validation set. At the global minimum it equals"
                + " the transition matrix; on the unigram plateau it equals the stationary law π for every i."));
        overlay = new CompareOverlay(plot, List.of(plot), this::structure, 1.8f);
        sides = new SideBySide("predictions-chart", new RunChart(chart, null), viewer, this::runChart);
        setCenter(viewer);
    }

    private XYSeriesCollection[] structure() {
        return new XYSeriesCollection[] {RunCharts.predictionData(truth.length)};
    }

    private void fill(XYSeriesCollection[] into, List<Frame> frames, int upTo) {
        RunCharts.fillPredictions(into[0], truth, stationary, frames, upTo);
    }

    /** A pinned run's chart among the small multiples, with the live run's chain as its reference lines. */
    private SideBySide.RunChart runChart() {
        XYSeriesCollection d = structure()[0];
        JFreeChart c = Charts.lineChart(d, "step", "probability");
        RunCharts.predictionReferences(c.getXYPlot(), truth, stationary);
        return new RunChart(c, (frames, upTo) -> fill(new XYSeriesCollection[] {d}, frames, upTo));
    }

    /**
     * A predictions chart among the small multiples, its probability axis shared; {@code fill} draws a pinned run's
     * frames (null for the live run's chart, which the view fills).
     */
    private record RunChart(JFreeChart chart, java.util.function.ObjIntConsumer<List<Frame>> fill)
            implements SideBySide.RunChart {
        @Override
        public void show(List<Frame> frames, int upTo) {
            if (fill != null) {
                fill.accept(frames, upTo);
            }
        }

        @Override
        public List<ValueAxis> sharedAxes() {
            return List.of(chart.getXYPlot().getRangeAxis());
        }
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
        RunCharts.predictionReferences(plot, truth, stationary, neutralReferences);
        cursor.drawn(List.of());
    }

    @Override
    public CompareCursor cursor() {
        return cursor;
    }

    @Override
    public void update(List<Frame> frames) {
        if (!cursor.stale(frames) || data.getSeriesCount() < 2) {
            return;
        }
        Comparison c = cursor.comparison();
        chart.setNotify(false);
        boolean neutral = c.active() && !c.sideBySide();
        if (neutral != neutralReferences) {
            neutralReferences = neutral;
            RunCharts.predictionReferences(plot, truth, stationary, neutral);
        }
        RunCharts.fillPredictions(data, truth, stationary, frames, cursor.upTo(frames));
        overlay.show(c, cursor.step(), this::fill);
        steps.recorded(frames);
        sides.showIn(this, c, cursor.step());
        Charts.legendForDrawnSeries(plot);
        cursor.drawn(frames);
        chart.setNotify(true);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    @Override
    public List<JFreeChart> sideCharts() {
        return sides.shownCharts();
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
