package tdlab.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import tdlab.render.Colormap;

/**
 * The colour bar of a heatmap over exactly [0, 1] (attention weights, span masses), ticks 0, 0.5 and 1: a fixed
 * scale, so the same colour means the same weight in every frame and panel.
 */
public final class PaletteLegend {
    private PaletteLegend() {
    }

    /** A bar {@code height} pixels tall in the palette, with the tooltip's explanation. */
    public static HBox of(Colormap palette, int height, String tooltip) {
        return of(palette, height, "0", "0.5", "1", tooltip);
    }

    /**
     * The same over another range (c_n's [0, 0.2], a diverging [−a, a]), its bottom, middle and top values given as
     * the tick texts.
     */
    public static HBox of(Colormap palette, int height, String bottom, String middle, String top, String tooltip) {
        Canvas bar = new Canvas(14, height);
        CanvasPixels.draw(bar, palette.verticalBar(14, height), 0, 0);
        Pane ticks = new Pane();
        ticks.setPrefSize(Math.max(26, 6 * Math.max(top.length(), bottom.length())), height);
        ticks.setMinHeight(height);
        ticks.setMaxHeight(height);
        for (double v : new double[] {1, 0.5, 0}) {
            Label l = new Label(v == 0.5 ? middle : v == 1 ? top : bottom);
            l.setFont(Font.font(10));
            l.setLayoutY((1 - v) * (height - 8) - 2);
            ticks.getChildren().add(l);
        }
        HBox box = new HBox(3, bar, ticks);
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip(tooltip));
        return box;
    }
}
