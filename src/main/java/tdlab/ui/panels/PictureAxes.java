package tdlab.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import tdlab.render.NiceTicks;

/**
 * Tick-labelled axes around a square picture drawn in a pane: round values ({@link NiceTicks}) below it and to
 * its left, a short tick at each, and the axes' names. The caller says where the picture sits and how values map
 * to its pixels; this class only places labels (labels, not canvas text: see {@link LossLegend}).
 */
public final class PictureAxes {
    /**
     * Room the axes take around the picture, in pixels: the y labels left of it, the x labels and the names
     * under it, half a label above it and right of it (the end ticks' labels are centred on the picture's edge).
     */
    public static final double LEFT = 40;
    public static final double TOP = 8;
    public static final double RIGHT = 14;
    public static final double BOTTOM = 18;
    /** Least distance between two tick labels along an axis. */
    private static final double SPACING = 46;

    private final Group group = new Group();
    private final String id;
    private final List<Label> xLabels = new ArrayList<>();
    private final List<Label> yLabels = new ArrayList<>();

    public PictureAxes(String id) {
        this.id = id;
        group.setId(id);
        group.setMouseTransparent(true);
        group.setManaged(false);
    }

    /** The axes' nodes: add them to the pane the picture is in. */
    public Group node() {
        return group;
    }

    /** No picture: no axes. */
    public void clear() {
        group.getChildren().clear();
        xLabels.clear();
        yLabels.clear();
    }

    /**
     * Axes for a {@code side}×{@code side} picture whose top-left corner is at ({@link #LEFT}, {@link #TOP}) in the
     * pane:
     * x over [xMin, xMax] mapped to the picture's pixels by {@code xPixel}, y likewise by {@code yPixel}.
     */
    public void place(String xName, double xMin, double xMax, DoubleUnaryOperator xPixel, String yName, double yMin,
                      double yMax, DoubleUnaryOperator yPixel, double side) {
        clear();
        NiceTicks xt = NiceTicks.forPixels(xMin, xMax, side, SPACING * 0.65); // "−2": short labels
        NiceTicks yt = NiceTicks.forPixels(yMin, yMax, side, SPACING * 0.6); // labels are shorter than they are wide
        for (int i = 0; i < xt.values().length; i++) {
            double x = LEFT + xPixel.applyAsDouble(xt.values()[i]);
            group.getChildren().add(new Line(x, TOP + side, x, TOP + side + 4));
            Label l = tick(xt.label(i), id + "-x");
            l.layoutXProperty().bind(l.widthProperty().divide(-2).add(x)); // centred under its tick
            l.setLayoutY(TOP + side + 3);
            xLabels.add(l);
        }
        for (int i = 0; i < yt.values().length; i++) {
            double y = TOP + yPixel.applyAsDouble(yt.values()[i]);
            group.getChildren().add(new Line(LEFT - 4, y, LEFT, y));
            Label l = tick(yt.label(i), id + "-y");
            l.layoutXProperty().bind(l.widthProperty().negate().add(LEFT - 5)); // right-aligned to its tick
            l.layoutYProperty().bind(l.heightProperty().divide(-2).add(y));
            yLabels.add(l);
        }
        group.getChildren().forEach(n -> {
            if (n instanceof Line line) {
                line.getStyleClass().add("picture-tick");
            }
        });
        // the names in the corners left of the axes' ends, like titles in front of them: x on its tick row left of
        // the first label, y above its top label (a row of its own under the picture would cost the picture that
        // height, and the axes' middles hold the 0 ticks)
        Label xn = name(xName + " →", id + "-x-name");
        xn.setLayoutX(1);
        xn.setLayoutY(TOP + side + 3);
        Label yn = name("↑ " + yName, id + "-y-name");
        yn.setLayoutX(1);
        yn.setLayoutY(0);
        group.getChildren().addAll(xLabels);
        group.getChildren().addAll(yLabels);
        group.getChildren().addAll(xn, yn);
    }

    /** The x tick labels, left to right (for tests). */
    public List<Label> xLabels() {
        return List.copyOf(xLabels);
    }

    /** The y tick labels, bottom to top (for tests). */
    public List<Label> yLabels() {
        return List.copyOf(yLabels);
    }

    private static Label tick(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("picture-tick-label", styleClass);
        return l;
    }

    private static Label name(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("picture-axis-name");
        return l;
    }
}
