package tdlab.ui.panels;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A run's path on a picture (the landscape, the loss plane), drawn the same way on each. */
public final class RunTrails {
    private RunTrails() {
    }

    /**
     * The first {@code points} of (xs, ys), in pixels: the line, a square where the run started and a dot where it
     * is; a coloured square keeps a white edge, as the dot does, so that it shows on any colour of the picture.
     */
    public static void draw(GraphicsContext g, double[] xs, double[] ys, int points, Color line, Color start,
                            Color current) {
        if (points == 0) {
            return;
        }
        g.setStroke(line);
        g.setLineWidth(2.2);
        g.setLineDashes();
        g.strokePolyline(xs, ys, points);
        g.setFill(start);
        g.fillRect(xs[0] - 4, ys[0] - 4, 8, 8);
        if (!start.equals(Color.WHITE)) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.2);
            g.strokeRect(xs[0] - 4, ys[0] - 4, 8, 8);
        }
        double px = xs[points - 1];
        double py = ys[points - 1];
        g.setFill(current);
        g.fillOval(px - 6, py - 6, 12, 12);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeOval(px - 6, py - 6, 12, 12);
    }
}
