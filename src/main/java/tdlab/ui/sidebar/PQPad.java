package tdlab.ui.sidebar;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import tdlab.theory.CanonicalTheory;

/**
 * The (p, q) square of binary chains: click or drag to choose p = P(1|0) (horizontal) and q = P(0|1)
 * (vertical). The line p + q = 1 is drawn, and each region is shaded by where the current initialisation
 * leads by the analytic basin test of the canonical model (blue: global minimum, orange: unigram local
 * minimum). Its words are labels over the canvas, not canvas text: JavaFX 21 lays canvas text out on the
 * render thread, and its Pango layout cache is not safe against the FX thread laying out text at the same
 * time (a ConcurrentModificationException in PangoGlyphLayout.dispose, seen in the window tests).
 */
final class PQPad extends Pane {
    private static final int SIZE = 200;
    private static final Color GLOBAL = Color.rgb(86, 180, 233, 0.35);
    private static final Color LOCAL = Color.rgb(230, 159, 0, 0.35);
    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private final Label chain = label(6, 2);

    PQPad(BiConsumer<Double, Double> onPick) {
        canvas.setId("pq-pad");
        getChildren().addAll(canvas, chain, label(SIZE - 48, 18, "p+q=1"), label(SIZE - 26, SIZE - 18, "p →"),
                label(4, SIZE - 18, "q ↑"));
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        Tooltip.install(canvas, new Tooltip("p = P(1 | 0) →, q = P(0 | 1) ↑. Click or drag to choose the chain.\n"
                + "Diagonal: p + q = 1, where the input carries no information (λ = 1 − p − q = 0).\n"
                + "Shading: where the current initialisation converges, by the analytic basin test of the"
                + " canonical model:\nblue = global minimum (entropy rate), orange = local minimum (unigram loss H(π))."));
        canvas.setOnMousePressed(e -> pick(e.getX(), e.getY(), onPick));
        canvas.setOnMouseDragged(e -> pick(e.getX(), e.getY(), onPick));
    }

    private static Label label(double x, double y, String text) {
        Label l = label(x, y);
        l.setText(text);
        return l;
    }

    private static Label label(double x, double y) {
        Label l = new Label();
        l.setFont(Font.font(11));
        l.setTextFill(Color.gray(0.15));
        l.setMouseTransparent(true); // clicks go to the pad
        l.relocate(x, y);
        return l;
    }

    private void pick(double x, double y, BiConsumer<Double, Double> onPick) {
        double np = round(clamp(x / SIZE));
        double nq = round(clamp(1 - y / SIZE));
        onPick.accept(np, nq);
    }

    private static double clamp(double v) {
        return Math.max(0.01, Math.min(0.99, v));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Marks the chain (p, q) and shades every cell by where the current initialisation leads there. */
    void show(ChainDataModel.BasinMap map) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        CanonicalTheory.Outcome[][] cells = map.outcomes();
        int n = cells.length;
        double cell = (double) SIZE / n;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                CanonicalTheory.Outcome o = cells[i][j];
                if (o != CanonicalTheory.Outcome.DEGENERATE) {
                    g.setFill(o == CanonicalTheory.Outcome.GLOBAL ? GLOBAL : LOCAL);
                    g.fillRect(i * cell, SIZE - (j + 1) * cell, cell + 0.5, cell + 0.5);
                }
            }
        }
        g.setStroke(Color.gray(0.3));
        g.setLineDashes(6, 4);
        g.strokeLine(0, 0, SIZE, SIZE); // p + q = 1 runs from (0, 1) to (1, 0)
        g.setLineDashes();
        g.strokeRect(0.5, 0.5, SIZE - 1, SIZE - 1);
        double x = map.p() * SIZE;
        double y = (1 - map.q()) * SIZE;
        g.setFill(Color.BLACK);
        g.fillOval(x - 5, y - 5, 10, 10);
        g.setFill(Color.WHITE);
        g.fillOval(x - 2, y - 2, 4, 4);
        chain.setText(String.format(Locale.ROOT, "p=%.2f q=%.2f", map.p(), map.q()));
    }
}
