package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import tdlab.sim.Frame;

/**
 * The step axis of a time-based chart (loss, parameters, predictions): the run's own range, 0 to its
 * configured steps (or the last recorded step past them), from step 0 on, so an empty chart is not an axis
 * around zero and the curves grow across a fixed frame; a diverged run ends where it diverged, so its axis
 * ends just past that step (its eleven steps are not a sliver of fifteen hundred); the "you are here" line at
 * the shown step while the timeline is scrubbed back; and the line where the run diverged (whose values are
 * never plotted).
 */
public final class StepAxis {
    private static final Color CURSOR = new Color(90, 90, 90);
    private static final Color DIVERGED = new Color(213, 94, 0);
    /** The shortest axis: a run of a few steps still reads as steps, not fractions of one. */
    private static final double MIN_LENGTH = 10;
    private final ValueAxis axis;
    private final StepLine cursor;
    private final StepLine divergence;
    private long runLength;
    private long lastRecorded;

    public StepAxis(JFreeChart chart) {
        List<XYPlot> plots;
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            plots = combined.getSubplots();
            axis = combined.getDomainAxis();
        } else {
            plots = List.of(chart.getXYPlot());
            axis = chart.getXYPlot().getDomainAxis();
        }
        cursor = new StepLine(plots, CURSOR, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 3f}, 0f), step -> "step " + step, false);
        divergence = new StepLine(plots, DIVERGED, new BasicStroke(2f), step -> "diverged at step " + step, true);
        fit();
    }

    /** A new run of this many configured steps: its range, no lines. */
    public void newRun(long steps) {
        runLength = steps;
        lastRecorded = 0;
        cursor.show(null);
        divergence.show(null);
        fit();
    }

    /** The recorded frames: a run going past its configured steps widens the axis; a diverged one is marked. */
    public void recorded(List<Frame> frames) {
        Frame last = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        lastRecorded = last == null ? 0 : last.step();
        divergence.show(last != null && last.diverged() ? last.step() : null);
        fit();
    }

    /** The frame the timeline shows: a line there unless it is the newest (the right end of the curves). */
    public void shown(Frame shown, List<Frame> recorded) {
        boolean newest = shown == null || recorded.isEmpty() || shown == recorded.get(recorded.size() - 1);
        cursor.show(newest ? null : shown.step());
    }

    private void fit() {
        Long diverged = divergence.step();
        double end = diverged != null ? Math.ceil(diverged * 1.1) : Math.max(runLength, lastRecorded);
        double upper = Math.max(MIN_LENGTH, end);
        if (axis.getLowerBound() != 0 || axis.getUpperBound() != upper) {
            axis.setRange(0, upper);
        }
    }

    /** The step of the "you are here" line, or null (for tests). */
    public Long cursorStep() {
        return cursor.step();
    }
}
