package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * A vertical line at one step on every plot of a chart (each stacked plot of the parameters chart has its own
 * area, so each gets one), labelled once, on the first. Moving it changes the chart only when the step
 * changes, since every change repaints the chart.
 */
final class StepLine {
    private final List<XYPlot> plots;
    private final Color colour;
    private final BasicStroke stroke;
    private final LongFunction<String> label;
    private final boolean labelLeft;
    private final List<ValueMarker> shown = new ArrayList<>();
    private Long step;

    /** {@code labelLeft}: the label to the left of the line (a line at the right end of the axis). */
    StepLine(List<XYPlot> plots, Color colour, BasicStroke stroke, LongFunction<String> label, boolean labelLeft) {
        this.labelLeft = labelLeft;
        this.plots = List.copyOf(plots);
        this.colour = colour;
        this.stroke = stroke;
        this.label = label;
    }

    /** The line at this step; null removes it. */
    void show(Long step) {
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
            m.setPaint(colour);
            m.setStroke(stroke);
            if (shown.isEmpty()) {
                m.setLabel(label.apply(step));
                m.setLabelPaint(colour);
                m.setLabelFont(new Font("SansSerif", Font.BOLD, 11));
                m.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(m);
            shown.add(m);
        }
    }

    /** The step shown, or null. */
    Long step() {
        return step;
    }
}
