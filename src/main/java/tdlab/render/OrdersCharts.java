package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.orders.OrdersKeys;
import tdlab.family.orders.PowerLawFit;
import tdlab.model.ParamGroup;
import tdlab.sim.Frame;
import tdlab.train.Stage;
import tdlab.train.TrainingConfig;

/**
 * S6's charts as JFreeChart data, without JavaFX: the directions to the max-margin solutions on log-log axes with
 * fitted power laws, the norms beside Σ η (η·t at a constant rate), the accuracies and the attention on the optimal
 * token. Every chart is read from the frames' series ({@code family.orders.OrdersKeys}).
 */
public final class OrdersCharts {
    /** Where a log axis stops: 1 − cos below it is cos = 1 to rounding (one-hot W_ov from its first step). */
    public static final double GAP_FLOOR = 1e-15;
    /** The power-law fit starts at this step of a matrix's own stage, as the measure {@code cos_gap_wkq_slope} does. */
    public static final long FIT_FROM = 100;

    private OrdersCharts() {
    }

    /** The step at which a group first trains: its first stage's start, 0 without stages or a stage naming it. */
    public static long trainingStart(TrainingConfig training, ParamGroup group) {
        long at = 0;
        for (Stage s : training.stages()) {
            if (s.trainable().contains(group)) {
                return at;
            }
            at += s.steps();
        }
        return 0;
    }

    /** The step at which a group last trains: the end of the last stage naming it; unbounded without stages. */
    public static long trainingEnd(TrainingConfig training, ParamGroup group) {
        long at = 0;
        long end = training.stages().isEmpty() ? Long.MAX_VALUE : 0;
        for (int i = 0; i < training.stages().size(); i++) {
            Stage s = training.stages().get(i);
            at += s.steps();
            if (s.trainable().contains(group)) {
                end = i == training.stages().size() - 1 ? Long.MAX_VALUE : at; // the last stage goes on
            }
        }
        return end;
    }

    /** The directions chart's series: 1 − cos per matrix and its fitted power law. */
    public static XYSeriesCollection directionsData() {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(new XYSeries("1 − cos(W_ov, W_ov*)", true, true));
        c.addSeries(new XYSeries("1 − cos(W_kq, W_kq*)", true, true));
        c.addSeries(new XYSeries("fit W_ov", true, true));
        c.addSeries(new XYSeries("fit W_kq", true, true));
        return c;
    }

    /** Log-log: 1 − cos against the steps into each matrix's own training stage. */
    public static JFreeChart directionsChart(XYSeriesCollection data) {
        LogAxis x = LogValueAxis.of("steps into the matrix's stage (log)", 1);
        LogAxis y = LogValueAxis.of("1 − cos(W, W*) (log)", GAP_FLOOR);
        XYLineAndShapeRenderer r = Charts.lineRenderer(1.8f, 0, 2);
        for (int i = 2; i < 4; i++) {
            r.setSeriesPaint(i, Charts.SERIES[i - 2]);
            r.setSeriesStroke(i, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {5f, 4f}, 0f));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), plot, true);
        Charts.style(chart, false);
        return chart;
    }

    /** The fitted slopes of the directions chart (NaN where there are too few points). */
    public record Slopes(double wov, double wkq) {
    }

    /**
     * Refills the directions chart from frames[0..upTo]: each matrix while its stage runs (t = step − start ≥ 1, up
     * to the end of its last stage: a frozen matrix's line would only stay flat), values at or below {@link #GAP_FLOOR} left out; a least-squares power law over t ≥ {@link #FIT_FROM}
     * of that stage drawn over its range.
     */
    public static Slopes fillDirections(XYSeriesCollection data, List<Frame> frames, int upTo, long wovStart,
                                        long wovEnd, long wkqStart, long wkqEnd) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            data.getSeries(i).setNotify(false);
            data.getSeries(i).clear();
        }
        double ov = fillOne(data.getSeries(0), data.getSeries(2), frames, n, OrdersKeys.COS_GAP_WOV, wovStart, wovEnd);
        double kq = fillOne(data.getSeries(1), data.getSeries(3), frames, n, OrdersKeys.COS_GAP_WKQ, wkqStart, wkqEnd);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            data.getSeries(i).setNotify(true);
            data.getSeries(i).fireSeriesChanged();
        }
        return new Slopes(ov, kq);
    }

    private static double fillOne(XYSeries line, XYSeries fit, List<Frame> frames, int n, String key, long start,
                                  long end) {
        List<double[]> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Frame f = frames.get(i);
            double t = f.step() - start;
            double v = f.series().getOrDefault(key, Double.NaN);
            if (t >= 1 && f.step() <= end && v > GAP_FLOOR && Double.isFinite(v) && !f.diverged()) {
                all.add(new double[] {t, v});
            }
        }
        for (int i : Charts.decimate(all.size())) {
            line.add(all.get(i)[0], all.get(i)[1], false);
        }
        List<double[]> tail = all.stream().filter(p -> p[0] >= FIT_FROM).toList();
        double slope = PowerLawFit.slope(tail.stream().mapToDouble(p -> p[0]).toArray(),
                tail.stream().mapToDouble(p -> p[1]).toArray());
        if (Double.isFinite(slope)) {
            // the line through the fit's centre of mass in log-log space
            double mx = tail.stream().mapToDouble(p -> Math.log(p[0])).average().orElse(0);
            double my = tail.stream().mapToDouble(p -> Math.log(p[1])).average().orElse(0);
            double t0 = tail.get(0)[0];
            double t1 = tail.get(tail.size() - 1)[0];
            fit.add(t0, Math.exp(my + slope * (Math.log(t0) - mx)), false);
            fit.add(t1, Math.exp(my + slope * (Math.log(t1) - mx)), false);
        }
        return slope;
    }

    /** The norms chart's series: ‖W_ov‖, Σ η of the head group, ‖W_kq‖, Σ η of the attention group. */
    public static XYSeriesCollection normsData() {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(new XYSeries("‖W_ov‖", true, true));
        c.addSeries(new XYSeries("η·t of W_ov (Σ η)", true, true));
        c.addSeries(new XYSeries("‖W_kq‖", true, true));
        c.addSeries(new XYSeries("η·t of W_kq (Σ η)", true, true));
        return c;
    }

    public static JFreeChart normsChart(XYSeriesCollection data) {
        JFreeChart chart = Charts.lineChart(data, "step", "Frobenius norm");
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        BasicStroke dashed = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        r.setSeriesPaint(0, Charts.SERIES[0]);
        r.setSeriesPaint(1, Charts.SERIES[0]);
        r.setSeriesStroke(1, dashed);
        r.setSeriesPaint(2, Charts.SERIES[1]);
        r.setSeriesPaint(3, Charts.SERIES[1]);
        r.setSeriesStroke(3, dashed);
        return chart;
    }

    /**
     * Σ η of a group up to each frame: the rate a frame reports applies to the steps until the next frame, so with a
     * frame every step this is exactly Σ_s η_s, η·t at a constant rate (0 while a stage freezes the group). NGD moves
     * a tensor by exactly η per step, so ‖W_t − W_0‖ ≤ Σ η, with equality while every step points the same way.
     */
    public static double[] cumulativeRate(List<Frame> frames, int n, ParamGroup group) {
        double[] out = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                Frame prev = frames.get(i - 1);
                sum += prev.learningRates()[group.ordinal()] * (frames.get(i).step() - prev.step());
            }
            out[i] = sum;
        }
        return out;
    }

    public static void fillNorms(XYSeriesCollection data, List<Frame> frames, int upTo) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        clear(data);
        double[] head = cumulativeRate(frames, n, ParamGroup.HEAD);
        double[] attention = cumulativeRate(frames, n, ParamGroup.ATTENTION);
        for (int i : Charts.decimate(n)) {
            Frame f = frames.get(i);
            if (f.diverged()) {
                continue;
            }
            add(data.getSeries(0), f.step(), f.series().getOrDefault(OrdersKeys.WOV_NORM, Double.NaN));
            add(data.getSeries(1), f.step(), head[i]);
            add(data.getSeries(2), f.step(), f.series().getOrDefault(OrdersKeys.WKQ_NORM, Double.NaN));
            add(data.getSeries(3), f.step(), attention[i]);
        }
        fire(data);
    }

    public static XYSeriesCollection accuracyData() {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(new XYSeries("training accuracy", true, true));
        c.addSeries(new XYSeries("shift-set accuracy (unseen, longer)", true, true));
        return c;
    }

    public static void fillAccuracy(XYSeriesCollection data, List<Frame> frames, int upTo) {
        fillKeys(data, frames, upTo, OrdersKeys.TRAIN_ACCURACY, OrdersKeys.SHIFT_ACCURACY);
    }

    public static XYSeriesCollection attentionData() {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(new XYSeries("chosen sentence: a on x*", true, true));
        c.addSeries(new XYSeries("mean over training sentences", true, true));
        return c;
    }

    /** The chosen sentence's attention on its optimal token (sentence {@code chosen} < {@link OrdersKeys#SHOWN}). */
    public static void fillAttention(XYSeriesCollection data, List<Frame> frames, int upTo, int chosen) {
        fillKeys(data, frames, upTo, OrdersKeys.sentence(chosen), OrdersKeys.OPTIMAL_ATTENTION);
    }

    /** A chart of values in [0, 1] against the step. */
    public static JFreeChart unitChart(XYSeriesCollection data, String y) {
        JFreeChart chart = Charts.lineChart(data, "step", y);
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        axis.setRange(0, 1.02);
        axis.setAutoRange(false);
        return chart;
    }

    private static void fillKeys(XYSeriesCollection data, List<Frame> frames, int upTo, String... keys) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        clear(data);
        for (int i : Charts.decimate(n)) {
            Frame f = frames.get(i);
            if (f.diverged()) {
                continue;
            }
            for (int k = 0; k < keys.length; k++) {
                add(data.getSeries(k), f.step(), f.series().getOrDefault(keys[k], Double.NaN));
            }
        }
        fire(data);
    }

    /** "slope −0.69" or "slope —". */
    public static String slopeText(double s) {
        return Double.isFinite(s) ? String.format(Locale.ROOT, "%.2f", s).replace('-', '−') : "—";
    }

    /** A colour for the optimal token's frame in the heatmap: Okabe–Ito vermillion. */
    public static Color optimalColour() {
        return Charts.SERIES[3];
    }

    private static void clear(XYSeriesCollection c) {
        for (int i = 0; i < c.getSeriesCount(); i++) {
            c.getSeries(i).setNotify(false);
            c.getSeries(i).clear();
        }
    }

    private static void fire(XYSeriesCollection c) {
        for (int i = 0; i < c.getSeriesCount(); i++) {
            c.getSeries(i).setNotify(true);
            c.getSeries(i).fireSeriesChanged();
        }
    }

    private static void add(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }
}
