package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.classes.ScanSnapKeys;
import tdlab.family.classes.ScanSnapTheory;
import tdlab.model.ParamGroup;
import tdlab.sim.Frame;

/**
 * Scan and Snap's attention masses as JFreeChart data, without JavaFX: class 1's c_n summed over its common
 * tokens, on its most and least likely distinct tokens, the entropy of c_n on its distinct tokens, Theorem 3's
 * two sides ({@link Theorem3Series}) on a log axis, and Theorem 4's B_n(t) in its scan and snap regimes. Four
 * stacked plots share the step axis; each series has its own colour, since the combined legend lists them together.
 */
public final class ScanSnapCharts {
    private ScanSnapCharts() {
    }

    /** The four plots' series, filled by {@link #fill}. */
    public record Data(XYSeriesCollection masses, XYSeriesCollection entropy, XYSeriesCollection theorem3,
                       XYSeriesCollection theorem4) {
    }

    public static Data data() {
        XYSeriesCollection masses = new XYSeriesCollection();
        masses.addSeries(new XYSeries("Σ c_n on CTs", true, true));
        masses.addSeries(new XYSeries("c_n top DT", true, true));
        masses.addSeries(new XYSeries("c_n lowest DT", true, true));
        XYSeriesCollection entropy = new XYSeriesCollection();
        entropy.addSeries(new XYSeries("DT entropy", true, true));
        XYSeriesCollection theorem3 = new XYSeriesCollection();
        theorem3.addSeries(new XYSeries("r(t)/r(0) measured", true, true));
        theorem3.addSeries(new XYSeries("e^{2(z(t)−z(0))} Theorem 3", true, true));
        XYSeriesCollection theorem4 = new XYSeriesCollection();
        theorem4.addSeries(new XYSeries("B_n(t) Theorem 4, scan", true, true));
        theorem4.addSeries(new XYSeries("B_n(t) Theorem 4, snap", true, true));
        return new Data(masses, entropy, theorem3, theorem4);
    }

    /**
     * Refills every series from frames[0..upTo] (at most {@link Charts#MAX_POINTS} points each); Theorem 4's B_n(t)
     * at each frame's step with that frame's η_Y and η_Z, when the run's theory is Scan and Snap's (else null).
     */
    public static void fill(Data data, List<Frame> frames, int upTo, ScanSnapTheory theory) {
        fill(data, frames, upTo, theory, null);
    }

    /** As above, with Theorem 3 for a chosen pair of distinct tokens (null: the series' likeliest and rarest). */
    public static void fill(Data data, List<Frame> frames, int upTo, ScanSnapTheory theory, Theorem3Pair pair) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        clear(data.masses());
        clear(data.entropy());
        clear(data.theorem3());
        clear(data.theorem4());
        Theorem3Series t3 = pair == null ? Theorem3Series.of(frames, n - 1) : pair.series(frames, n - 1);
        for (int i : Charts.decimate(n)) {
            Frame f = frames.get(i);
            if (f.diverged()) {
                continue;
            }
            add(data.masses().getSeries(0), f.step(), f.series().getOrDefault(ScanSnapKeys.CT_MASS, Double.NaN));
            add(data.masses().getSeries(1), f.step(), f.series().getOrDefault(ScanSnapKeys.TOP_DT_MASS, Double.NaN));
            add(data.masses().getSeries(2), f.step(), f.series().getOrDefault(ScanSnapKeys.LOW_DT_MASS, Double.NaN));
            add(data.entropy().getSeries(0), f.step(), f.series().getOrDefault(ScanSnapKeys.DT_ENTROPY, Double.NaN));
            addPositive(data.theorem3().getSeries(0), f.step(), t3.ratio()[i]);
            addPositive(data.theorem3().getSeries(1), f.step(), t3.prediction()[i]);
            if (theory != null) {
                double etaY = f.learningRates()[ParamGroup.HEAD.ordinal()];
                double b = theory.bound(f.step(), etaY, f.learningRates()[ParamGroup.ATTENTION.ordinal()]);
                // the two regimes as two lines: between them the theorem is silent and the chart leaves a gap
                add(data.theorem4().getSeries(f.step() < theory.snapTime(etaY) ? 0 : 1), f.step(), b);
            }
        }
        fire(data.masses());
        fire(data.entropy());
        fire(data.theorem3());
        fire(data.theorem4());
    }

    public static JFreeChart chart(Data data) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.stepAxis("step"));
        NumberAxis mass = Charts.valueAxis("c_n");
        mass.setAutoRangeIncludesZero(true);
        plot.add(new XYPlot(data.masses(), null, mass, renderer(Charts.SERIES[0], Charts.SERIES[1],
                Charts.SERIES[2])), 3);
        plot.add(new XYPlot(data.entropy(), null, Charts.valueAxis("H(DT)"), renderer(Charts.SERIES[4])), 2);
        LogAxis ratio = LogValueAxis.of("Thm 3", 1e-6);
        // sky blue for the theory: grey would vanish on the dark theme
        XYLineAndShapeRenderer t3 = renderer(Charts.SERIES[3], Charts.SERIES[5]);
        t3.setSeriesStroke(1, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f)); // the theory's curve dashed, as the loss chart's references are
        plot.add(new XYPlot(data.theorem3(), null, ratio, t3), 3);
        XYLineAndShapeRenderer t4 = renderer(Charts.SERIES[6], Charts.SERIES[7]);
        for (int i = 0; i < 2; i++) {
            t4.setSeriesStroke(i, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {2f, 3f}, 0f)); // dotted: a bound from the theory, not a measurement
        }
        NumberAxis bound = Charts.valueAxis("B_n");
        bound.setAutoRangeIncludesZero(true);
        plot.add(new XYPlot(data.theorem4(), null, bound, t4), 2);
        plot.setGap(6);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setItemFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10)); // six entries
        Charts.style(chart, false);
        return chart;
    }

    private static XYLineAndShapeRenderer renderer(Color... colours) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        return r;
    }

    private static void add(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }

    /** A log axis has no place for 0 or below. */
    private static void addPositive(XYSeries s, double x, double y) {
        if (Double.isFinite(y) && y > 0) {
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
