package tdlab.render;

import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import tdlab.sim.Frame;

/**
 * Where a diverged run's blow-up starts, so that its charts keep the range they had before it. A run is
 * declared diverged only once a value is no longer finite, and the frames before that often hold losses and
 * parameters of 1e100: as an axis range they would flatten the whole run against zero. A diverged run's range
 * is therefore taken from its frames up to the last one whose losses were at most {@link #GROWTH} times the
 * loss at step 0; the later points are drawn, leaving the chart, up to the divergence line.
 */
public final class BlowUp {
    /** A loss above this multiple of the starting loss is the blow-up (training only ever lowers it). */
    static final double GROWTH = 2;
    /** Nothing excluded: the run did not diverge. */
    public static final long NONE = Long.MAX_VALUE;

    private BlowUp() {
    }

    /** The last step whose points set the range, among frames[0..upTo]; {@link #NONE} unless they end diverged. */
    public static long rangeUntil(List<Frame> frames, int upTo) {
        int n = Math.min(frames.size(), upTo + 1);
        if (n == 0 || !frames.get(n - 1).diverged()) {
            return NONE;
        }
        double start = frames.get(0).valLoss();
        long until = frames.get(0).step();
        for (int i = 1; i < n - 1; i++) {
            Frame f = frames.get(i);
            if (!(f.valLoss() <= GROWTH * start) || f.trainLoss() > GROWTH * start) {
                break;
            }
            until = f.step();
        }
        return until;
    }

    /** Fits the plot's value axis to its points at steps up to {@code until}; auto range for {@link #NONE}. */
    public static void fit(XYPlot plot, long until) {
        ValueAxis axis = plot.getRangeAxis();
        if (until == NONE) {
            axis.setAutoRange(true);
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        XYDataset data = plot.getDataset();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double y = data.getYValue(s, i);
                if (data.getXValue(s, i) <= until && Double.isFinite(y)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        if (lo <= hi) {
            double pad = Math.max(0.01, (hi - lo) * 0.06);
            axis.setRange(lo - pad, hi + pad);
        }
    }
}
