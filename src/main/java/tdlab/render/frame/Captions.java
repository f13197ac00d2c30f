package tdlab.render.frame;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import tdlab.sim.Frame;

/**
 * What the exported pictures share: a white page, a caption line over a picture, and the whole run on a chart's step
 * axis.
 */
final class Captions {
    static final int LINE = 22;
    static final Color INK = new Color(40, 40, 40);

    private Captions() {
    }

    /** A white page to draw on: the picture's graphics, antialiased shapes and text. */
    static Graphics2D page(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    static void caption(Graphics2D g, String text, Area a) {
        g.setColor(INK);
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        g.drawString(text, a.x() + 10, a.y() + 16);
    }

    /** The text, cut with "…" where it is wider than {@code room} pixels (empty when not even "…" fits). */
    static String fitted(String text, FontMetrics m, int room) {
        if (m.stringWidth(text) <= room) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && m.stringWidth(s + "…") > room) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "" : s + "…";
    }

    /** The whole exported range on the step axis, so the curves grow across a fixed frame. */
    static void stepRange(JFreeChart chart, List<Frame> frames) {
        double last = Math.max(10, frames.get(frames.size() - 1).step());
        var plot = chart.getPlot();
        if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
            xy.getDomainAxis().setRange(0, last);
        } else if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot c) {
            c.getDomainAxis().setRange(0, last);
        }
    }

    static void chart(Graphics2D g, JFreeChart chart, Area a) {
        g.drawImage(chart.createBufferedImage(a.w(), a.h()), a.x(), a.y(), null);
    }
}
