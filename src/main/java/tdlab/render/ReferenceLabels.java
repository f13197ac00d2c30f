package tdlab.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Where the labels of a chart's horizontal reference lines go so that none covers another: each label sits at the
 * right end of its line, above it, unless that box would overlap a label already placed (or leave the plot), in
 * which case it goes below the line, then to the left end above, then left below. Two lines closer than a label is
 * tall (a chain whose entropy rate and unigram loss nearly agree) so get one label above and one below.
 * Pure arithmetic on pixel positions; {@link #of} measures a drawn plot.
 */
public final class ReferenceLabels {
    /** Where one label goes: above or below its line, at its right or left end. */
    public record Placement(boolean above, boolean right) {
        static final Placement[] PREFERENCE = {new Placement(true, true), new Placement(false, true),
            new Placement(true, false), new Placement(false, false)};
    }

    /** A placed label's vertical extent in pixels (top &lt; bottom) and its end of the line. */
    public record Box(double top, double bottom, boolean right) {
        boolean overlaps(Box o) {
            return right == o.right && top < o.bottom && o.top < bottom;
        }
    }

    private ReferenceLabels() {
    }

    /**
     * Placements for lines at pixel rows {@code ys} (in any order; the result follows it) with labels
     * {@code height} pixels tall, in a plot spanning rows {@code areaTop} … {@code areaBottom}.
     */
    public static List<Placement> place(double[] ys, double height, double areaTop, double areaBottom) {
        Integer[] order = new Integer[ys.length];
        for (int i = 0; i < ys.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ys[a], ys[b])); // top of the plot first
        Placement[] out = new Placement[ys.length];
        List<Box> placed = new ArrayList<>();
        for (int i : order) {
            Placement chosen = null;
            Placement free = null;
            for (Placement p : Placement.PREFERENCE) {
                Box b = box(ys[i], height, p);
                if (placed.stream().noneMatch(b::overlaps)) {
                    free = free == null ? p : free;
                    if (b.top() >= areaTop && b.bottom() <= areaBottom) {
                        chosen = p;
                        break;
                    }
                }
            }
            // no place inside the plot covers nothing: one that covers nothing, else the usual one
            chosen = chosen != null ? chosen : free != null ? free : Placement.PREFERENCE[0];
            out[i] = chosen;
            placed.add(box(ys[i], height, chosen));
        }
        return List.of(out);
    }

    /** The rows a label placed so at a line at row {@code y} covers. */
    public static Box box(double y, double height, Placement p) {
        return p.above() ? new Box(y - height, y, p.right()) : new Box(y, y + height, p.right());
    }

    /** The plot's labelled reference lines (foreground range markers with a label), in the plot's order. */
    public static List<ValueMarker> labelled(XYPlot plot) {
        List<ValueMarker> out = new ArrayList<>();
        java.util.Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof ValueMarker v && v.getLabel() != null && !v.getLabel().isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /**
     * Placements of {@link #labelled} for the plot drawn in {@code dataArea}. The labels of vertical lines (the
     * divergence, the time cursor, a theory's moments) hang from the plot's top: there a reference label goes
     * below its line.
     */
    public static List<Placement> of(XYPlot plot, ValueAxis axis, Rectangle2D dataArea, double height) {
        List<ValueMarker> markers = labelled(plot);
        double[] ys = new double[markers.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = axis.valueToJava2D(markers.get(i).getValue(), dataArea, plot.getRangeAxisEdge());
        }
        double top = dataArea.getMinY() + (hasVerticalLabels(plot) ? height : 0);
        return place(ys, height, top, dataArea.getMaxY());
    }

    private static boolean hasVerticalLabels(XYPlot plot) {
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            java.util.Collection<?> markers = plot.getDomainMarkers(layer);
            if (markers != null && markers.stream().anyMatch(m -> m instanceof Marker k && k.getLabel() != null
                    && !k.getLabel().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of the marker with its label anchored as placed. A fresh marker, not a clone: a clone shares the
     * original's listeners, and anchoring it would tell the plot to redraw while it draws.
     */
    static Marker anchored(ValueMarker m, Placement p) {
        ValueMarker copy = new ValueMarker(m.getValue(), m.getPaint(), m.getStroke(), m.getOutlinePaint(),
                m.getOutlineStroke(), m.getAlpha());
        copy.setLabel(m.getLabel());
        copy.setLabelFont(m.getLabelFont());
        copy.setLabelPaint(m.getLabelPaint());
        copy.setLabelBackgroundColor(m.getLabelBackgroundColor());
        copy.setLabelOffset(m.getLabelOffset());
        copy.setLabelOffsetType(m.getLabelOffsetType());
        // the anchor is the end of the line; the text hangs from it (below) or stands on it (above)
        copy.setLabelAnchor(p.above() ? (p.right() ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT)
                : (p.right() ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT));
        copy.setLabelTextAnchor(p.above() ? (p.right() ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT)
                : (p.right() ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT));
        return copy;
    }
}
