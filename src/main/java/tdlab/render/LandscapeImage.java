package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.theory.CanonicalTheory;
import tdlab.theory.Landscape;

/**
 * Draws the canonical model's energy landscape (Local to Global, Fig. 1) without JavaFX, for the live
 * panel and for exports: the height L(e, w, b*) as a heatmap, the two basins shaded, contour lines of the
 * energy E with the separatrix E = E* in bold, the normalised flow field, the global-minimum curve, the
 * local minima (×) and maxima (•) on e = 0, and the saddle (▲). w runs horizontally, e vertically.
 */
public final class LandscapeImage {
    /** Energy levels drawn, as in the paper's figure: −9..−1, E*, 0..11. */
    public static final double[] LEVELS = levels();
    private static final Color GLOBAL = new Color(86, 180, 233, 70);
    private static final Color LOCAL = new Color(230, 159, 0, 70);
    private static final Color CONTOUR = new Color(255, 255, 255, 110);
    private static final Color SEPARATRIX = new Color(230, 97, 1);
    private static final Color CURVE = new Color(204, 121, 167);
    private static final Color LOCAL_MINIMUM = new Color(213, 94, 0);
    private static final Color LOCAL_MAXIMUM = new Color(0, 114, 178);
    private static final Color SADDLE = new Color(240, 228, 66);

    /**
     * The key to what {@link #render} draws over the heights, in the colours it draws them (Okabe–Ito, so the
     * basins read apart for colour-blind viewers too): the basins and the marks that divide and end them. The
     * level sets, the maxima on e = 0 and the arrows are for the panel's tooltip; a key of every mark would take
     * the room of the picture it explains.
     */
    public static final List<LegendEntry> LEGEND = List.of(
            LegendEntry.of(LegendEntry.Mark.TINT, GLOBAL, "blue: basin of the global minimum"),
            LegendEntry.of(LegendEntry.Mark.TINT, LOCAL, "orange: basin of the unigram minimum"),
            LegendEntry.of(LegendEntry.Mark.BOLD_LINE, SEPARATRIX, "separatrix"),
            LegendEntry.of(LegendEntry.Mark.DASHED_LINE, CURVE, "global minima"),
            LegendEntry.of(LegendEntry.Mark.CROSS, LOCAL_MINIMUM, "unigram minima"),
            LegendEntry.of(LegendEntry.Mark.TRIANGLE, SADDLE, "saddle"));

    private LandscapeImage() {
    }

    private static double[] levels() {
        double[] l = new double[22];
        int k = 0;
        for (int v = -9; v <= 11; v++) {
            l[k++] = v;
        }
        l[k] = CanonicalTheory.SADDLE_ENERGY;
        return l;
    }

    /** What to draw. */
    public record Layers(boolean heatmap, boolean basins, boolean contours, boolean arrows, boolean curves) {
        public static final Layers ALL = new Layers(true, true, true, true, true);
    }

    /**
     * The level sets of the conserved energy E(e, w) on a landscape's grid. E does not depend on p or q, so a
     * view that redraws for a new chain keeps these and only recomputes the heights.
     */
    public record EnergyContours(Landscape.Viewport view, int n, List<List<double[]>> byLevel) {
        public static EnergyContours of(Landscape l) {
            List<List<double[]>> levels = new ArrayList<>();
            for (double level : LEVELS) {
                levels.add(List.copyOf(Contours.segments(l.energy(), level)));
            }
            return new EnergyContours(l.view(), l.n(), List.copyOf(levels));
        }

        /** These contours if they were traced on the same grid as {@code l}, else freshly traced ones. */
        public EnergyContours reuseFor(Landscape l) {
            return view.equals(l.view()) && n == l.n() ? this : of(l);
        }
    }

    public static BufferedImage render(Landscape l, int width, int height, Colormap map, Layers layers) {
        return render(l, layers.contours() ? EnergyContours.of(l) : null, width, height, map, layers);
    }

    public static BufferedImage render(Landscape l, EnergyContours contours, int width, int height, Colormap map,
                                       Layers layers) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Landscape.Viewport v = l.view();
        int n = l.n();
        double lo = l.minLoss();
        double hi = colourTop(l);
        if (layers.heatmap()) {
            int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
            int[] col = new int[width];
            for (int x = 0; x < width; x++) {
                col[x] = (int) Math.round((x + 0.5) / width * (n - 1));
            }
            for (int y = 0; y < height; y++) {
                double[] row = l.loss()[(int) Math.round((1 - (y + 0.5) / height) * (n - 1))];
                for (int x = 0; x < width; x++) {
                    px[y * width + x] = map.argb((row[col[x]] - lo) / (hi - lo));
                }
            }
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Transform t = new Transform(v, width, height);
        CanonicalTheory th = l.theory();
        if (layers.basins()) {
            int step = 3;
            for (int y = 0; y < height; y += step) {
                for (int x = 0; x < width; x += step) {
                    CanonicalTheory.Outcome o = th.basin(t.e(y + step / 2.0), t.w(x + step / 2.0));
                    if (o != CanonicalTheory.Outcome.DEGENERATE) {
                        g.setColor(o == CanonicalTheory.Outcome.GLOBAL ? GLOBAL : LOCAL);
                        g.fillRect(x, y, step, step);
                    }
                }
            }
        }
        if (layers.contours()) {
            BasicStroke thin = new BasicStroke(1f);
            BasicStroke bold = new BasicStroke(2.5f);
            EnergyContours traced = contours.reuseFor(l);
            for (int k = 0; k < LEVELS.length; k++) {
                boolean saddleLevel = LEVELS[k] == CanonicalTheory.SADDLE_ENERGY;
                for (double[] s : traced.byLevel().get(k)) {
                    double w1 = v.wMin() + s[0] / (n - 1) * (v.wMax() - v.wMin());
                    double e1 = v.eMin() + s[1] / (n - 1) * (v.eMax() - v.eMin());
                    double w2 = v.wMin() + s[2] / (n - 1) * (v.wMax() - v.wMin());
                    double e2 = v.eMin() + s[3] / (n - 1) * (v.eMax() - v.eMin());
                    boolean sep = saddleLevel && separatrix(th, (w1 + w2) / 2);
                    g.setColor(sep ? SEPARATRIX : CONTOUR);
                    g.setStroke(sep ? bold : thin);
                    g.draw(new Line2D.Double(t.x(w1), t.y(e1), t.x(w2), t.y(e2)));
                }
            }
        }
        if (layers.arrows()) {
            drawArrows(g, l, t);
        }
        if (layers.curves()) {
            drawCurves(g, th, t, v);
        }
        g.dispose();
        return img;
    }

    /**
     * Where the level set E = E* divides the basins: for p + q &lt; 1 its branches left of the saddle, for
     * p + q &gt; 1 those between the saddle and w = 0 (elsewhere it is an ordinary level set).
     */
    public static boolean separatrix(CanonicalTheory th, double w) {
        double s = th.p() + th.q();
        return s < 1 ? w < CanonicalTheory.SADDLE_W : s > 1 && w > CanonicalTheory.SADDLE_W && w < 0;
    }

    /** Top of the colour scale: the 90th percentile of the heights, so a few extreme cells do not wash it out. */
    public static double colourTop(Landscape l) {
        return Math.max(l.p90Loss(), l.minLoss() + 1e-9);
    }

    /** Unit arrows of the landscape's own flow field −∇L (sampled on its grid, about every 0.3 units). */
    private static void drawArrows(Graphics2D g, Landscape l, Transform t) {
        g.setColor(new Color(60, 60, 60, 150));
        g.setStroke(new BasicStroke(1f));
        Landscape.Viewport v = l.view();
        int n = l.n();
        double spacing = 0.3;
        int stride = Math.max(1, (int) Math.round(spacing / ((v.wMax() - v.wMin()) / (n - 1))));
        double len = Math.min(t.sx, t.sy) * spacing * 0.7;
        for (int i = stride / 2; i < n; i += stride) {
            for (int j = stride / 2; j < n; j += stride) {
                double w = v.w(i, n);
                double e = v.e(j, n);
                double dw = l.gradW()[j][i] * t.sx;
                double de = -l.gradE()[j][i] * t.sy; // screen y grows downwards
                double norm = Math.hypot(dw, de);
                if (!(norm > 1e-12)) {
                    continue;
                }
                double x0 = t.x(w);
                double y0 = t.y(e);
                double x1 = x0 + dw / norm * len;
                double y1 = y0 + de / norm * len;
                g.draw(new Line2D.Double(x0, y0, x1, y1));
                double ang = Math.atan2(y1 - y0, x1 - x0);
                double head = len * 0.35;
                g.draw(new Line2D.Double(x1, y1, x1 - head * Math.cos(ang - 0.45), y1 - head * Math.sin(ang - 0.45)));
                g.draw(new Line2D.Double(x1, y1, x1 - head * Math.cos(ang + 0.45), y1 - head * Math.sin(ang + 0.45)));
            }
        }
    }

    private static void drawCurves(Graphics2D g, CanonicalTheory th, Transform t, Landscape.Viewport v) {
        g.setColor(CURVE);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f));
        for (int sign : new int[] {1, -1}) {
            Path2D.Double path = null;
            for (int k = 0; k <= 600; k++) {
                double w = v.wMin() + (v.wMax() - v.wMin()) * k / 600.0;
                double e = th.globalMinimumE(w);
                if (Double.isNaN(e) || e > Math.max(Math.abs(v.eMin()), Math.abs(v.eMax())) * 1.2) {
                    if (path != null) {
                        g.draw(path);
                        path = null;
                    }
                    continue;
                }
                double x = t.x(w);
                double y = t.y(sign * e);
                if (path == null) {
                    path = new Path2D.Double();
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            if (path != null) {
                g.draw(path);
            }
        }
        g.setStroke(new BasicStroke(1.5f));
        double y0 = t.y(0);
        for (double w = v.wMin() + 0.15; w < v.wMax(); w += 0.3) {
            if (Math.abs(w - CanonicalTheory.SADDLE_W) < 0.1) {
                continue;
            }
            double x = t.x(w);
            if (th.lineType(w) == CanonicalTheory.CriticalType.LOCAL_MINIMUM) {
                g.setColor(LOCAL_MINIMUM);
                g.draw(new Line2D.Double(x - 4, y0 - 4, x + 4, y0 + 4));
                g.draw(new Line2D.Double(x - 4, y0 + 4, x + 4, y0 - 4));
            } else {
                g.setColor(LOCAL_MAXIMUM);
                g.fillOval((int) x - 3, (int) y0 - 3, 6, 6);
            }
        }
        int sx = (int) t.x(CanonicalTheory.SADDLE_W);
        int sy = (int) y0;
        g.setColor(SADDLE);
        g.fillPolygon(new Polygon(new int[] {sx - 6, sx + 6, sx}, new int[] {sy + 5, sy + 5, sy - 7}, 3));
        g.setColor(Color.BLACK);
        g.drawPolygon(new Polygon(new int[] {sx - 6, sx + 6, sx}, new int[] {sy + 5, sy + 5, sy - 7}, 3));
    }

    /** Maps (w, e) to pixels and back for an image of the viewport. */
    public static final class Transform {
        private final Landscape.Viewport v;
        private final double width;
        private final double height;
        final double sx;
        final double sy;

        public Transform(Landscape.Viewport v, double width, double height) {
            this.v = v;
            this.width = width;
            this.height = height;
            this.sx = width / (v.wMax() - v.wMin());
            this.sy = height / (v.eMax() - v.eMin());
        }

        /** The (w, e) rectangle the image shows. */
        public Landscape.Viewport viewport() {
            return v;
        }

        public double x(double w) {
            return (w - v.wMin()) * sx;
        }

        public double y(double e) {
            return height - (e - v.eMin()) * sy;
        }

        public double w(double x) {
            return v.wMin() + x / sx;
        }

        public double e(double y) {
            return v.eMin() + (height - y) / sy;
        }
    }

    /** A labelled axis frame and legend around an image, for exports. */
    public static BufferedImage framed(BufferedImage inner, Landscape l, Colormap map, String title) {
        int pad = 48;
        int legend = 70;
        BufferedImage out = new BufferedImage(inner.getWidth() + pad + legend, inner.getHeight() + pad + 28,
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(inner, pad, 28, null);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        g.drawString(title, pad, 18);
        Landscape.Viewport v = l.view();
        for (int k = 0; k <= 6; k++) {
            double f = k / 6.0;
            int x = pad + (int) (f * inner.getWidth());
            int y = 28 + (int) ((1 - f) * inner.getHeight());
            g.drawString(String.format(Locale.ROOT, "%.1f", v.wMin() + f * (v.wMax() - v.wMin())), x - 10,
                    28 + inner.getHeight() + 16);
            g.drawString(String.format(Locale.ROOT, "%.1f", v.eMin() + f * (v.eMax() - v.eMin())), 8, y + 4);
        }
        g.drawString("w", pad + inner.getWidth() / 2, out.getHeight() - 4);
        g.drawString("e", 2, 28 + inner.getHeight() / 2);
        int lx = pad + inner.getWidth() + 12;
        g.drawImage(map.verticalBar(15, inner.getHeight()).toBufferedImage(), lx, 28, null);
        g.setColor(Color.DARK_GRAY);
        g.drawString(String.format(Locale.ROOT, "≥%.3f", colourTop(l)), lx + 17, 38);
        g.drawString(String.format(Locale.ROOT, "%.3f", l.minLoss()), lx + 17, 28 + inner.getHeight());
        g.drawString("L(e,w,b*)", lx - 4, 28 + inner.getHeight() / 2);
        g.dispose();
        return out;
    }

    /** The pixels of an image as ARGB ints, row by row (the image's own array where it is one, not a copy). */
    public static int[] argb(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_ARGB
                && img.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && ints.getNumBanks() == 1 && img.getRaster().getParent() == null) {
            return ints.getData();
        }
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

}
