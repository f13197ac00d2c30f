package tdlab.ui.panels;

import javafx.scene.paint.Color;
import tdlab.render.CompareCharts;

/** A compared run's colour for JavaFX drawing: the colour its lines have in the charts ({@link CompareCharts#colour}). */
public final class RunColours {
    private RunColours() {
    }

    public static Color of(int index) {
        java.awt.Color c = CompareCharts.colour(index);
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
