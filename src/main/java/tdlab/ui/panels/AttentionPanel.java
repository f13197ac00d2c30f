package tdlab.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import tdlab.render.Colormap;
import tdlab.render.Heatmap;
import tdlab.sim.Frame;

/**
 * The attention matrix A[t][s] of each head on the run's fixed probe sequence, one heatmap per head,
 * future positions (s &gt; t) greyed, with a colour legend over exactly [0, 1]. Pixels come from the
 * JavaFX-free {@link Heatmap} renderer, so exports draw the same image.
 */
public final class AttentionPanel extends BorderPane {
    private static final int MASK = 0xFF9A9A9A;
    private final HBox maps = new HBox(10);
    private final Label note = new Label();
    private final List<Canvas> canvases = new ArrayList<>();
    private Colormap colormap = Colormap.Named.VIRIDIS.load();
    private Frame shown;

    public AttentionPanel() {
        maps.setPadding(new Insets(6));
        maps.setAlignment(Pos.CENTER);
        note.setWrapText(true);
        note.setPadding(new Insets(4, 8, 4, 8));
        Tooltip.install(maps, new Tooltip("A[t][s] = softmax_s(q_t·k_s/√d_q) over s ≤ t: how much query position t"
                + " reads from key position s. Rows sum to 1; grey cells are the causal mask (s > t)."));
        maps.setMinSize(0, 0);
        maps.setPrefSize(120, 120);
        setCenter(maps);
        setBottom(note);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    public void setColormap(Colormap map) {
        colormap = map;
        redraw();
    }

    public void show(Frame f) {
        if (f == shown) {
            return;
        }
        shown = f;
        redraw();
    }

    private void redraw() {
        Frame f = shown;
        if (f == null) {
            return;
        }
        int heads = f.attention().length;
        if (heads == 0) {
            maps.getChildren().clear();
            canvases.clear();
            note.setText("This model has no attention (the canonical (e, w, b) model reads only the current token).");
            return;
        }
        int n = f.attention()[0].length;
        note.setText(String.format(Locale.ROOT, "probe sequence (%d tokens): %s", n, tokens(f.probeTokens())));
        if (canvases.size() != heads) {
            maps.getChildren().clear();
            canvases.clear();
            for (int h = 0; h < heads; h++) {
                Canvas c = new Canvas();
                c.setId("attention-head-" + h);
                canvases.add(c);
                Label title = new Label("head " + (h + 1));
                maps.getChildren().add(new VBox(2, title, new Pane(c)));
            }
            maps.getChildren().add(legend());
        }
        double avail = Math.max(60, Math.min((getWidth() - 90) / heads - 12, getHeight() - 70));
        int cell = Math.max(1, (int) (avail / n));
        for (int h = 0; h < heads; h++) {
            Heatmap.Image img = Heatmap.render(Heatmap.causal(f.attention()[h]), 0, 1, colormap, cell, MASK);
            Canvas c = canvases.get(h);
            c.setWidth(img.width());
            c.setHeight(img.height());
            WritableImage wi = new WritableImage(img.width(), img.height());
            wi.getPixelWriter().setPixels(0, 0, img.width(), img.height(), PixelFormat.getIntArgbInstance(), img.argb(),
                    0, img.width());
            GraphicsContext g = c.getGraphicsContext2D();
            g.setImageSmoothing(false);
            g.drawImage(wi, 0, 0);
        }
    }

    private Pane legend() {
        Canvas bar = new Canvas(14, 160);
        GraphicsContext g = bar.getGraphicsContext2D();
        for (int y = 0; y < 160; y++) {
            int argb = colormap.argb(1 - y / 159.0);
            g.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
            g.fillRect(0, y, 14, 1);
        }
        Pane ticks = new Pane();
        ticks.setPrefSize(26, 160);
        ticks.setMinHeight(160);
        ticks.setMaxHeight(160);
        for (double v : new double[] {1, 0.5, 0}) {
            Label l = new Label(v == 0.5 ? "0.5" : v == 1 ? "1" : "0");
            l.setFont(Font.font(10));
            l.setLayoutY((1 - v) * 152 - 2);
            ticks.getChildren().add(l);
        }
        HBox box = new HBox(3, bar, ticks);
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip("Colour scale over exactly [0, 1]; grey: masked future positions."));
        return box;
    }

    private static String tokens(int[] t) {
        StringBuilder s = new StringBuilder();
        for (int x : t) {
            s.append(x);
        }
        return s.toString();
    }

    /** The canvas of head h (for tests). */
    public Canvas canvas(int h) {
        return canvases.get(h);
    }
}
