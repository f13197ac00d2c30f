package tdlab.ui.panels;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/**
 * A chart's legend as JavaFX labels, each after a short line in its series' colour and dash: one legend under
 * small multiples that share their series, where a legend in every chart would take the room of the plots.
 */
final class LegendBar {
    private final FlowPane view = new FlowPane(12, 2);
    private List<String> shown = List.of();

    LegendBar() {
        view.setMinSize(0, 0);
    }

    FlowPane view() {
        return view;
    }

    /** Shows the items (rebuilt only when their labels change). */
    void show(LegendItemCollection items) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        if (labels.equals(shown)) {
            return;
        }
        shown = labels;
        view.getChildren().clear();
        for (int i = 0; i < items.getItemCount(); i++) {
            view.getChildren().add(new Label(items.get(i).getLabel(), line(items.get(i))));
        }
    }

    private static Line line(LegendItem item) {
        Line l = new Line(0, 0, 18, 0);
        l.setStrokeWidth(2);
        if (item.getLinePaint() instanceof java.awt.Color c) {
            l.setStroke(Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0));
        }
        if (item.getLineStroke() instanceof BasicStroke s && s.getDashArray() != null) {
            for (float d : s.getDashArray()) {
                l.getStrokeDashArray().add((double) d);
            }
        }
        return l;
    }
}
