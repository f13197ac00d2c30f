package tdlab.render;

/**
 * One head's span masses over training time as a heatmap: a row per block, the newest block on top (the order
 * the lags are read in: the newest lag matters most), a column band per recorded frame, oldest frame on the left,
 * colour = mass over exactly [0, 1] so that heads and frames compare by colour.
 */
public final class SpanImage {
    /** Missing masses (a frame without the series) in the attention panel's mask grey. */
    private static final int MISSING = 0xFF9A9A9A;

    private SpanImage() {
    }

    /**
     * {@code width} pixel columns shared evenly by the history's frames (frame i covers columns
     * [i·width/n, (i+1)·width/n)), so the whole history fits whatever its length; {@code rowHeight} pixels per block.
     */
    public static Heatmap.Image render(SpanHistory history, int head, Colormap palette, int width, int rowHeight) {
        int n = history.frames();
        int blocks = history.blocks();
        double[][] cells = new double[blocks][width];
        for (int x = 0; x < width; x++) {
            int frame = (int) ((long) x * n / width);
            for (int row = 0; row < blocks; row++) {
                cells[row][x] = n == 0 ? Double.NaN : history.mass(head, blocks - 1 - row, frame);
            }
        }
        return Heatmap.render(cells, 0, 1, palette, 1, rowHeight, MISSING);
    }
}
