package tdlab.render;

/**
 * Draws a matrix as ARGB pixels without JavaFX, so that the live panels and the offscreen exporters
 * produce the same image: each cell a {@code cell}×{@code cell} block coloured by the colour map over the
 * value range [lo, hi]; NaN cells (the causal mask) in {@code maskArgb}.
 */
public final class Heatmap {
    private Heatmap() {
    }

    public record Image(int width, int height, int[] argb) {
        /** The same pixels as an AWT image, for the offscreen renderers. */
        public java.awt.image.BufferedImage toBufferedImage() {
            java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(width, height,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            b.setRGB(0, 0, width, height, argb, 0, width);
            return b;
        }
    }

    public static Image render(double[][] m, double lo, double hi, Colormap map, int cell, int maskArgb) {
        return render(m, lo, hi, map, cell, cell, maskArgb);
    }

    /** Cells {@code cellWidth} wide and {@code cellHeight} tall: a few rows over many columns (time) need both. */
    public static Image render(double[][] m, double lo, double hi, Colormap map, int cellWidth, int cellHeight,
                               int maskArgb) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        int w = cols * cellWidth;
        int h = rows * cellHeight;
        int[] px = new int[Math.max(1, w * h)];
        double span = hi - lo;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = m[r][c];
                int color = Double.isNaN(v) ? maskArgb : map.argb(span > 0 ? (v - lo) / span : 0);
                for (int y = r * cellHeight; y < (r + 1) * cellHeight; y++) {
                    java.util.Arrays.fill(px, y * w + c * cellWidth, y * w + (c + 1) * cellWidth, color);
                }
            }
        }
        return new Image(w, h, px);
    }

    /** A causal attention map with the future (s &gt; t) masked as NaN. */
    public static double[][] causal(double[][] attention) {
        int n = attention.length;
        double[][] out = new double[n][n];
        for (int t = 0; t < n; t++) {
            for (int s = 0; s < n; s++) {
                out[t][s] = s <= t ? attention[t][s] : Double.NaN;
            }
        }
        return out;
    }
}
