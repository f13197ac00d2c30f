package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/** Shared JFreeChart styling: colour-blind-safe series colours (Okabe–Ito), light and dark themes. */
public final class Charts {
    /** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
    public static final Color[] SERIES = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
        new Color(213, 94, 0), new Color(204, 121, 167), new Color(86, 180, 233), new Color(240, 228, 66),
        new Color(90, 90, 90)};

    /** Most points drawn per series; longer histories are thinned evenly (the newest point is kept). */
    public static final int MAX_POINTS = 400;

    private Charts() {
    }

    /** Lists in the legend only the series that hold data (no "exact population loss" where the theory has none). */
    public static void legendForDrawnSeries(org.jfree.chart.plot.Plot plot) {
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(Charts::legendForDrawnSeries);
        } else if (plot instanceof XYPlot xy && xy.getDataset() instanceof XYSeriesCollection data) {
            legendFor(xy, data);
        }
    }

    private static void legendFor(XYPlot plot, XYSeriesCollection data) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesVisibleInLegend(i, !data.getSeries(i).isEmpty(), false);
        }
    }

    /** Lines in the series palette; each series is stroked as one path (one canvas command, not one per segment). */
    public static XYLineAndShapeRenderer lineRenderer(float width) {
        return lineRenderer(width, 0, SERIES.length);
    }

    /**
     * Lines for {@code count} series that continue a chart's style sequence at {@code first}: the k-th series of
     * the chart gets colour k mod 8, solid for the first eight and dashed after, so several plots sharing one legend
     * never repeat a line style.
     */
    public static XYLineAndShapeRenderer lineRenderer(float width, int first, int count) {
        XYLineAndShapeRenderer r = new ReferenceLabelRenderer(); // reference lines' labels kept apart
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < count; i++) {
            int k = first + i;
            r.setSeriesPaint(i, SERIES[k % SERIES.length]);
            r.setSeriesStroke(i, k < SERIES.length ? new BasicStroke(width)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
        }
        return r;
    }

    /** Indices of the frames to draw: all of them up to MAX_POINTS, else an even subsample. */
    public static int[] decimate(int n) {
        if (n <= MAX_POINTS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] idx = new int[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            idx[i] = (int) Math.round(i * (n - 1.0) / (MAX_POINTS - 1));
        }
        return idx;
    }

    public static JFreeChart lineChart(XYSeriesCollection data, String x, String y) {
        NumberAxis xAxis = stepAxis(x);
        NumberAxis yAxis = valueAxis(y);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, lineRenderer(1.8f));
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), plot, true);
        style(chart, false);
        return chart;
    }

    /** A step axis that starts at 0 and never collapses to a point (one frame at step 0). */
    public static NumberAxis stepAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(true);
        a.setAutoRangeMinimumSize(10);
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return a;
    }

    /** A value axis with plain decimal ticks and a minimum span, so a flat series does not zoom into noise. */
    public static NumberAxis valueAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setAutoRangeMinimumSize(0.02);
        a.setUpperMargin(0.1); // room for the label of a reference line at the top of the data
        a.setNumberFormatOverride(NumberText.ticks());
        return a;
    }

    public static void style(JFreeChart chart, boolean dark) {
        Color bg = dark ? new Color(0x22, 0x25, 0x2b) : Color.WHITE;
        Color fg = dark ? new Color(0xdd, 0xdd, 0xdd) : new Color(0x22, 0x22, 0x22);
        Color grid = dark ? new Color(0x44, 0x48, 0x50) : new Color(0xdd, 0xdd, 0xdd);
        chart.setBackgroundPaint(bg);
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(bg);
            chart.getLegend().setItemPaint(fg);
        }
        if (chart.getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            for (Object sub : combined.getSubplots()) {
                styleXY((XYPlot) sub, bg, fg, grid);
            }
            combined.setBackgroundPaint(bg);
            combined.getDomainAxis().setLabelPaint(fg);
            combined.getDomainAxis().setTickLabelPaint(fg);
        } else if (chart.getPlot() instanceof XYPlot plot) {
            styleXY(plot, bg, fg, grid);
        }
    }

    private static void styleXY(XYPlot plot, Color bg, Color fg, Color grid) {
        plot.setBackgroundPaint(bg);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setLabelPaint(fg);
                plot.getRangeAxis(i).setTickLabelPaint(fg);
            }
        }
        if (plot.getDomainAxis() != null) {
            plot.getDomainAxis().setLabelPaint(fg);
            plot.getDomainAxis().setTickLabelPaint(fg);
        }
    }

    /** A labelled horizontal reference line (dashed). */
    public static ValueMarker reference(double y, String label, Color color) {
        ValueMarker m = new ValueMarker(y);
        m.setPaint(color);
        m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
        m.setLabel(label);
        m.setLabelPaint(color);
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return m;
    }
}
