package tdlab.ui.panels;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import tdlab.render.Colormap;

/**
 * The colour scale beside a loss heatmap (the landscape, the loss plane): the colour bar, the lowest loss at
 * the bottom and the loss of the top colour, which covers everything above it. The numbers are labels, not
 * canvas text: JavaFX 21 lays canvas text out on the render thread, and its Pango layout cache is not safe
 * against the FX thread laying out chart text at the same moment (a ConcurrentModificationException in
 * PangoGlyphLayout.dispose, seen when presets load one after another).
 */
public final class LossLegend {
    private final Canvas bar = new Canvas(16, 160);
    private final Label top = label(18, 4);
    private final Label lowest = label(18, 140);
    private final Pane view = new Pane(bar, top, lowest, label(20, 72, "L"));

    public LossLegend(Colormap map) {
        CanvasPixels.draw(bar, map.verticalBar(12, 140), 4, 10);
        view.setMinSize(64, 160);
        view.setPrefSize(64, 160);
        view.setMaxSize(64, 160);
    }

    public Pane view() {
        return view;
    }

    public void show(double lowestLoss, double topLoss) {
        top.setText(String.format(Locale.ROOT, "≥%.2f", topLoss));
        lowest.setText(String.format(Locale.ROOT, "%.3f", lowestLoss));
    }

    private static Label label(double x, double y, String text) {
        Label l = label(x, y);
        l.setText(text);
        return l;
    }

    private static Label label(double x, double y) {
        Label l = new Label();
        l.setTextFill(Color.gray(0.45));
        l.relocate(x, y);
        return l;
    }
}
