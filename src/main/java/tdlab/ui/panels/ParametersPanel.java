package tdlab.ui.panels;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.model.ParamGroup;
import tdlab.sim.Frame;

/**
 * Reduced coordinates (e, w, b) over time, the norm of each parameter group, and the fraction of energy
 * σ1²/Σσi² of the value and first feed-forward matrices (1 for a rank-one matrix).
 */
public final class ParametersPanel extends BorderPane {
    private final XYSeriesCollection reduced = new XYSeriesCollection();
    private final XYSeriesCollection norms = new XYSeriesCollection();
    private final XYSeriesCollection energy = new XYSeriesCollection();
    private final JFreeChart chart;
    private List<Frame> shown = List.of();

    public ParametersPanel() {
        for (String s : new String[] {"e", "w", "b"}) {
            reduced.addSeries(new XYSeries(s, true, true));
        }
        for (ParamGroup g : ParamGroup.values()) {
            norms.addSeries(new XYSeries("‖" + g.key() + "‖", true, true));
        }
        energy.addSeries(new XYSeries("W_V fraction of energy", true, true));
        energy.addSeries(new XYSeries("W1 fraction of energy", true, true));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.stepAxis("step"));
        plot.add(subplot(reduced, "e, w, b"), 2);
        plot.add(subplot(norms, "norm"), 2);
        XYPlot e = subplot(energy, "σ1²/Σσ²");
        ((NumberAxis) e.getRangeAxis()).setRange(0, 1.02);
        plot.add(e, 1);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Charts.style(chart, false);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("parameters-chart");
        Tooltip.install(viewer, new Tooltip("(e, w, b): the canonical coordinates, exact for the (e, w, b) model and"
                + " a projection for the simple transformer (e = ‖e‖, 4w|w| = êᵀW2 ReLU(W1 ê)).\n‖θ_g‖: Euclidean"
                + " norm of each parameter group.\nFraction of energy σ1²/Σσi²: share of the top singular value."));
        setCenter(viewer);
    }

    private static XYPlot subplot(XYSeriesCollection data, String label) {
        NumberAxis y = Charts.valueAxis(label);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < Charts.SERIES.length; i++) {
            r.setSeriesPaint(i, Charts.SERIES[i]);
            r.setSeriesStroke(i, new java.awt.BasicStroke(1.6f));
        }
        return new XYPlot(data, null, y, r);
    }

    public void update(List<Frame> frames) {
        if (frames == shown) {
            return;
        }
        shown = frames;
        chart.setNotify(false);
        clear(reduced);
        clear(norms);
        clear(energy);
        for (int i : Charts.decimate(frames.size())) {
            Frame f = frames.get(i);
            if (f.reduced() != null) {
                reduced.getSeries(0).add(f.step(), f.reduced().e(), false);
                reduced.getSeries(1).add(f.step(), f.reduced().w(), false);
                reduced.getSeries(2).add(f.step(), f.reduced().b(), false);
            }
            for (ParamGroup g : ParamGroup.values()) {
                double v = f.groupNorms()[g.ordinal()];
                if (Double.isFinite(v)) {
                    norms.getSeries(g.ordinal()).add(f.step(), v, false);
                }
            }
            addIfFinite(energy.getSeries(0), f.step(), f.energyFraction().getOrDefault("attn.wv", Double.NaN));
            addIfFinite(energy.getSeries(1), f.step(), f.energyFraction().getOrDefault("ff.w1", Double.NaN));
        }
        fire(reduced);
        fire(norms);
        fire(energy);
        chart.setNotify(true);
    }

    private static void addIfFinite(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }

    private static void clear(XYSeriesCollection c) {
        for (int i = 0; i < c.getSeriesCount(); i++) {
            c.getSeries(i).clear();
        }
    }

    private static void fire(XYSeriesCollection c) {
        for (int i = 0; i < c.getSeriesCount(); i++) {
            c.getSeries(i).fireSeriesChanged();
        }
    }

    public void setDark(boolean dark) {
        Charts.style(chart, dark);
    }
}
