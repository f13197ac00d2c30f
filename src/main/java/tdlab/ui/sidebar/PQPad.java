package tdlab.ui.sidebar;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import tdlab.theory.CanonicalTheory;

/**
 * The (p, q) square of binary chains: click or drag to choose p = P(1|0) (horizontal) and q = P(0|1)
 * (vertical). The line p + q = 1 is drawn, and each region is shaded by where the current initialisation
 * leads by the analytic basin test of the canonical model (blue: global minimum, orange: unigram local
 * minimum).
 */
final class PQPad extends Canvas {
    private static final int SIZE = 200;
    private static final Color GLOBAL = Color.rgb(86, 180, 233, 0.35);
    private static final Color LOCAL = Color.rgb(230, 159, 0, 0.35);

    PQPad(BiConsumer<Double, Double> onPick) {
        super(SIZE, SIZE);
        setId("pq-pad");
        Tooltip.install(this, new Tooltip("p = P(1 | 0) →, q = P(0 | 1) ↑. Click or drag to choose the chain.\n"
                + "Diagonal: p + q = 1, where the input carries no information (λ = 1 − p − q = 0).\n"
                + "Shading: where the current initialisation converges, by the analytic basin test of the"
                + " canonical model:\nblue = global minimum (entropy rate), orange = local minimum (unigram loss H(π))."));
        setOnMousePressed(e -> pick(e.getX(), e.getY(), onPick));
        setOnMouseDragged(e -> pick(e.getX(), e.getY(), onPick));
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
        GraphicsContext g = getGraphicsContext2D();
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
        g.setFill(Color.gray(0.15));
        g.setFont(Font.font(11));
        g.fillText(String.format(Locale.ROOT, "p=%.2f q=%.2f", map.p(), map.q()), 6, 14);
        g.fillText("p+q=1", SIZE - 48, 30);
        g.fillText("p →", SIZE - 26, SIZE - 6);
        g.fillText("q ↑", 4, SIZE - 6);
    }
}
