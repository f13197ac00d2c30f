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
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.highorder.LadderKeys;
import tdlab.sim.Frame;

/**
 * The S3 ladder charts as JFreeChart data, without JavaFX (so an export can draw the same curves): the KL ladder
 * KL(p^(k) ‖ student), k = 1..h, against the step with the minimum of k = 1 marked (stage 1 ends there: the
 * student then outgrows the one-block teacher and moves away from it), and the excess loss on log-log axes,
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
     * series per rung of the ladder the frames carry; excess points at step 0 or ≤ 0 are left out (log axes).
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
            if (f.step() > 0 && e > 0) {
                excess.add(f.step(), e, false);
            }
        }
        for (int k = 0; k < h; k++) {
            data.kl().getSeries(k).fireSeriesChanged();
        }
        excess.fireSeriesChanged();
        return h == 0 ? null : klOneMinimum(frames, n);
    }

    private static String klName(int k, int h) {
        String rung = "KL(p⁽" + k + "⁾ ‖ student)";
        return k == h ? rung + ", full teacher" : rung;
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
        JFreeChart chart = Charts.lineChart(kl, "step", "KL to the k-block teacher (nats)");
        ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    public static JFreeChart excessChart(XYSeriesCollection excess) {
        LogAxis x = new LogAxis("step (log)");
        x.setSmallestValue(1);
        x.setNumberFormatOverride(new DecimalFormat("0"));
        LogAxis y = new LogAxis("excess loss (nats, log)");
        y.setSmallestValue(1e-4);
        y.setNumberFormatOverride(new DecimalFormat("0.###"));
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
                min.value(), min.step()), min.step(), min.value(), Math.PI / 2);
        a.setPaint(Charts.SERIES[0]);
        a.setArrowPaint(Charts.SERIES[0]);
        a.setFont(new Font("SansSerif", Font.PLAIN, 11));
        a.setTextAnchor(TextAnchor.TOP_CENTER);
        plot.addAnnotation(a);
    }

    /** The stage boundaries as dashed vertical lines, labelled where {@code labelled} (one chart says it). */
    public static void markBoundaries(XYPlot plot, List<StageBoundaries.Boundary> boundaries, boolean labelled) {
        plot.clearDomainMarkers();
        for (StageBoundaries.Boundary b : boundaries) {
            ValueMarker m = new ValueMarker(b.step());
            m.setPaint(BOUNDARY);
            m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f},
                    0f));
            if (labelled) {
                m.setLabel(b.label());
                m.setLabelPaint(BOUNDARY);
                m.setLabelFont(new Font("SansSerif", Font.PLAIN, 10));
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(m);
        }
    }

    private static void addFinite(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }
}
