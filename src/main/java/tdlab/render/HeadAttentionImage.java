package tdlab.render;

import tdlab.family.mixture.HeadAttention;

/**
 * S5's per-head attention over one sequence as pixels: a strip on top marking the relevant tokens' columns, then a
 * row per head, a column per token, coloured over exactly [0, 1] in the sequential palette.
 */
public final class HeadAttentionImage {
    /** The relevant tokens' marker colour (orange, readable on every palette's dark and light end). */
    public static final int MARK_ARGB = 0xFFE69F00;
    private static final int STRIP_ARGB = 0x00000000;

    private HeadAttentionImage() {
    }

    /** Height of the marker strip for a cell size. */
    public static int strip(int cellHeight) {
        return Math.max(4, cellHeight / 3);
    }

    public static Heatmap.Image render(HeadAttention a, Colormap palette, int cellWidth, int cellHeight) {
        Heatmap.Image body = Heatmap.render(a.received(), 0, 1, palette, cellWidth, cellHeight, 0);
        int strip = strip(cellHeight);
        int gap = 2;
        int w = body.width();
        int h = body.height() + strip + gap;
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, 0, w * (strip + gap), STRIP_ARGB);
        for (int s = 0; s < a.components().length; s++) {
            if (a.relevant(s)) {
                for (int y = 0; y < strip; y++) {
                    java.util.Arrays.fill(px, y * w + s * cellWidth + 1, y * w + (s + 1) * cellWidth - 1, MARK_ARGB);
                }
            }
        }
        System.arraycopy(body.argb(), 0, px, w * (strip + gap), body.argb().length);
        return new Heatmap.Image(w, h, px);
    }

    /** The (head, token) cell under (x, y), or null outside the heads' rows. */
    public static int[] cellAt(HeadAttention a, double x, double y, int cellWidth, int cellHeight) {
        int top = strip(cellHeight) + 2;
        int h = (int) Math.floor((y - top) / cellHeight);
        int s = (int) Math.floor(x / cellWidth);
        if (y < top || h < 0 || h >= a.received().length || s < 0 || s >= a.components().length) {
            return null;
        }
        return new int[] {h, s};
    }
}
