package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import tdlab.family.TimeMark;

/**
 * The theory's moments ({@link TimeMark}, e.g. Scan and Snap's t0) as labelled dashed vertical lines on a chart.
 * The chart changes only when the marks do (a changed learning rate moves t0), since every change repaints it.
 */
public final class TheoryMarks {
    /** Okabe–Ito reddish purple: apart from the series' blue and orange and the references' green. */
    private static final Color COLOUR = new Color(204, 121, 167);
    private final XYPlot plot;
    private final List<ValueMarker> shown = new ArrayList<>();
    private List<TimeMark> marks = List.of();

    public TheoryMarks(XYPlot plot) {
        this.plot = plot;
    }

    public void show(List<TimeMark> next) {
        if (next.equals(marks)) {
            return;
        }
        marks = List.copyOf(next);
        for (ValueMarker m : shown) {
            plot.removeDomainMarker(0, m, Layer.FOREGROUND);
        }
        shown.clear();
        for (TimeMark t : marks) {
            ValueMarker m = new ValueMarker(t.step());
            m.setPaint(COLOUR);
            m.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
                    0f));
            m.setLabel(t.label());
            m.setLabelPaint(COLOUR);
            m.setLabelFont(new Font("SansSerif", Font.BOLD, 11));
            // right of the line, high: the loss is high only before t0, and a line below the time cursor's label
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(18, 4, 4, 4));
            m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            plot.addDomainMarker(0, m, Layer.FOREGROUND);
            shown.add(m);
        }
    }

    /** The marks drawn (for tests). */
    public List<TimeMark> marks() {
        return marks;
    }
}
