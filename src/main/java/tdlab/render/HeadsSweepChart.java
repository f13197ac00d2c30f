package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.sweep.HeadsCell;

/**
 * S5's heads sweep as a JFreeChart without JavaFX (the headsweep panel and sweep.png draw the same chart): final
 * training and test loss (left axis) and test error (right axis, %) against the number of heads H on a log₂ axis
 * ticked at the swept H.
 */
public final class HeadsSweepChart {
    private HeadsSweepChart() {
    }

    /** Refills the losses ({@code losses}: train, test) and the error ({@code error}) from the cells. */
    public static void fill(XYSeriesCollection losses, XYSeriesCollection error, List<HeadsCell> cells) {
        XYSeries train = new XYSeries("train loss", true, false);
        XYSeries test = new XYSeries("test loss", true, false);
        XYSeries err = new XYSeries("test error (%)", true, false);
        for (HeadsCell c : cells) {
            if (Double.isFinite(c.trainLoss())) {
                train.add(c.heads(), c.trainLoss());
                test.add(c.heads(), c.testLoss());
                err.add(c.heads(), 100 * c.testError());
            }
        }
        losses.removeAllSeries();
        losses.addSeries(train);
        losses.addSeries(test);
        error.removeAllSeries();
        error.addSeries(err);
    }

    public static JFreeChart chart(XYSeriesCollection losses, XYSeriesCollection error) {
        HeadsAxis x = new HeadsAxis();
        NumberAxis y = Charts.valueAxis("final logistic loss (nats)");
        y.setAutoRangeIncludesZero(true);
        NumberAxis y2 = Charts.valueAxis("test error (%)");
        y2.setAutoRangeIncludesZero(true);
        y2.setAutoRangeMinimumSize(1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Charts.SERIES[0]);
        r.setSeriesPaint(1, Charts.SERIES[1]);
        r.setSeriesStroke(0, new BasicStroke(1.8f));
        r.setSeriesStroke(1, new BasicStroke(1.8f));
        XYLineAndShapeRenderer r2 = new XYLineAndShapeRenderer(true, true);
        r2.setSeriesPaint(0, Charts.SERIES[2]);
        r2.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        XYPlot plot = new XYPlot(losses, x, y, r);
        plot.setDataset(1, error);
        plot.setRangeAxis(1, y2);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, r2);
        losses.addChangeListener(e -> x.ticksAt(heads(losses)));
        x.ticksAt(heads(losses));
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), plot, true);
        Charts.style(chart, false);
        return chart;
    }

    /** The chart as a picture with a title line (sweep.png). */
    public static BufferedImage image(List<HeadsCell> cells, String title, int width, int height) {
        XYSeriesCollection losses = new XYSeriesCollection();
        XYSeriesCollection error = new XYSeriesCollection();
        fill(losses, error, cells);
        JFreeChart chart = chart(losses, error);
        chart.setTitle(new TextTitle(title, new Font("SansSerif", Font.PLAIN, 13)));
        return chart.createBufferedImage(width, height);
    }

    private static TreeSet<Double> heads(XYSeriesCollection data) {
        TreeSet<Double> out = new TreeSet<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                out.add(data.getXValue(s, i));
            }
        }
        return out;
    }

    /** A log₂ axis ticked at the swept H (1, 2, 4, 8, 16 before anything is computed). */
    private static final class HeadsAxis extends LogAxis {
        private List<Double> ticks = List.of();

        HeadsAxis() {
            super("heads H (log scale)");
            setBase(2);
            setSmallestValue(0.5);
        }

        void ticksAt(TreeSet<Double> values) {
            if (values.isEmpty()) {
                values = new TreeSet<>(List.of(1.0, 2.0, 4.0, 8.0, 16.0));
            }
            ticks = List.copyOf(values);
            double lo = values.first();
            double hi = values.last();
            double pad = Math.pow(Math.max(hi / lo, 2), 0.06);
            setRange(lo / pad, hi * pad);
        }

        @Override
        protected List refreshTicksHorizontal(java.awt.Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            List<NumberTick> out = new ArrayList<>();
            for (double v : ticks) {
                out.add(new NumberTick(TickType.MAJOR, v, String.valueOf((long) v), TextAnchor.TOP_CENTER,
                        TextAnchor.CENTER, 0));
            }
            return out;
        }
    }
}
