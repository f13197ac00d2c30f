package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import tdlab.family.markov.Minimum;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;

/**
 * A sweep as a picture: each cell coloured by its outcome (blue: global minimum, orange: unigram local
 * minimum, grey: not converged), darker the further its final loss sits above the entropy rate; cells
 * where the analytic basin test disagrees are outlined; the analytic boundary drawn on top.
 */
public final class SweepImage {
    /** The analytic boundary's dashes: dark over every cell colour, in either theme. */
    public static final Color BOUNDARY = new Color(30, 30, 30);

    private SweepImage() {
    }

    /**
     * The key to {@link #cells}: each outcome's colour as drawn (at its brightest), the shading, the outline and
     * the analytic boundary drawn over the grid of this mode (p + q = 1 over (p, q), the separatrix over (w0, e0)).
     */
    public static List<LegendEntry> legend(SweepSpec.Mode mode) {
        return List.of(
                LegendEntry.of(LegendEntry.Mark.FILL, new Color(argb(cell(Minimum.GLOBAL, 0)), true),
                        "blue: global minimum"),
                LegendEntry.of(LegendEntry.Mark.FILL, new Color(argb(cell(Minimum.LOCAL, 1)), true),
                        "orange: unigram minimum"),
                LegendEntry.of(LegendEntry.Mark.FILL, new Color(argb(cell(Minimum.NONE, 0)), true),
                        "grey: not converged"),
                LegendEntry.of(LegendEntry.Mark.FILL, new Color(argb(cell(Minimum.GLOBAL, 1)), true),
                        "darker: final loss further from it"),
                LegendEntry.of(LegendEntry.Mark.OUTLINE, Color.BLACK, "outlined: the analytic test disagrees"),
                LegendEntry.of(LegendEntry.Mark.DASHED_LINE, BOUNDARY, mode == SweepSpec.Mode.PQ
                        ? "dashed: p + q = 1" : "dashed: separatrix"));
    }

    /** A cell with this outcome at this relative gap (0: at the entropy rate, 1: at the unigram loss). */
    private static SweepCell cell(Minimum outcome, double relativeGap) {
        return new SweepCell(0, 0, 0, 0, relativeGap, 0, 1, outcome, null);
    }

    public static int argb(SweepCell c) {
        double shade = Math.max(0, Math.min(1, c.relativeGap()));
        int[] base = switch (c.outcome()) {
            case GLOBAL -> new int[] {86, 180, 233};
            case LOCAL -> new int[] {230, 159, 0};
            case NONE -> new int[] {150, 150, 150};
        };
        double k = 1 - 0.45 * (c.outcome() == Minimum.LOCAL ? 1 - shade : shade);
        return 0xFF000000 | (int) (base[0] * k) << 16 | (int) (base[1] * k) << 8 | (int) (base[2] * k);
    }

    /** The cells on a {@code size}×{@code size} canvas (missing cells transparent). */
    public static BufferedImage cells(SweepSpec spec, List<SweepCell> cells, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        double cell = (double) size / spec.n();
        for (SweepCell c : cells) {
            int x = (int) Math.floor(c.i() * cell);
            int y = (int) Math.floor((spec.n() - 1 - c.j()) * cell);
            int w = (int) Math.ceil((c.i() + 1) * cell) - x;
            int h = (int) Math.ceil((spec.n() - c.j()) * cell) - y;
            g.setColor(new Color(argb(c), true));
            g.fillRect(x, y, w, h);
            if (c.disagrees()) {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1.5f));
                g.drawRect(x + 1, y + 1, w - 3, h - 3);
            }
        }
        if (spec.mode() == SweepSpec.Mode.PQ) { // the analytic boundary for small inits: p + q = 1
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(BOUNDARY);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
            double sx = size / (spec.xMax() - spec.xMin());
            double sy = size / (spec.yMax() - spec.yMin());
            // p + q = 1 from (p, q) = (0, 1) to (1, 0), clipped by the grid's range
            g.draw(new Line2D.Double((0 - spec.xMin()) * sx, size - (1 - spec.yMin()) * sy, (1 - spec.xMin()) * sx,
                    size - (0 - spec.yMin()) * sy));
        }
        g.dispose();
        return img;
    }

    /** Cells, axes, a title and the colour key, for files. */
    public static BufferedImage framed(SweepSpec spec, List<SweepCell> cells, int size, String title) {
        int pad = 48;
        BufferedImage out = new BufferedImage(size + pad + 150, size + pad + 28, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(cells(spec, cells, size), pad, 28, null);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        g.drawString(title, pad, 18);
        for (int k = 0; k <= 4; k++) {
            double f = k / 4.0;
            g.drawString(String.format(Locale.ROOT, "%.2f", spec.xMin() + f * (spec.xMax() - spec.xMin())),
                    pad + (int) (f * size) - 12, 28 + size + 16);
            g.drawString(String.format(Locale.ROOT, "%.2f", spec.yMin() + f * (spec.yMax() - spec.yMin())), 4,
                    28 + (int) ((1 - f) * size) + 4);
        }
        g.drawString(spec.xName(), pad + size / 2, out.getHeight() - 4);
        g.drawString(spec.yName(), 4, 20);
        int ky = 40;
        for (Minimum m : Minimum.values()) {
            g.setColor(new Color(argb(cell(m, m == Minimum.LOCAL ? 1 : 0)), true));
            g.fillRect(pad + size + 14, ky, 14, 14);
            g.setColor(Color.DARK_GRAY);
            g.drawString(switch (m) {
                case GLOBAL -> "global minimum";
                case LOCAL -> "unigram (local)";
                case NONE -> "not converged";
            }, pad + size + 34, ky + 12);
            ky += 22;
        }
        g.drawRect(pad + size + 15, ky + 1, 12, 12);
        g.drawString("≠ analytic test", pad + size + 34, ky + 12);
        g.dispose();
        return out;
    }
}
