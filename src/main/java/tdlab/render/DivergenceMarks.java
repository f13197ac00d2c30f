package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The vertical line at the step where a run diverged, on every plot of a chart (the stacked plots of the
 * parameters chart each get one, since each has its own area), labelled once on the first. Non-finite values
 * are never plotted, so the line is what tells the reader that the curves stop because the run blew up.
 */
public final class DivergenceMarks {
    private static final Color COLOUR = new Color(213, 94, 0);
    private final List<XYPlot> plots;
    private final List<ValueMarker> shown = new ArrayList<>();
    private Long step;

    public DivergenceMarks(List<XYPlot> plots) {
        this.plots = List.copyOf(plots);
    }

    /** Marks this step; null removes the mark (a new run, a rollback). */
    public void show(Long step) {
        if (Objects.equals(step, this.step)) {
            return;
        }
        this.step = step;
        for (int i = 0; i < shown.size(); i++) {
            plots.get(i).removeDomainMarker(shown.get(i));
        }
        shown.clear();
        if (step == null) {
            return;
        }
        for (XYPlot plot : plots) {
            ValueMarker m = new ValueMarker(step);
            m.setPaint(COLOUR);
            m.setStroke(new BasicStroke(2f));
            if (shown.isEmpty()) {
                m.setLabel("diverged at step " + step);
                m.setLabelPaint(COLOUR);
                m.setLabelFont(new Font("SansSerif", Font.BOLD, 11));
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            plot.addDomainMarker(m);
            shown.add(m);
        }
    }

    /** The step of a recorded run's divergence: its last frame's, if that one diverged. */
    public static Long step(List<tdlab.sim.Frame> frames) {
        if (frames.isEmpty()) {
            return null;
        }
        tdlab.sim.Frame last = frames.get(frames.size() - 1);
        return last.diverged() ? last.step() : null;
    }
}
