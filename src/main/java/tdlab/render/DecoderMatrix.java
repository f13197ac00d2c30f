package tdlab.render;

import java.util.Optional;
import tdlab.model.ParamTensor;
import tdlab.model.yz.YzModel;

/**
 * The decoder Y of the Y/Z model read from a parameter vector: the model stores K1 = Yᵀ (logits o = K1 f), the
 * paper draws Y itself, Y[l][n] = K1[n][l] with rows the context tokens l and columns the next tokens n (Lemma 1:
 * Ẏ = η_Y f (x_{T+1} − α)ᵀ, so column n grows on the tokens of class n). The colour range is symmetric about 0
 * for a diverging palette: zero is the neutral colour and the sign reads at a glance.
 *
 * @param y       Y[l][n]
 * @param maxAbs  max |Y|, the half-width of the colour range (0 for an all-zero matrix)
 */
public record DecoderMatrix(double[][] y, double maxAbs) {

    /** The K1 tensor of a Y/Z model's layout; empty for other models. */
    public static Optional<ParamTensor> tensor(tdlab.model.ParamLayout layout) {
        return layout.find(YzModel.DECODER);
    }

    public static DecoderMatrix of(ParamTensor k1, double[] params) {
        int m = k1.rows();
        double[][] y = new double[m][m];
        double max = 0;
        for (int n = 0; n < m; n++) {
            for (int l = 0; l < m; l++) {
                double v = params[k1.offset() + n * m + l];
                y[l][n] = v;
                max = Math.max(max, Math.abs(v));
            }
        }
        return new DecoderMatrix(y, max);
    }

    public int size() {
        return y.length;
    }

    /**
     * The pixels: {@code cell}-pixel cells, the palette over [−maxAbs, maxAbs] (all neutral when Y = 0), and a grey
     * line before each token in {@code bandStarts} (where a role band begins) across rows and columns, so the blocks
     * of Lemma 1's updates read as blocks.
     */
    public Heatmap.Image render(Colormap diverging, int cell, int[] bandStarts) {
        double half = maxAbs > 0 ? maxAbs : 1;
        Heatmap.Image image = Heatmap.render(y, -half, half, diverging, cell, 0xFF9A9A9A);
        if (cell < 3) {
            return image; // a line would hide whole cells
        }
        int w = image.width();
        int[] px = image.argb();
        for (int start : bandStarts) {
            if (start <= 0 || start >= size()) {
                continue;
            }
            int at = start * cell;
            for (int i = 0; i < image.height(); i++) {
                px[i * w + at] = BAND_LINE;
            }
            java.util.Arrays.fill(px, at * w, at * w + w, BAND_LINE);
        }
        return image;
    }

    /** Mid grey: seen on the white of Y = 0 and on both ends of the palette. */
    private static final int BAND_LINE = 0xFF808080;

    /** The cell under a pixel of an image drawn with {@code cell}-pixel cells: {row l, column n}, or null. */
    public int[] cellAt(double x, double y, int cell) {
        int l = (int) Math.floor(y / cell);
        int n = (int) Math.floor(x / cell);
        return x < 0 || y < 0 || l >= size() || n >= size() ? null : new int[] {l, n};
    }
}
