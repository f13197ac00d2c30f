package tdlab.render.frame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.TreeSet;
import tdlab.render.CompareCharts;
import tdlab.sim.Frame;

/**
 * A comparison's runs in one picture, all at the same step: each run's own picture ({@link FrameComposer}, exactly
 * what an export of that run alone draws at the pane's size) under a label bar that names the run in its colour.
 * Two runs side by side, three or four in a 2 × 2 grid; the picture's size is the whole, the panes share it.
 */
public final class SideBySide {
    /** Height of the label bar above each pane. */
    public static final int LABEL = 26;
    private static final int STRIPE = 3;

    /**
     * One run: the label the bar shows ("B: learning rate 0.01 → 0.05"), its colour ({@link CompareCharts#colour}
     * index), the composer drawing its frames at {@link #paneSize} and its recorded frames.
     */
    public record Pane(String label, int colour, FrameComposer composer, List<Frame> frames) {
        public Pane {
            frames = List.copyOf(frames);
            if (frames.isEmpty()) {
                throw new IllegalArgumentException(label + ": no recorded frame");
            }
        }
    }

    private final List<Pane> panes;
    private final int width;
    private final int height;

    public SideBySide(List<Pane> panes, int width, int height) {
        if (panes.isEmpty() || panes.size() > 4) {
            throw new IllegalArgumentException("1 to 4 runs side by side, got " + panes.size());
        }
        this.panes = List.copyOf(panes);
        this.width = width;
        this.height = height;
    }

    /** Columns of the layout: a row of one or two runs, a 2 × 2 grid for three or four. */
    static int columns(int runs) {
        return runs <= 2 ? runs : 2;
    }

    /**
     * The size of one run's picture when {@code runs} share {@code width × height}: the cell less its label bar,
     * rounded down to even numbers (an MP4's frames are even, and an export of one run at this size draws the same).
     */
    public static int[] paneSize(int runs, int width, int height) {
        int cols = columns(runs);
        int rows = (runs + cols - 1) / cols;
        int w = width / cols;
        int h = height / rows - LABEL;
        return new int[] {w - w % 2, h - h % 2};
    }

    /** Every step some run recorded, in order: an animation's timeline (the runs may record different steps). */
    public List<Long> steps() {
        TreeSet<Long> steps = new TreeSet<>();
        for (Pane p : panes) {
            p.frames().forEach(f -> steps.add(f.step()));
        }
        return List.copyOf(steps);
    }

    /** The picture at {@code step}: each run at its last frame recorded at or before it. */
    public BufferedImage compose(long step) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Captions.page(img);
        int cols = columns(panes.size());
        int rows = (panes.size() + cols - 1) / cols;
        int[] pane = paneSize(panes.size(), width, height);
        for (int i = 0; i < panes.size(); i++) {
            Pane p = panes.get(i);
            int x = (i % cols) * (width / cols);
            int y = (i / cols) * (height / rows);
            label(g, p, x, y, pane[0]);
            g.drawImage(p.composer().compose(p.frames(), Frame.indexAtOrBefore(p.frames(), step)), x, y + LABEL, null);
        }
        g.dispose();
        return img;
    }

    /** The run's colour as a square and a stripe under the bar, its label beside the square. */
    private static void label(Graphics2D g, Pane p, int x, int y, int w) {
        Color c = CompareCharts.colour(p.colour());
        g.setColor(c);
        g.fillRect(x + 8, y + 6, 14, 14);
        g.setStroke(new BasicStroke(STRIPE));
        g.drawLine(x, y + LABEL - 2, x + w - 1, y + LABEL - 2);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("SansSerif", Font.BOLD, 13));
        g.drawString(Captions.fitted(p.label(), g.getFontMetrics(), w - 38), x + 30, y + 18);
    }
}
