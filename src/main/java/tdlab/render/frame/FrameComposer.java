package tdlab.render.frame;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import tdlab.family.Reference;
import tdlab.render.Colormap;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;

/**
 * Draws the state of a run at one recorded frame as a single picture, offscreen and without JavaFX, from
 * the recorded frames alone: the same run gives the same pixels, whatever the screen. A title line, then the run's
 * own panels ({@link Quarters}: the family's panels in the window's order that can be drawn from the frames, at most
 * four), column by column as in the window: top left, bottom left, top right, bottom right.
 */
public final class FrameComposer {
    private static final int TITLE = 30;
    private final RunConfig cfg;
    private final RunInfo info;
    private final String title;
    private final int width;
    private final int height;
    private final Colormap palette;
    private List<Quarter> quarters;
    private List<String> keys = List.of();

    public FrameComposer(RunConfig cfg, RunInfo info, String title, int width, int height, Colormap palette) {
        this.cfg = cfg;
        this.info = info;
        this.title = title;
        this.width = width;
        this.height = height;
        this.palette = palette;
    }

    /** The picture of frames[index] (curves up to it). */
    public BufferedImage compose(List<Frame> frames, int index) {
        if (quarters == null) { // what the frames carry decides some panels: known from the first one
            java.util.Map<String, Quarter> byKey = Quarters.forRun(cfg, info, palette, frames.get(0));
            quarters = List.copyOf(byKey.values());
            keys = List.copyOf(byKey.keySet());
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Captions.page(img);
        header(g, frames.get(index));
        List<Area> areas = areas(quarters.size());
        for (int q = 0; q < quarters.size(); q++) {
            Graphics2D part = (Graphics2D) g.create();
            Area a = areas.get(q);
            part.clipRect(a.x(), a.y(), a.w(), a.h());
            quarters.get(q).draw(part, frames, index, a);
            part.dispose();
        }
        g.dispose();
        return img;
    }

    /** The panel keys the pictures show, in their places' order (known after the first {@link #compose}). */
    public List<String> panels() {
        return keys;
    }

    /** The title on the left, cut short where the run's state on the right needs the room (a narrow picture). */
    private void header(Graphics2D g, Frame f) {
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("SansSerif", Font.PLAIN, 13));
        StringBuilder state = new StringBuilder(String.format(Locale.ROOT, "step %,d   loss %s", f.step(),
                tdlab.render.NumberText.significant(Double.isFinite(f.exactLoss()) ? f.exactLoss() : f.valLoss(), 4)));
        for (Reference r : info.theory().references()) {
            state.append(String.format(Locale.ROOT, "   %s %.4f", r.key().replace('_', ' '), r.value()));
        }
        int stateWidth = g.getFontMetrics().stringWidth(state.toString());
        g.drawString(state.toString(), Math.max(10, width - stateWidth - 10), 20);
        g.setFont(new Font("SansSerif", Font.BOLD, 14));
        g.drawString(Captions.fitted(title, g.getFontMetrics(), width - stateWidth - 40), 10, 20);
    }

    /** Column by column: one panel fills the picture, two share it side by side, a third takes the right column. */
    private List<Area> areas(int n) {
        int w = width / 2;
        int h = (height - TITLE) / 2;
        int full = height - TITLE;
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(new Area(0, TITLE, width, full));
            case 2 -> List.of(new Area(0, TITLE, w, full), new Area(w, TITLE, width - w, full));
            case 3 -> List.of(new Area(0, TITLE, w, h), new Area(0, TITLE + h, w, full - h),
                    new Area(w, TITLE, width - w, full));
            default -> List.of(new Area(0, TITLE, w, h), new Area(0, TITLE + h, w, full - h),
                    new Area(w, TITLE, width - w, h), new Area(w, TITLE + h, width - w, full - h));
        };
    }
}
