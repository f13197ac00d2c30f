package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.mixture.MixtureKeys;
import tdlab.sim.Frame;

/**
 * S5's relevant-token attention and errors as JFreeChart data, without JavaFX: the relevant-token mass (mean over
 * heads, bold, and each head thin) with uniform attention's ζ dashed, above the test and training error. Two stacked
 * plots share the step axis.
 */
public final class MixtureCharts {
    /** Heads drawn one by one; beyond, only the mean (sixteen thin lines are still legible, 64 are not). */
    public static final int MAX_HEAD_LINES = 16;
    private static final Color HEAD = new Color(120, 140, 170);

    private MixtureCharts() {
    }

    /** The two plots' series: masses (mean first, then heads 1..H) and errors (test, train). */
    public record Data(XYSeriesCollection masses, XYSeriesCollection errors) {
    }

    public static Data data() {
        XYSeriesCollection errors = new XYSeriesCollection();
        errors.addSeries(new XYSeries("test error (%)", true, true));
        errors.addSeries(new XYSeries("training error (%)", true, true));
        return new Data(new XYSeriesCollection(), errors);
    }

    /** Refills every series from frames[0..upTo] (at most {@link Charts#MAX_POINTS} points each). */
    public static void fill(Data data, List<Frame> frames, int upTo) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        int heads = 0;
        if (n > 0) {
            for (String k : frames.get(n - 1).series().keySet()) {
                heads = Math.max(heads, MixtureKeys.headOf(k));
            }
        }
        int lines = heads <= MAX_HEAD_LINES ? heads : 0;
        XYSeriesCollection masses = data.masses();
        if (masses.getSeriesCount() != 1 + lines) {
            masses.removeAllSeries();
            masses.addSeries(new XYSeries("relevant-token mass, mean over heads", true, true));
            for (int h = 1; h <= lines; h++) {
                masses.addSeries(new XYSeries("head " + h, true, true));
            }
        }
        clear(masses);
        clear(data.errors());
        for (int i : Charts.decimate(n)) {
            Frame f = frames.get(i);
            if (f.diverged()) {
                continue;
            }
            add(masses.getSeries(0), f.step(), f.series().getOrDefault(MixtureKeys.RELEVANT_MASS, Double.NaN));
            for (int h = 1; h <= lines; h++) {
                add(masses.getSeries(h), f.step(), f.series().getOrDefault(MixtureKeys.headMass(h), Double.NaN));
            }
            add(data.errors().getSeries(0), f.step(), 100 * f.series().getOrDefault(MixtureKeys.TEST_ERROR, Double.NaN));
            add(data.errors().getSeries(1), f.step(), 100 * f.series().getOrDefault(MixtureKeys.TRAIN_ERROR,
                    Double.NaN));
        }
        fire(masses);
        fire(data.errors());
    }

    /** The two stacked plots; {@code plots}, when of length 2, receives them (mass, errors) for fitting and markers. */
    public static JFreeChart chart(Data data, XYPlot[] plots) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.stepAxis("step"));
        NumberAxis mass = Charts.valueAxis("attention on relevant tokens");
        mass.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new HeadsRenderer();
        XYPlot top = new XYPlot(data.masses(), null, mass, r);
        plot.add(top, 3);
        NumberAxis err = Charts.valueAxis("error (%)");
        err.setAutoRangeIncludesZero(true);
        err.setAutoRangeMinimumSize(1);
        XYLineAndShapeRenderer e = new XYLineAndShapeRenderer(true, false);
        e.setSeriesPaint(0, Charts.SERIES[1]);
        e.setSeriesStroke(0, new BasicStroke(1.8f));
        e.setSeriesPaint(1, Charts.SERIES[2]);
        e.setSeriesStroke(1, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        XYPlot bottom = new XYPlot(data.errors(), null, err, e);
        plot.add(bottom, 2);
        plot.setGap(6);
        if (plots != null && plots.length == 2) {
            plots[0] = top;
            plots[1] = bottom;
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setItemFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
        Charts.style(chart, false);
        return chart;
    }

    /** Uniform attention's relevant-token mass ζ as a dashed line on the mass plot (replacing an earlier one). */
    public static void markUniform(XYPlot massPlot, double uniform) {
        massPlot.clearRangeMarkers();
        if (Double.isFinite(uniform)) {
            massPlot.addRangeMarker(Charts.reference(uniform, String.format(java.util.Locale.ROOT,
                    "uniform attention: ζ = %.3f", uniform), Charts.SERIES[5]));
        }
    }

    /** The mean bold in the first colour, every head thin and grey-blue, no legend entry per head. */
    private static final class HeadsRenderer extends XYLineAndShapeRenderer {
        HeadsRenderer() {
            super(true, false);
            setDrawSeriesLineAsPath(true);
        }

        @Override
        public java.awt.Paint getSeriesPaint(int series) {
            return series == 0 ? Charts.SERIES[0] : HEAD;
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            return getSeriesPaint(row);
        }

        @Override
        public java.awt.Stroke getItemStroke(int row, int column) {
            return new BasicStroke(row == 0 ? 2.4f : 0.9f);
        }

        @Override
        public java.awt.Stroke getSeriesStroke(int series) {
            return getItemStroke(series, 0);
        }

        @Override
        public boolean isSeriesVisibleInLegend(int series) {
            return series <= 1;
        }

        @Override
        public org.jfree.chart.LegendItem getLegendItem(int datasetIndex, int series) {
            org.jfree.chart.LegendItem item = super.getLegendItem(datasetIndex, series);
            if (item != null && series == 1) {
                return new org.jfree.chart.LegendItem("each head", null, null, null, item.getLine(),
                        new BasicStroke(0.9f), HEAD);
            }
            return item;
        }
    }

    private static void add(XYSeries s, double x, double y) {
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
}
