package tdlab.ui.panels;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import tdlab.render.Colormap;

/**
 * The colour scale beside a loss heatmap (the landscape, the loss plane): the colour bar, the lowest loss at
 * the bottom and the loss of the top colour, which covers everything above it.
 */
public final class LossLegend {
    private final Canvas canvas = new Canvas(64, 160);
    private final Colormap map;

    public LossLegend(Colormap map) {
        this.map = map;
    }

    public Canvas view() {
        return canvas;
    }

    public void show(double lowest, double top) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        CanvasPixels.draw(canvas, map.verticalBar(12, 140), 4, 10);
        g.setFill(Color.gray(0.45));
        g.fillText(String.format(Locale.ROOT, "≥%.2f", top), 18, 16);
        g.fillText(String.format(Locale.ROOT, "%.3f", lowest), 18, 152);
        g.fillText("L", 20, 84);
    }
}
