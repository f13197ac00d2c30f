package tdlab.render;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.model.ParamGroup;
import tdlab.sim.Frame;
import tdlab.family.Reference;
import tdlab.sim.RunInfo;

/**
 * The run's charts as JFreeChart data, shared by the live panels (which keep their charts and refill the
 * series) and the offscreen exporter (which draws fresh charts into images): the same frames give the
 * same curves in both. A diverged frame is never plotted: its numbers are what blew up (1e80, ∞), and the
 * charts keep the range of the frames before it, with {@link DivergenceMarks} at its step.
 */
public final class RunCharts {
    private RunCharts() {
    }

    /** Loss series: train (batch), validation, exact population loss, from frames[0..upTo]. */
    public static void fillLoss(XYSeriesCollection data, List<Frame> frames, int upTo) {
        XYSeries train = data.getSeries(0);
        XYSeries val = data.getSeries(1);
        XYSeries exact = data.getSeries(2);
        clear(data);
        for (int i : Charts.decimate(Math.min(frames.size(), upTo + 1))) {
            Frame f = frames.get(i);
            if (f.diverged()) {
                continue;
            }
            add(train, f.step(), f.trainLoss());
            add(val, f.step(), f.valLoss());
            add(exact, f.step(), f.exactLoss());
        }
        fire(data);
    }

    /** The loss series' names, in the order of {@link #lossData()}. */
    public static final List<String> LOSS_SERIES = List.of("train (batch)", "validation", "exact population loss");

    public static XYSeriesCollection lossData() {
        XYSeriesCollection d = new XYSeriesCollection();
        for (String name : LOSS_SERIES) {
            d.addSeries(new XYSeries(name, true, true));
        }
        return d;
    }

    /** Okabe–Ito colours for reference lines, in the family's order (colour-blind safe). */
    private static final Color[] REFERENCE_COLOURS = {new Color(0, 158, 115), new Color(213, 94, 0),
            new Color(0, 114, 178), new Color(204, 121, 167), new Color(230, 159, 0)};

    /** The task family's reference losses (for a chain: entropy rate, unigram loss) as labelled dashed lines. */
    public static void lossReferences(XYPlot plot, RunInfo info) {
        plot.clearRangeMarkers();
        java.util.List<Reference> refs = info.theory().references();
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            if (Double.isFinite(r.value())) {
                plot.addRangeMarker(Charts.reference(r.value(), r.describe(),
                        REFERENCE_COLOURS[i % REFERENCE_COLOURS.length]));
            }
        }
    }

    /**
     * Keeps both reference lines in view (auto-range ignores markers), and of a diverged run the points before
     * its blow-up only ({@link BlowUp}: steps up to {@code until}); every series of {@code more} counts too (a
     * comparison's other runs).
     */
    public static void fitLossRange(XYPlot plot, XYSeriesCollection data, RunInfo info, long until,
                                    XYSeriesCollection... more) {
        if (info == null || !(plot.getRangeAxis() instanceof NumberAxis axis) || data.getSeries(1).isEmpty()) {
            return;
        }
        double[] span = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Reference r : info.theory().references()) {
            if (Double.isFinite(r.value())) {
                span[0] = Math.min(span[0], r.value());
                span[1] = Math.max(span[1], r.value());
            }
        }
        for (int s = 0; s < 2; s++) {
            widen(span, data.getSeries(s), until);
        }
        for (XYSeriesCollection c : more) {
            for (int s = 0; s < c.getSeriesCount(); s++) {
                widen(span, c.getSeries(s), until);
            }
        }
        if (span[0] > span[1]) {
            return;
        }
        double pad = Math.max(1e-4, (span[1] - span[0]) * 0.06);
        axis.setRange(span[0] - pad, span[1] + pad);
    }

    /** Stretches [lo, hi] over the series' values at steps up to {@code until}. */
    private static void widen(double[] span, XYSeries x, long until) {
        for (int i = 0; i < x.getItemCount() && x.getX(i).doubleValue() <= until; i++) {
            span[0] = Math.min(span[0], x.getY(i).doubleValue());
            span[1] = Math.max(span[1], x.getY(i).doubleValue());
        }
    }

    public static XYSeriesCollection predictionData(int states) {
        XYSeriesCollection d = new XYSeriesCollection();
        if (states == 2) {
            d.addSeries(new XYSeries("P̂(1|0)", true, true));
            d.addSeries(new XYSeries("P̂(0|1)", true, true));
        } else {
            d.addSeries(new XYSeries("TV(P̂ row, true row)", true, true));
            d.addSeries(new XYSeries("TV(P̂ row, π)", true, true));
        }
        return d;
    }

    /** Reference lines p, q, π1, π0 for binary chains. */
    public static void predictionReferences(XYPlot plot, double[][] truth, double[] stationary) {
        predictionReferences(plot, truth, stationary, false);
    }

    /**
     * Reference lines p, q, π1, π0 for binary chains; p and q in their series' colours, or, where runs are
     * overlaid in those colours ({@code neutral}), in grey.
     */
    public static void predictionReferences(XYPlot plot, double[][] truth, double[] stationary, boolean neutral) {
        plot.clearRangeMarkers();
        if (truth.length != 2) {
            return;
        }
        Color grey = new Color(120, 120, 120); // the grey of π: it reads on the light and the dark background
        plot.addRangeMarker(Charts.reference(truth[0][1], String.format(Locale.ROOT, "p = %.3f", truth[0][1]),
                neutral ? grey : Charts.SERIES[0]));
        plot.addRangeMarker(Charts.reference(truth[1][0], String.format(Locale.ROOT, "q = %.3f", truth[1][0]),
                neutral ? grey : Charts.SERIES[1]));
        plot.addRangeMarker(Charts.reference(stationary[1], String.format(Locale.ROOT, "π1 = %.3f", stationary[1]),
                new Color(120, 120, 120)));
        plot.addRangeMarker(Charts.reference(stationary[0], String.format(Locale.ROOT, "π0 = %.3f", stationary[0]),
                new Color(120, 120, 120)));
    }

    /**
     * Binary chains: P̂(1|0) and P̂(0|1). Larger chains: the mean total-variation distance of the estimated
     * rows from the true rows and from π.
     */
    public static void fillPredictions(XYSeriesCollection data, double[][] truth, double[] stationary,
                                       List<Frame> frames, int upTo) {
        XYSeries a = data.getSeries(0);
        XYSeries b = data.getSeries(1);
        clear(data);
        double[][] pi = new double[truth.length][];
        java.util.Arrays.fill(pi, stationary);
        for (int i : Charts.decimate(Math.min(frames.size(), upTo + 1))) {
            Frame f = frames.get(i);
            if (f.diverged()) {
                continue;
            }
            if (truth.length == 2) {
                add(a, f.step(), f.estimated(0, 1));
                add(b, f.step(), f.estimated(1, 0));
            } else {
                add(a, f.step(), meanTv(f.conditional(), truth));
                add(b, f.step(), meanTv(f.conditional(), pi));
            }
        }
        fire(data);
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

    /** Three collections: (e, w, b); the norm of each parameter group; the fractions of energy of W_V and W1. */
    public static XYSeriesCollection[] parameterData() {
        XYSeriesCollection reduced = new XYSeriesCollection();
        for (String s : new String[] {"e", "w", "b"}) {
            reduced.addSeries(new XYSeries(s, true, true));
        }
        XYSeriesCollection norms = new XYSeriesCollection();
        for (ParamGroup g : ParamGroup.values()) {
            norms.addSeries(new XYSeries("‖" + g.key() + "‖", true, true));
        }
        XYSeriesCollection energy = new XYSeriesCollection();
        energy.addSeries(new XYSeries("W_V fraction of energy", true, true));
        energy.addSeries(new XYSeries("W1 fraction of energy", true, true));
        return new XYSeriesCollection[] {reduced, norms, energy};
    }

    public static void fillParameters(XYSeriesCollection[] data, List<Frame> frames, int upTo) {
        for (XYSeriesCollection c : data) {
            clear(c);
        }
        for (int i : Charts.decimate(Math.min(frames.size(), upTo + 1))) {
            Frame f = frames.get(i);
            if (f.diverged()) {
                continue;
            }
            if (f.reduced() != null) { // a diverged frame's NaN or ∞ would become the axis range
                add(data[0].getSeries(0), f.step(), f.reduced().e());
                add(data[0].getSeries(1), f.step(), f.reduced().w());
                add(data[0].getSeries(2), f.step(), f.reduced().b());
            }
            for (ParamGroup g : ParamGroup.values()) {
                add(data[1].getSeries(g.ordinal()), f.step(), f.groupNorms()[g.ordinal()]);
            }
            add(data[2].getSeries(0), f.step(), f.energyFraction().getOrDefault("attn.wv", Double.NaN));
            add(data[2].getSeries(1), f.step(), f.energyFraction().getOrDefault("ff.w1", Double.NaN));
        }
        for (XYSeriesCollection c : data) {
            fire(c);
        }
    }

    /** The parameters chart: three stacked plots sharing the step axis. */
    public static JFreeChart parametersChart(XYSeriesCollection[] data) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.stepAxis("step"));
        // one legend for the three plots: their lines continue one style sequence, so no two look alike
        int norms = data[0].getSeriesCount();
        int energy = norms + data[1].getSeriesCount();
        plot.add(subplot(data[0], "e, w, b", 0), 2);
        plot.add(subplot(data[1], "norm", norms), 2);
        XYPlot e = subplot(data[2], "σ1²/Σσ²", energy);
        ((NumberAxis) e.getRangeAxis()).setRange(0, 1.02);
        plot.add(e, 1);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Charts.style(chart, false);
        return chart;
    }

    private static XYPlot subplot(XYSeriesCollection data, String label, int firstStyle) {
        NumberAxis y = Charts.valueAxis(label);
        return new XYPlot(data, null, y, Charts.lineRenderer(1.6f, firstStyle, data.getSeriesCount()));
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
