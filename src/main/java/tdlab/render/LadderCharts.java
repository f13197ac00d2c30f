package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.highorder.LadderKeys;
import tdlab.sim.Frame;

/**
 * The S3 ladder charts as JFreeChart data, without JavaFX (so an export can draw the same curves): the KL ladder
 * KL(p^(k) ‖ student), k = 1..h, against the step with the minimum of k = 1 marked (stage 1 ends there: the
 * student then outgrows the one-block teacher and moves away from it), and the excess loss on a log step axis,
 * where the plateaus of the staged learning read as a staircase. Both carry the stage boundaries as vertical
 * lines.
 */
public final class LadderCharts {
    /** Mid grey: readable on the light and the dark theme. */
    private static final Color BOUNDARY = new Color(128, 128, 128);

    private LadderCharts() {
    }

    /** The KL chart's series (one per k, made by {@link #fill}) and the excess loss's one series. */
    public record Data(XYSeriesCollection kl, XYSeriesCollection excess) {
    }

    /** Where KL_1 was smallest among the frames drawn. */
    public record Minimum(long step, double value) {
    }

    public static Data data() {
        XYSeriesCollection excess = new XYSeriesCollection();
        excess.addSeries(new XYSeries("excess loss (student − teacher)", true, true));
        return new Data(new XYSeriesCollection(), excess);
    }

    /**
     * Refills both collections from frames[0..upTo] (at most {@link Charts#MAX_POINTS} points per series) and
     * returns KL_1's minimum over all those frames, or null when none has the series. The KL collection gets one
     * series per rung of the ladder the frames carry; excess points at step 0 are left out (log step axis).
     */
    public static Minimum fill(Data data, List<Frame> frames, int upTo) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        int h = n == 0 ? 0 : LadderKeys.blocks(frames.get(0).series());
        if (data.kl().getSeriesCount() != h) {
            data.kl().removeAllSeries();
            for (int k = 1; k <= h; k++) {
                data.kl().addSeries(new XYSeries(klName(k, h), true, true));
            }
        }
        for (int k = 0; k < h; k++) {
            data.kl().getSeries(k).clear();
        }
        XYSeries excess = data.excess().getSeries(0);
        excess.clear();
        for (int i : Charts.decimate(n)) {
            Frame f = frames.get(i);
            for (int k = 1; k <= h; k++) {
                addFinite(data.kl().getSeries(k - 1), f.step(), f.series().getOrDefault(LadderKeys.kl(k), Double.NaN));
            }
            double e = f.series().getOrDefault(LadderKeys.EXCESS, Double.NaN);
            if (f.step() > 0) {
                addFinite(excess, f.step(), e);
            }
        }
        for (int k = 0; k < h; k++) {
            data.kl().getSeries(k).fireSeriesChanged();
        }
        excess.fireSeriesChanged();
        return h == 0 ? null : klOneMinimum(frames, n);
    }

    /** The legend names k only; the axis names the quantity (long legend entries take a chart's height). */
    private static String klName(int k, int h) {
        return k == h ? "k = " + k + " (full teacher)" : "k = " + k;
    }

    private static Minimum klOneMinimum(List<Frame> frames, int n) {
        Minimum best = null;
        String key = LadderKeys.kl(1);
        for (int i = 0; i < n; i++) {
            double v = frames.get(i).series().getOrDefault(key, Double.NaN);
            if (v == v && (best == null || v < best.value())) { // the earliest on a tie
                best = new Minimum(frames.get(i).step(), v);
            }
        }
        return best;
    }

    public static JFreeChart klChart(XYSeriesCollection kl) {
        JFreeChart chart = Charts.lineChart(kl, "step", "KL(p⁽ᵏ⁾ ‖ student), nats");
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    /**
     * Log step axis, linear loss axis: the plateaus of staged learning last ever longer, so on a log step axis
     * they get comparable widths (science.md S3a). Ticks at doublings of a power of ten (10, 20, 40, …): the
     * default log ticks (10^0.1 apart) read 13, 16, 20, 25.
     */
    public static JFreeChart excessChart(XYSeriesCollection excess) {
        LogAxis x = new LogAxis("step (log)");
        x.setSmallestValue(1);
        DecimalFormat steps = new DecimalFormat("0");
        TickUnits doublings = new TickUnits();
        for (int d : new int[] {1, 2, 3, 4, 5, 10}) { // 2^d per tick, the smallest the labels allow
            doublings.add(new NumberTickUnit(d * Math.log10(2), steps));
        }
        x.setStandardTickUnits(doublings);
        x.setNumberFormatOverride(steps);
        NumberAxis y = Charts.valueAxis("excess loss (nats)");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(excess, x, y, Charts.lineRenderer(1.8f));
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), plot, true);
        Charts.style(chart, false);
        return chart;
    }

    /** The KL_1 minimum as an arrow with its value; none when null. */
    public static void markMinimum(XYPlot plot, Minimum min) {
        plot.clearAnnotations();
        if (min == null) {
            return;
        }
        XYPointerAnnotation a = new XYPointerAnnotation(String.format(Locale.ROOT, "min KL₁ %.3f (step %d)",
                min.value(), min.step()), min.step(), min.value(), -Math.PI / 2); // above the curve: the rungs are below
        a.setPaint(Charts.SERIES[0]);
        a.setArrowPaint(Charts.SERIES[0]);
        a.setFont(new Font("SansSerif", Font.PLAIN, 11));
        a.setTextAnchor(TextAnchor.BOTTOM_LEFT); // extends rightwards: the minimum comes early, near the left edge
        plot.addAnnotation(a);
    }

    /**
     * The stage boundaries as dashed vertical lines, labelled where {@code labelled} (one chart says it). A label
     * goes right of its line, or left of it in the last third of the step axis (which ends at {@code lastStep}), so that the
     * plot's edge does not cut it.
     */
    public static void markBoundaries(XYPlot plot, List<StageBoundaries.Boundary> boundaries, long lastStep,
                                      boolean labelled) {
        // only this chart's own boundary lines: the step axis's cursor and divergence lines stay
        java.util.Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        for (Object m : markers == null ? List.of() : List.copyOf(markers)) {
            if (m instanceof BoundaryMarker b) {
                plot.removeDomainMarker(0, b, Layer.FOREGROUND);
            }
        }
        for (StageBoundaries.Boundary b : boundaries) {
            ValueMarker m = new BoundaryMarker(b.step());
            m.setPaint(BOUNDARY);
            m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f},
                    0f));
            if (labelled) {
                m.setLabel(b.label());
                m.setLabelPaint(BOUNDARY);
                m.setLabelFont(new Font("SansSerif", Font.PLAIN, 10));
                boolean left = b.step() > lastStep * 2 / 3;
                m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                m.setLabelBackgroundColor(new Color(0, 0, 0, 0)); // the default grey box hides the grey text
            }
            plot.addDomainMarker(0, m, Layer.FOREGROUND);
        }
    }

    /** A stage boundary line, told apart from the other vertical lines a chart carries. */
    private static final class BoundaryMarker extends ValueMarker {
        BoundaryMarker(double step) {
            super(step);
        }
    }

    private static void addFinite(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }
}
