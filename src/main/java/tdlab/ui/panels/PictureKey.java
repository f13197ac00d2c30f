package tdlab.ui.panels;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import tdlab.render.LegendEntry;

/**
 * A picture's key laid out under it: each entry's mark drawn as the picture draws it, on a small chip of the
 * picture's own background (a translucent basin tint or a white level set means something only over the map),
 * then its words. Shapes and labels, no canvas text (see {@link LossLegend}). Wraps to the panel's width.
 */
public final class PictureKey {
    private static final double W = 20;
    private static final double H = 12;

    private PictureKey() {
    }

    /** The key as a wrapping row; {@code chip} is the picture's background behind each mark. */
    public static FlowPane of(String id, List<LegendEntry> entries, Color chip) {
        FlowPane key = new FlowPane(10, 2);
        key.setId(id);
        key.getStyleClass().add("picture-key");
        key.setPadding(new Insets(2, 6, 2, 6));
        for (LegendEntry e : entries) {
            Label text = new Label(e.text());
            text.getStyleClass().add("picture-key-text");
            HBox item = new HBox(4, swatch(e, chip), text);
            item.setAlignment(Pos.CENTER_LEFT);
            key.getChildren().add(item);
        }
        return key;
    }

    /** The entry's mark on its chip. */
    public static Pane swatch(LegendEntry e, Color chip) {
        Rectangle back = new Rectangle(W, H, chip);
        Pane p = new Pane(back);
        p.setMinSize(W, H);
        p.setPrefSize(W, H);
        p.setMaxSize(W, H);
        p.getStyleClass().add("picture-key-swatch");
        p.getChildren().add(mark(e.mark(), colour(e.argb())));
        return p;
    }

    private static Node mark(LegendEntry.Mark mark, Color c) {
        return switch (mark) {
            case TINT, FILL -> new Rectangle(W, H, c);
            case OUTLINE -> {
                Rectangle r = new Rectangle(2, 1.5, W - 4, H - 3);
                r.setFill(Color.TRANSPARENT);
                r.setStroke(c);
                r.setStrokeWidth(1.5);
                yield r;
            }
            case LINE, BOLD_LINE, DASHED_LINE -> {
                Line l = new Line(1, H / 2, W - 1, H / 2);
                l.setStroke(c);
                l.setStrokeWidth(mark == LegendEntry.Mark.BOLD_LINE ? 2.5 : mark == LegendEntry.Mark.LINE ? 1 : 2);
                if (mark == LegendEntry.Mark.DASHED_LINE) {
                    l.getStrokeDashArray().setAll(5.0, 3.0);
                }
                yield l;
            }
            case CROSS -> {
                Line a = new Line(W / 2 - 4, H / 2 - 4, W / 2 + 4, H / 2 + 4);
                Line b = new Line(W / 2 - 4, H / 2 + 4, W / 2 + 4, H / 2 - 4);
                a.setStroke(c);
                b.setStroke(c);
                a.setStrokeWidth(1.5);
                b.setStrokeWidth(1.5);
                yield new Pane(a, b);
            }
            case DOT -> new Circle(W / 2, H / 2, 3, c);
            case TRIANGLE -> {
                Polygon t = new Polygon(W / 2 - 5, H / 2 + 4, W / 2 + 5, H / 2 + 4, W / 2, H / 2 - 5);
                t.setFill(c);
                t.setStroke(Color.BLACK);
                yield t;
            }
        };
    }

    /** An ARGB int as a JavaFX colour, alpha kept. */
    public static Color colour(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }
}
