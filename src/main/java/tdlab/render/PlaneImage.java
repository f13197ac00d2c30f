package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import tdlab.analysis.LossSurface;
import tdlab.analysis.PlaneExtent;

/**
 * Draws a loss plane (any model) without JavaFX: the loss on the grid as a heatmap (bilinear between nodes),
 * a few level lines, the trajectory projected onto the plane and the shown point. α runs horizontally, β
 * vertically (up). The live panel and the PNG exports draw the same pixels.
 */
public final class PlaneImage {
    private static final Color LEVEL = new Color(255, 255, 255, 120);
    private static final Color TRAIL = new Color(255, 255, 255, 230);
    private static final Color TRAIL_EDGE = new Color(0, 0, 0, 160);
    private static final Color START = new Color(86, 180, 233);
    private static final Color NOW = new Color(213, 94, 0);
    /** Level lines at these quantiles of the grid's values: where the plane is flat and where it is steep. */
    private static final double[] LEVEL_QUANTILES = {0.05, 0.15, 0.3, 0.5, 0.7};

    private PlaneImage() {
    }

    /**
     * Bottom and top of the colour scale: the lowest value and the 90th percentile, so that a far corner of the
     * plane (the S2 model reaches 40× its loss there) does not wash out the valley the run moves in.
     */
    public static double[] colourRange(LossSurface s) {
        double[] v = finiteValues(s);
        if (v.length == 0) {
            return new double[] {0, 1};
        }
        double lo = v[0];
        double hi = quantile(v, 0.9);
        return new double[] {lo, Math.max(hi, lo + 1e-9)};
    }

    /**
     * @param shown index of the trajectory point to mark (the shown frame), or −1 for the last
     */
    public static BufferedImage render(LossSurface s, int width, int height, Colormap map, int shown) {
        return render(s, width, height, map, true, shown);
    }

    /**
     * @param trajectory whether to draw the trajectory (the live panel draws it on an overlay of its own, so
     *                   that a new frame does not redraw the heatmap)
     */
    public static BufferedImage render(LossSurface s, int width, int height, Colormap map, boolean trajectory,
                                       int shown) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        double[] range = colourRange(s);
        double[][] f = s.values();
        int n = s.points();
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            double gj = (1 - (y + 0.5) / height) * (n - 1);
            for (int x = 0; x < width; x++) {
                double gi = (x + 0.5) / width * (n - 1);
                double v = bilinear(f, gi, gj);
                px[y * width + x] = Double.isFinite(v) ? map.argb((v - range[0]) / (range[1] - range[0])) : 0xFF808080;
            }
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawLevels(g, s, f, width, height);
        if (trajectory) {
            drawTrajectory(g, s, width, height, shown);
        }
        g.dispose();
        return img;
    }

    /** The (α, β) point under a pixel of an image of this size. */
    public static double[] coordinates(LossSurface s, double x, double y, double width, double height) {
        PlaneExtent e = s.extent();
        return new double[] {e.alphaMin() + x / width * (e.alphaMax() - e.alphaMin()),
                e.betaMax() - y / height * (e.betaMax() - e.betaMin())};
    }

    /** The pixel of a plane point in an image of this size. */
    public static double[] pixel(LossSurface s, double alpha, double beta, double width, double height) {
        PlaneExtent e = s.extent();
        return new double[] {(alpha - e.alphaMin()) / (e.alphaMax() - e.alphaMin()) * width,
                (e.betaMax() - beta) / (e.betaMax() - e.betaMin()) * height};
    }

    private static void drawLevels(Graphics2D g, LossSurface s, double[][] f, int width, int height) {
        double[] v = finiteValues(s);
        if (v.length == 0) {
            return;
        }
        int n = s.points();
        g.setColor(LEVEL);
        g.setStroke(new BasicStroke(1f));
        for (double q : LEVEL_QUANTILES) {
            for (double[] seg : Contours.segments(f, quantile(v, q))) {
                g.draw(new Line2D.Double(seg[0] / (n - 1) * width, (1 - seg[1] / (n - 1)) * height,
                        seg[2] / (n - 1) * width, (1 - seg[3] / (n - 1)) * height));
            }
        }
    }

    private static void drawTrajectory(Graphics2D g, LossSurface s, int width, int height, int shown) {
        double[] a = s.trajectoryAlpha();
        double[] b = s.trajectoryBeta();
        if (a.length == 0) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < a.length; k++) {
            double[] p = pixel(s, a[k], b[k], width, height);
            if (k == 0) {
                path.moveTo(p[0], p[1]);
            } else {
                path.lineTo(p[0], p[1]);
            }
        }
        g.setColor(TRAIL_EDGE);
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setColor(TRAIL);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        dot(g, pixel(s, a[0], b[0], width, height), START, 9);
        int k = shown < 0 || shown >= a.length ? a.length - 1 : shown;
        dot(g, pixel(s, a[k], b[k], width, height), NOW, 11);
    }

    private static void dot(Graphics2D g, double[] p, Color fill, double size) {
        Ellipse2D.Double d = new Ellipse2D.Double(p[0] - size / 2, p[1] - size / 2, size, size);
        g.setColor(fill);
        g.fill(d);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(d);
    }

    /** f[j][i] between nodes; NaN where a neighbouring node is. */
    static double bilinear(double[][] f, double gi, double gj) {
        int n = f.length;
        int i0 = Math.min((int) Math.floor(gi), n - 2);
        int j0 = Math.min((int) Math.floor(gj), n - 2);
        double u = gi - i0;
        double w = gj - j0;
        return (1 - w) * ((1 - u) * f[j0][i0] + u * f[j0][i0 + 1]) + w * ((1 - u) * f[j0 + 1][i0] + u * f[j0 + 1][i0 + 1]);
    }

    private static double[] finiteValues(LossSurface s) {
        double[][] f = s.values();
        return Arrays.stream(f).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }
}
