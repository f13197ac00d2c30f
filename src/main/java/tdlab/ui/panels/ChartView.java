package tdlab.ui.panels;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A JFreeChart in a panel, two ways. While a run plays ({@link #setLive}) the chart is one image drawn by
 * Java2D, the renderer the exports use: JFreeChart-FX's canvas replays every path and glyph through the
 * JavaFX pipeline on each redraw, which under the software pipeline cost 14–43 ms of render thread plus
 * 6–19 ms of FX thread per loss-chart redraw (pulse logger) and dropped frames; Java2D draws the same chart
 * in 2–4 ms and the scene then shows a single texture. Otherwise it is JFreeChart-FX's interactive viewer
 * (drag to zoom, context menu), which redraws only when the chart changes, rarely while paused.
 * The image is redrawn at the next layout after the chart reports a change, or when the size changes.
 */
public final class ChartView extends Region {
    private final JFreeChart chart;
    private final ChartViewer interactive;
    private final ImageView view = new ImageView();
    private boolean live;
    private BufferedImage buffer;
    private WritableImage image;
    private boolean stale = true;
    private long redraws;

    public ChartView(JFreeChart chart) {
        this.chart = chart;
        view.setSmooth(true);
        view.setVisible(false);
        interactive = new ChartViewer(chart);
        getChildren().addAll(view, interactive);
        setMinSize(0, 0);
        setPrefSize(320, 240);
        chart.addChangeListener(e -> {
            stale = true;
            requestLayout();
        });
    }

    /** Image while a run plays, the interactive viewer otherwise. */
    public void setLive(boolean live) {
        if (live == this.live) {
            return;
        }
        this.live = live;
        interactive.getCanvas().setChart(live ? null : chart); // detached, it stops redrawing on every change
        interactive.setVisible(!live);
        view.setVisible(live);
        stale = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        interactive.resizeRelocate(0, 0, getWidth(), getHeight());
        if (!live) {
            return;
        }
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : getScene().getWindow().getOutputScaleX();
        int w = (int) Math.ceil(getWidth() * scale);
        int h = (int) Math.ceil(getHeight() * scale);
        if (w < 1 || h < 1) {
            return;
        }
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            buffer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            image = new WritableImage(w, h);
            view.setImage(image);
            stale = true;
        }
        if (stale) {
            draw(scale);
        }
        // at scale 1 no fit size: the image is then blitted, not resampled
        view.setFitWidth(scale == 1 ? 0 : w / scale);
        view.setFitHeight(scale == 1 ? 0 : h / scale);
        view.relocate(0, 0);
    }

    private void draw(double scale) {
        Graphics2D g = buffer.createGraphics();
        try {
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, buffer.getWidth() / scale, buffer.getHeight() / scale));
        } finally {
            g.dispose();
        }
        int[] argb = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
        image.getPixelWriter().setPixels(0, 0, buffer.getWidth(), buffer.getHeight(),
                PixelFormat.getIntArgbPreInstance(), argb, 0, buffer.getWidth());
        stale = false;
        redraws++;
    }

    /** The chart shown (tests read its axes and markers). */
    public JFreeChart chart() {
        return chart;
    }

    /** How many times the image has been drawn (for tests: a change is drawn once, not once per pulse). */
    long redraws() {
        return redraws;
    }

    /** The image shown while live (for tests). */
    WritableImage image() {
        return image;
    }
}
