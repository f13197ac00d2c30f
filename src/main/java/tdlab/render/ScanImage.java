package tdlab.render;

import java.util.Arrays;

/**
 * The Fig. 4 heat-map of a {@link ScanHistory} as ARGB pixels: a cell per (frame, token), colour = c_n over
 * [0, {@link ScanHistory#top()}], a gap between the common and the distinct tokens, and the timeline's shown row
 * framed in white with a marker in the left margin, so scrubbing the timeline moves a visible mark down the rows.
 */
public final class ScanImage {
    /** Missing values (a frame without the series) in the attention panel's mask grey. */
    private static final int MISSING = 0xFF9A9A9A;
    private static final int FRAME = 0xFFFFFFFF;
    /** Okabe–Ito vermillion: visible beside every viridis and cividis colour and on both themes. */
    private static final int MARKER = 0xFFD55E00;

    private ScanImage() {
    }

    /**
     * Where things are in the image: a {@link #MARGIN}-pixel strip for the marker on the left, a pixel above the
     * first and below the last row for the frame, cells {@code cellWidth} × {@code rowHeight}, a {@link #GAP}-pixel
     * gap after the common tokens (when there are common and distinct ones).
     */
    public record Layout(int rows, int columns, int commonColumns, int cellWidth, int rowHeight) {
        public static final int MARGIN = 8;
        public static final int GAP = 3;

        private int gap() {
            return commonColumns > 0 && commonColumns < columns ? GAP : 0;
        }

        /** Left edge of a column (of the gap's right side for the first distinct token). */
        public int x(int column) {
            return MARGIN + column * cellWidth + (column >= commonColumns ? gap() : 0);
        }

        /** Top edge of a row. */
        public int y(int row) {
            return 1 + row * rowHeight;
        }

        public int width() {
            return x(columns);
        }

        public int height() {
            return y(rows) + 1;
        }

        /** The column under pixel x, or −1 (margin, gap, outside). */
        public int columnAt(double x) {
            for (int c = 0; c < columns; c++) {
                if (x >= x(c) && x < x(c) + cellWidth) {
                    return c;
                }
            }
            return -1;
        }

        /** The row under pixel y, or −1. */
        public int rowAt(double y) {
            int r = (int) Math.floor((y - 1) / rowHeight);
            return y >= 1 && r < rows ? r : -1;
        }
    }

    public static Layout layout(ScanHistory history, int cellWidth, int rowHeight) {
        return new Layout(history.rows(), history.columns(), history.commonColumns(), Math.max(1, cellWidth),
                Math.max(1, rowHeight));
    }

    public static Heatmap.Image render(ScanHistory history, Colormap palette, Layout at) {
        int w = at.width();
        int h = at.height();
        int[] px = new int[w * h]; // transparent: the margin and the gap show the panel's background
        for (int r = 0; r < at.rows(); r++) {
            for (int c = 0; c < at.columns(); c++) {
                double v = history.values()[r][c];
                int colour = Double.isNaN(v) ? MISSING : palette.argb(v / history.top());
                int x0 = at.x(c);
                for (int y = at.y(r); y < at.y(r) + at.rowHeight(); y++) {
                    Arrays.fill(px, y * w + x0, y * w + x0 + at.cellWidth(), colour);
                }
            }
        }
        if (at.rows() > 0) {
            frameRow(px, w, at, history.shownRow());
        }
        return new Heatmap.Image(w, h, px);
    }

    /** White lines just above and below the row, across the cells, and a marker beside it in the margin. */
    private static void frameRow(int[] px, int w, Layout at, int row) {
        int top = at.y(row) - 1;
        int bottom = at.y(row) + at.rowHeight();
        int from = Layout.MARGIN - 1;
        Arrays.fill(px, top * w + from, top * w + w, FRAME);
        Arrays.fill(px, bottom * w + from, bottom * w + w, FRAME);
        for (int y = top; y <= bottom; y++) {
            px[y * w + from] = FRAME;
            px[y * w + w - 1] = FRAME;
            Arrays.fill(px, y * w + 1, y * w + from - 1, MARKER);
        }
    }
}
