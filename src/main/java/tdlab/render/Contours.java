package tdlab.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Marching squares: the line segments where a grid function crosses a level, in grid coordinates
 * (x = column index, y = row index, both fractional). Cells with a NaN corner are skipped.
 */
public final class Contours {
    private Contours() {
    }

    /** Segments {x1, y1, x2, y2} of the level set f = level; f[row][col]. */
    public static List<double[]> segments(double[][] f, double level) {
        List<double[]> out = new ArrayList<>();
        int rows = f.length;
        int cols = f[0].length;
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                double a = f[r][c];
                double b = f[r][c + 1];
                double cc = f[r + 1][c + 1];
                double d = f[r + 1][c];
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(cc) || Double.isNaN(d)) {
                    continue;
                }
                List<double[]> pts = new ArrayList<>(4);
                edge(pts, a, b, level, c, r, c + 1, r);           // bottom
                edge(pts, b, cc, level, c + 1, r, c + 1, r + 1);  // right
                edge(pts, cc, d, level, c + 1, r + 1, c, r + 1);  // top
                edge(pts, d, a, level, c, r + 1, c, r);           // left
                if (pts.size() == 2) {
                    out.add(new double[] {pts.get(0)[0], pts.get(0)[1], pts.get(1)[0], pts.get(1)[1]});
                } else if (pts.size() == 4) { // saddle cell: pair by the cell-centre value
                    double centre = (a + b + cc + d) / 4;
                    boolean aboveA = a > level;
                    if (centre > level == aboveA) {
                        out.add(new double[] {pts.get(0)[0], pts.get(0)[1], pts.get(3)[0], pts.get(3)[1]});
                        out.add(new double[] {pts.get(1)[0], pts.get(1)[1], pts.get(2)[0], pts.get(2)[1]});
                    } else {
                        out.add(new double[] {pts.get(0)[0], pts.get(0)[1], pts.get(1)[0], pts.get(1)[1]});
                        out.add(new double[] {pts.get(2)[0], pts.get(2)[1], pts.get(3)[0], pts.get(3)[1]});
                    }
                }
            }
        }
        return out;
    }

    private static void edge(List<double[]> pts, double v1, double v2, double level, double x1, double y1, double x2,
                             double y2) {
        if (v1 > level == v2 > level) {
            return;
        }
        double t = (level - v1) / (v2 - v1);
        pts.add(new double[] {x1 + t * (x2 - x1), y1 + t * (y2 - y1)});
    }
}
