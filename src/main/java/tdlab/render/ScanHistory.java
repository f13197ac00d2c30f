package tdlab.render;

import java.util.List;
import java.util.TreeSet;
import tdlab.sim.Frame;
import tdlab.task.classes.SequenceClass;

/**
 * A class's c_n over the recorded frames (class 1 unless the panel chose another), the rows of the paper's Fig. 4
 * heat-map (science.md §4.5): one row per shown frame (oldest on top), one column per token of the class, common
 * tokens first, then its distinct tokens by increasing P(l | n). Long runs are thinned to at most {@code maxRows} rows spread evenly, always keeping the
 * first, the last and the timeline's shown frame, so the picture stays readable and the highlight always has a row.
 *
 * @param sequenceClass the class the columns belong to (its tokens and P(l | n))
 * @param frames        the frame index of each row, increasing
 * @param steps         the step of each row
 * @param values        values[row][column] = c_n; NaN where a frame lacks the series
 * @param shownRow      the row of the timeline's shown frame
 * @param top           the top of the colour scale (see {@link #scaleTop})
 */
public record ScanHistory(SequenceClass sequenceClass, int[] frames, long[] steps, double[][] values, int shownRow,
                          double top) {

    /** A row every ~4 px in a panel a few hundred pixels tall: more would be rows of one pixel. */
    public static final int MAX_ROWS = 60;

    /** Class 1's history from the frames' series (the class the series carry). */
    public static ScanHistory of(SequenceClass c, List<Frame> recorded, int shownIndex, int maxRows) {
        return of(new ClassScores(c, null), recorded, shownIndex, maxRows);
    }

    /** Any class's history, its values from {@link ClassScores#at}. */
    public static ScanHistory of(ClassScores scores, List<Frame> recorded, int shownIndex, int maxRows) {
        SequenceClass c = scores.sequenceClass();
        int[] rows = rows(recorded.size(), shownIndex, maxRows);
        long[] steps = new long[rows.length];
        double[][] values = new double[rows.length][];
        int shownRow = 0;
        double max = 0;
        for (int r = 0; r < rows.length; r++) {
            Frame f = recorded.get(rows[r]);
            steps[r] = f.step();
            if (rows[r] == shownIndex) {
                shownRow = r;
            }
            values[r] = scores.at(f);
            for (double v : values[r]) {
                if (v > max) {
                    max = v;
                }
            }
        }
        return new ScanHistory(c, rows, steps, values, shownRow, scaleTop(max));
    }

    /**
     * The frame indices drawn for {@code n} frames: all of them up to {@code max}, else {@code max} spread evenly
     * from the first to the last, plus {@code shown} (clamped to the list).
     */
    public static int[] rows(int n, int shown, int max) {
        if (n == 0) {
            return new int[0];
        }
        TreeSet<Integer> picked = new TreeSet<>();
        if (n <= max) {
            for (int i = 0; i < n; i++) {
                picked.add(i);
            }
        } else {
            for (int i = 0; i < max; i++) {
                picked.add((int) Math.round(i * (n - 1.0) / (max - 1)));
            }
        }
        picked.add(Math.max(0, Math.min(n - 1, shown)));
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The colour scale's top: the largest c_n rounded up to a multiple of 0.05 (at least 0.05, at most 1). c_n
     * stays far below 1 (0.0645 at the start, ≈ 0.18 at most in S4a), so a [0, 1] scale would paint one colour;
     * a round top keeps the legend's ticks readable and changes only when the attention crosses a step.
     */
    static double scaleTop(double max) {
        double top = Math.ceil(max / 0.05 - 1e-9) * 0.05;
        return Math.max(0.05, Math.min(1, top));
    }

    public int rows() {
        return frames.length;
    }

    public int columns() {
        return sequenceClass.tokens().length;
    }

    /** Common tokens come first: the columns before this index. */
    public int commonColumns() {
        return sequenceClass.commonCount();
    }

    /** Σ c_n over the common tokens in a row. */
    public double commonMass(int row) {
        double s = 0;
        for (int c = 0; c < commonColumns(); c++) {
            s += values[row][c];
        }
        return s;
    }

    public int token(int column) {
        return sequenceClass.tokens()[column];
    }

    /** P(l | n) of a column's token. */
    public double probability(int column) {
        return sequenceClass.probs()[column];
    }
}
