package tdlab.render.frame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import tdlab.model.ParamTensor;
import tdlab.render.ClassScores;
import tdlab.render.Colormap;
import tdlab.render.DecoderMatrix;
import tdlab.render.Heatmap;
import tdlab.render.LandscapeImage;
import tdlab.render.ScanHistory;
import tdlab.render.ScanImage;
import tdlab.render.SpanHistory;
import tdlab.render.SpanImage;
import tdlab.render.TokenBands;
import tdlab.sim.Frame;
import tdlab.theory.CanonicalTheory;
import tdlab.theory.Landscape;

/** The quarters that are pictures: heatmaps and the energy landscape, each with a caption and its colour scale. */
final class ImageQuarters {
    private ImageQuarters() {
    }

    static Quarter attention(Colormap palette) {
        return (g, frames, index, a) -> {
            Frame f = frames.get(index);
            if (f.attention().length == 0) {
                Captions.caption(g, "attention: this frame has none", a);
                return;
            }
            double[][] m = f.attention()[0];
            int n = m.length;
            int cell = Math.max(1, Math.min((a.w() - 80) / n, (a.h() - 40) / n));
            Heatmap.Image img = Heatmap.render(Heatmap.causal(m), 0, 1, palette, cell, 0xFF9A9A9A);
            int ix = a.x() + (a.w() - img.width()) / 2 - 20;
            int iy = a.y() + 24;
            g.drawImage(img.toBufferedImage(), ix, iy, null);
            Captions.caption(g, "attention, head 1 (probe sequence, query ↓, key →)", a);
            scale(g, palette, ix + img.width() + 12, iy, img.height(), "1", "0");
        };
    }

    /** The (e, w) energy landscape with the trajectory so far; the picture is computed once per size. */
    static Quarter landscape(CanonicalTheory theory) {
        return new Quarter() {
            private BufferedImage picture;
            private LandscapeImage.Transform transform;

            @Override
            public void draw(Graphics2D g, List<Frame> frames, int index, Area a) {
                int side = Math.min(a.w() - 20, a.h() - 30);
                if (picture == null || picture.getWidth() != side) {
                    Landscape l = Landscape.compute(theory, Landscape.Viewport.DEFAULT, 160);
                    picture = LandscapeImage.render(l, side, side, Colormap.Named.VIRIDIS.load(),
                            LandscapeImage.Layers.ALL);
                    transform = new LandscapeImage.Transform(Landscape.Viewport.DEFAULT, side, side);
                }
                int ix = a.x() + (a.w() - side) / 2;
                int iy = a.y() + 22;
                g.drawImage(picture, ix, iy, null);
                Captions.caption(g, "energy landscape L(e, w, b*), trajectory in (w, e)", a);
                trajectory(g, frames, index, ix, iy);
            }

            private void trajectory(Graphics2D g, List<Frame> frames, int index, int ix, int iy) {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(2.2f));
                double px = Double.NaN;
                double py = Double.NaN;
                for (int i = 0; i <= index; i++) {
                    var r = frames.get(i).reduced();
                    if (r == null) {
                        continue;
                    }
                    double x = ix + transform.x(r.w());
                    double y = iy + transform.y(r.e());
                    if (!Double.isNaN(px)) {
                        g.draw(new Line2D.Double(px, py, x, y));
                    }
                    px = x;
                    py = y;
                }
                if (!Double.isNaN(px)) {
                    g.setColor(new Color(213, 94, 0));
                    g.fillOval((int) px - 6, (int) py - 6, 12, 12);
                    g.setColor(Color.WHITE);
                    g.drawOval((int) px - 6, (int) py - 6, 12, 12);
                }
            }
        };
    }

    /** S3's span masses: one heatmap per head (rows: blocks, newest on top; columns: the frames up to this one). */
    static Quarter spans(Colormap palette) {
        return (g, frames, index, a) -> {
            SpanHistory history = SpanHistory.of(frames, index);
            if (history.heads() == 0 || history.blocks() == 0) {
                return;
            }
            Captions.caption(g, "attention mass per lag block and head over the steps (newest on top)", a);
            int width = Math.max(40, a.w() - 110);
            int perHead = (a.h() - Captions.LINE - 8) / history.heads();
            int rowHeight = Math.max(3, Math.min(24, (perHead - 16) / history.blocks()));
            int y = a.y() + Captions.LINE + 4;
            for (int j = 0; j < history.heads(); j++) {
                g.setColor(Captions.INK);
                g.drawString("head " + (j + 1), a.x() + 10, y + 12);
                Heatmap.Image img = SpanImage.render(history, j, palette, width, rowHeight);
                g.drawImage(img.toBufferedImage(), a.x() + 10, y + 16, null);
                y += perHead;
            }
            scale(g, palette, a.x() + width + 30, a.y() + Captions.LINE + 20, Math.min(120, a.h() / 2), "1", "0");
        };
    }

    /** S4's scan: class 1's c_n per token, a row per recorded iteration (the paper's Fig. 4). */
    static Quarter scan(ClassScores scores, Colormap palette) {
        return (g, frames, index, a) -> {
            ScanHistory history = ScanHistory.of(scores, frames, index, ScanHistory.MAX_ROWS);
            int cell = Math.max(2, Math.min(24, (a.w() - 110) / history.columns()));
            int rowHeight = Math.max(1, Math.min(12, (a.h() - Captions.LINE - 24) / Math.max(1, history.rows())));
            ScanImage.Layout layout = ScanImage.layout(history, cell, rowHeight);
            Heatmap.Image img = ScanImage.render(history, palette, layout);
            int ix = a.x() + 10;
            int iy = a.y() + Captions.LINE + 4;
            g.drawImage(img.toBufferedImage(), ix, iy, null);
            Captions.caption(g, String.format(Locale.ROOT, "class %d: c_n per token (common | distinct), a row per"
                    + " step", scores.sequenceClass().index() + 1), a);
            scale(g, palette, ix + img.width() + 12, iy, Math.min(120, img.height()),
                    String.format(Locale.ROOT, "%.2f", history.top()), "0");
        };
    }

    /** S4's decoder Y at the frame, in the diverging palette, bands of token roles marked. */
    static Quarter decoder(ParamTensor k1, List<TokenBands.Band> bands) {
        Colormap diverging = Colormap.Named.BLUE_WHITE_ORANGE.load();
        int[] starts = bands.stream().mapToInt(TokenBands.Band::from).toArray();
        return (g, frames, index, a) -> {
            Frame f = frames.get(index);
            if (f.checkpoint() == null) {
                return;
            }
            DecoderMatrix y = DecoderMatrix.of(k1, f.checkpoint().params());
            int cell = Math.max(1, Math.min(24, Math.min(a.w() - 90, a.h() - 40) / y.size()));
            Heatmap.Image img = y.render(diverging, cell, starts);
            int ix = a.x() + 10;
            int iy = a.y() + Captions.LINE + 4;
            g.drawImage(img.toBufferedImage(), ix, iy, null);
            Captions.caption(g, "decoder Y (rows: context tokens, columns: next tokens), 0 white", a);
            String max = String.format(Locale.ROOT, "%.3g", y.maxAbs());
            scale(g, diverging, ix + img.width() + 12, iy, Math.min(120, img.height()), "+" + max, "−" + max);
        };
    }

    private static void scale(Graphics2D g, Colormap palette, int x, int y, int height, String top, String bottom) {
        g.drawImage(palette.verticalBar(11, height).toBufferedImage(), x, y, null);
        g.setColor(Captions.INK);
        g.drawString(top, x + 14, y + 10);
        g.drawString(bottom, x + 14, y + height);
    }
}
