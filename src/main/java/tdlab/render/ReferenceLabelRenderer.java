package tdlab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The charts' line renderer, which also places the labels of the reference lines apart ({@link ReferenceLabels})
 * as it draws them: only at drawing time are the plot's pixels known, in the window and in exported frames alike.
 */
final class ReferenceLabelRenderer extends XYLineAndShapeRenderer {
    /** Extra rows a label takes beside its text: the marker's label offset. */
    private static final double OFFSET = 3;

    ReferenceLabelRenderer() {
        super(true, false);
    }

    @Override
    public void drawRangeMarker(Graphics2D g2, XYPlot plot, ValueAxis axis, Marker marker, Rectangle2D dataArea) {
        if (marker instanceof ValueMarker v && v.getLabel() != null && !v.getLabel().isEmpty()) {
            List<ValueMarker> labelled = ReferenceLabels.labelled(plot);
            int k = labelled.indexOf(v);
            if (k >= 0) {
                double height = g2.getFontMetrics(v.getLabelFont()).getHeight() + OFFSET;
                ReferenceLabels.Placement p = ReferenceLabels.of(plot, axis, dataArea, height).get(k);
                super.drawRangeMarker(g2, plot, axis, ReferenceLabels.anchored(v, p), dataArea);
                return;
            }
        }
        super.drawRangeMarker(g2, plot, axis, marker, dataArea);
    }
}
