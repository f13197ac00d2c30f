package tdlab.ui.panels.attention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import tdlab.render.Colormap;
import tdlab.render.Heatmap;
import tdlab.sim.Frame;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.PaletteLegend;

/**
 * The attention matrix A[t][s] of each head on the run's fixed probe sequence, one heatmap per head,
 * future positions (s &gt; t) greyed, with a colour legend over exactly [0, 1]. Pixels come from the
 * JavaFX-free {@link Heatmap} renderer, so exports draw the same image.
 */
final class AttentionView extends BorderPane {
    private static final int MASK = 0xFF9A9A9A;
    private final HBox maps = new HBox(10);
    private final Label note = new Label();
    private final List<Canvas> canvases = new ArrayList<>();
    private Colormap colormap = Colormap.Named.VIRIDIS.load();
    private Frame shown;
    private int[] noteTokens;

    AttentionView() {
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

    void setColormap(Colormap map) {
        colormap = map;
        canvases.clear(); // rebuilds the legend in the new palette too
        redraw();
    }

    /** A new run: no heatmaps until its first frame (its probe sequence and head count may differ). */
    void clear() {
        shown = null;
        noteTokens = null;
        note.setText("");
        maps.getChildren().clear();
        canvases.clear();
    }

    void show(Frame f) {
        if (f == shown) {
            return;
        }
        shown = f;
        redraw();
    }

    private void redraw() {
        Frame f = shown;
        if (f == null || f.attention().length == 0) { // the family shows this panel for models with heads only
            return;
        }
        int heads = f.attention().length;
        int n = f.attention()[0].length;
        if (!Arrays.equals(f.probeTokens(), noteTokens)) { // fixed for a run: format it once
            noteTokens = f.probeTokens();
            note.setText(String.format(Locale.ROOT, "probe sequence (%d tokens): %s", n, tokens(noteTokens)));
        }
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
            maps.getChildren().add(PaletteLegend.of(colormap, 160,
                    "Colour scale over exactly [0, 1]; grey: masked future positions."));
        }
        double avail = Math.max(60, Math.min((getWidth() - 90) / heads - 12, getHeight() - 70));
        int cell = Math.max(1, (int) (avail / n));
        for (int h = 0; h < heads; h++) {
            Heatmap.Image img = Heatmap.render(Heatmap.causal(f.attention()[h]), 0, 1, colormap, cell, MASK);
            CanvasPixels.show(canvases.get(h), img);
        }
    }

    private static String tokens(int[] t) {
        StringBuilder s = new StringBuilder();
        for (int x : t) {
            s.append(x);
        }
        return s.toString();
    }

    Canvas canvas(int h) {
        return canvases.get(h);
    }
}
