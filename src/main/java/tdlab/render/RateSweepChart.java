package tdlab.render;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import tdlab.sweep.RateCell;

/**
 * Scan and Snap's Fig. 6 as a JFreeChart, without JavaFX (the sweep panel and sweep.png draw the same chart):
 * the final DT entropy against η_Y/η_Z on a log axis, one line per η_Z, error bars ± one sample sd over seeds.
 */
public final class RateSweepChart {
    private RateSweepChart() {
    }

    /** Refills {@code data} with one series per η_Z (ascending), points by ratio; cells without a mean are left out. */
    public static void fill(YIntervalSeriesCollection data, List<RateCell> cells) {
        TreeMap<Double, List<RateCell>> byEtaZ = new TreeMap<>();
        for (RateCell c : cells) {
            byEtaZ.computeIfAbsent(c.etaZ(), z -> new ArrayList<>()).add(c);
        }
        data.removeAllSeries();
        for (var e : byEtaZ.entrySet()) {
            YIntervalSeries s = new YIntervalSeries("η_Z = " + plain(e.getKey()), true, false);
            for (RateCell c : e.getValue()) {
                if (Double.isFinite(c.mean())) {
                    double sd = Double.isFinite(c.sd()) ? c.sd() : 0; // one run: no bar
                    s.add(c.etaRatio(), c.mean(), c.mean() - sd, c.mean() + sd);
                }
            }
            data.addSeries(s);
        }
    }

    public static JFreeChart chart(YIntervalSeriesCollection data) {
        RatioAxis x = new RatioAxis();
        NumberAxis y = Charts.valueAxis("final DT entropy, mean over classes (nats)");
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setCapLength(6);
        for (int i = 0; i < Charts.SERIES.length; i++) {
            r.setSeriesPaint(i, Charts.SERIES[i]);
            r.setSeriesStroke(i, new java.awt.BasicStroke(1.8f));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        data.addChangeListener(e -> x.ticksAt(ratios(data)));
        x.ticksAt(ratios(data));
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), plot, true);
        Charts.style(chart, false);
        return chart;
    }

    /** The chart as a picture with a title line (sweep.png). */
    public static BufferedImage image(List<RateCell> cells, String title, int width, int height) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        fill(data, cells);
        JFreeChart chart = chart(data);
        chart.setTitle(new TextTitle(title, new Font("SansSerif", Font.PLAIN, 13)));
        return chart.createBufferedImage(width, height);
    }

    private static TreeSet<Double> ratios(YIntervalSeriesCollection data) {
        TreeSet<Double> out = new TreeSet<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                out.add(data.getXValue(s, i));
            }
        }
        return out;
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * A log axis with ticks at the sweep's own ratios (1, 2, 5, 10) and a margin around them: the default log
     * ticks (10^0.1 apart) read 1.3, 1.6, 2.0 and miss the grid.
     */
    private static final class RatioAxis extends LogAxis {
        private List<Double> ticks = List.of();

        RatioAxis() {
            super("η_Y / η_Z (log scale)");
            setSmallestValue(1e-6);
        }

        void ticksAt(TreeSet<Double> values) {
            if (values.isEmpty()) { // nothing computed yet: the paper's ratios, not the log axis's 10^-2…10^0
                values = new TreeSet<>(List.of(1.0, 2.0, 5.0, 10.0));
            }
            ticks = List.copyOf(values);
            double lo = values.first();
            double hi = values.last();
            double pad = Math.pow(Math.max(hi / lo, 1.5), 0.08); // 8% of the log span on each side
            setRange(lo / pad, hi * pad);
        }

        @Override
        protected List refreshTicksHorizontal(java.awt.Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            if (ticks.isEmpty()) {
                return super.refreshTicksHorizontal(g2, dataArea, edge);
            }
            List<NumberTick> out = new ArrayList<>();
            for (double v : ticks) {
                out.add(new NumberTick(TickType.MAJOR, v, plain(v), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
            }
            return out;
        }
    }
}
