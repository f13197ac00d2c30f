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
import javafx.scene.shape.Rectangle;
import tdlab.render.Colormap;
import tdlab.render.CompareCharts;
import tdlab.render.ComparedRun;
import tdlab.render.Comparison;
import tdlab.render.Heatmap;
import tdlab.sim.Frame;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.PaletteLegend;
import tdlab.ui.panels.RunColours;

/**
 * The attention matrix A[t][s] of each head on the run's fixed probe sequence, one heatmap per head,
 * future positions (s &gt; t) greyed, with a colour legend over exactly [0, 1]. Pixels come from the
 * JavaFX-free {@link Heatmap} renderer, so exports draw the same image. In a comparison one row of heatmaps per
 * run, in letter order, each under its letter in its colour and all at the timeline's step (each run's last frame
 * at or before it): scrubbing moves every run's heatmaps together. Heatmaps do not overlay, so they sit side by
 * side whatever the compare layout.
 */
final class AttentionView extends BorderPane {
    private static final int MASK = 0xFF9A9A9A;
    /** Room beside the heatmaps: the colour bar, and a run's letter in a comparison. */
    private static final int LEGEND_WIDTH = 90;
    private static final int LETTER_WIDTH = 30;
    private final VBox rows = new VBox(6);
    private final HBox maps = new HBox(10);
    private final Label note = new Label();
    /** The rows shown: a run's name (empty alone) and its canvases, one per head. */
    private final List<Row> shownRows = new ArrayList<>();
    private Colormap colormap = Colormap.Named.VIRIDIS.load();
    private Frame shown;
    private Comparison comparison = Comparison.NONE;
    /** The frames drawn, one per row, so a redraw happens only when one changed. */
    private List<Frame> drawn = List.of();
    private int[] noteTokens;

    /** One run's heatmaps: its letter (empty alone), the frame shown and a canvas per head. */
    private record Row(String name, List<Canvas> canvases) {
    }

    /** A run to draw: its name (empty alone), colour, legend and the frame at the timeline's step (may be null). */
    private record Run(String name, int colour, String legend, Frame frame) {
    }

    AttentionView() {
        maps.setPadding(new Insets(6));
        maps.setAlignment(Pos.CENTER);
        rows.setAlignment(Pos.CENTER);
        note.setWrapText(true);
        note.setPadding(new Insets(4, 8, 4, 8));
        Tooltip.install(maps, new Tooltip("A[t][s] = softmax_s(q_t·k_s/√d_q) over s ≤ t: how much query position t"
                + " reads from key position s. Rows sum to 1; grey cells are the causal mask (s > t)."));
        maps.setMinSize(0, 0);
        maps.setPrefSize(120, 120);
        setCenter(maps);
        setBottom(note);
        widthProperty().addListener((o, a, b) -> redraw(true));
        heightProperty().addListener((o, a, b) -> redraw(true));
    }

    void setColormap(Colormap map) {
        colormap = map;
        shownRows.clear(); // rebuilds the legend in the new palette too
        redraw(true);
    }

    /** A new run: no heatmaps until its first frame (its probe sequence and head count may differ). */
    void clear() {
        shown = null;
        noteTokens = null;
        note.setText("");
        maps.getChildren().clear();
        shownRows.clear();
        drawn = List.of();
    }

    void show(Frame f) {
        if (f == shown) {
            return;
        }
        shown = f;
        redraw(false);
    }

    /** The runs pinned beside the live one: a row each, at the shown frame's step. */
    void showComparison(Comparison c) {
        comparison = c;
        redraw(false);
    }

    /** The runs to draw, in letter order: the live run alone, or every run at the shown frame's step. */
    private List<Run> runs() {
        if (!comparison.active()) {
            return List.of(new Run("", 0, "", shown));
        }
        List<Run> out = new ArrayList<>();
        for (ComparedRun r : comparison.pinned()) {
            int i = CompareCharts.upTo(r.frames(), shown.step());
            out.add(new Run(r.name(), r.colour(), r.legend(), i < 0 ? null : r.frames().get(i)));
        }
        int at = (int) out.stream().filter(r -> r.name().compareTo(comparison.liveName()) < 0).count();
        out.add(at, new Run(comparison.liveName(), comparison.liveColour(), comparison.liveLabel(), shown));
        return out;
    }

    /** Draws the runs' heatmaps; unless {@code resized}, only when a run's frame changed. */
    private void redraw(boolean resized) {
        Frame f = shown;
        if (f == null || f.attention().length == 0) { // the family shows this panel for models with heads only
            return;
        }
        List<Run> runs = runs();
        List<Frame> frames = runs.stream().map(Run::frame).toList();
        if (!resized && frames.equals(drawn) && shownRows.size() == runs.size()) {
            return;
        }
        int heads = f.attention().length;
        int n = f.attention()[0].length;
        if (!Arrays.equals(f.probeTokens(), noteTokens)) { // fixed for a run: format it once
            noteTokens = f.probeTokens();
            note.setText(String.format(Locale.ROOT, "probe sequence (%d tokens): %s", n, tokens(noteTokens)));
        }
        if (!layoutFits(runs, heads)) {
            build(runs, heads);
        }
        double letter = comparison.active() ? LETTER_WIDTH : 0;
        double availWidth = (getWidth() - LEGEND_WIDTH - letter) / heads - 12;
        double availHeight = (getHeight() - 70) / runs.size() - (comparison.active() ? 20 : 0);
        double avail = Math.max(comparison.active() ? 30 : 60, Math.min(availWidth, availHeight));
        for (int r = 0; r < runs.size(); r++) {
            Frame at = runs.get(r).frame();
            List<Canvas> canvases = shownRows.get(r).canvases();
            for (int h = 0; h < canvases.size(); h++) {
                if (at == null || h >= at.attention().length) {
                    canvases.get(h).setWidth(0);
                    continue;
                }
                double[][] a = at.attention()[h];
                int cell = Math.max(1, (int) (avail / a.length));
                CanvasPixels.show(canvases.get(h), Heatmap.render(Heatmap.causal(a), 0, 1, colormap, cell, MASK));
            }
        }
        drawn = frames;
    }

    private boolean layoutFits(List<Run> runs, int heads) {
        if (shownRows.size() != runs.size()) {
            return false;
        }
        for (int r = 0; r < runs.size(); r++) {
            if (!shownRows.get(r).name().equals(runs.get(r).name()) || shownRows.get(r).canvases().size() != heads) {
                return false;
            }
        }
        return true;
    }

    /** A row of heatmaps per run (a run's letter before it in a comparison), the colour bar beside them all. */
    private void build(List<Run> runs, int heads) {
        maps.getChildren().clear();
        rows.getChildren().clear();
        shownRows.clear();
        for (Run run : runs) {
            HBox row = new HBox(10);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!run.name().isEmpty()) {
                Label letter = new Label(run.name(), new Rectangle(10, 10, RunColours.of(run.colour())));
                letter.setId("attention-run-" + run.name());
                letter.setStyle("-fx-font-weight: bold;");
                letter.setMinWidth(LETTER_WIDTH);
                letter.setTooltip(new Tooltip(run.legend()));
                row.getChildren().add(letter);
            }
            List<Canvas> canvases = new ArrayList<>();
            for (int h = 0; h < heads; h++) {
                Canvas c = new Canvas();
                c.setId(run.name().isEmpty() ? "attention-head-" + h : "attention-" + run.name() + "-head-" + h);
                canvases.add(c);
                Label title = new Label("head " + (h + 1));
                row.getChildren().add(new VBox(2, title, new Pane(c)));
            }
            rows.getChildren().add(row);
            shownRows.add(new Row(run.name(), canvases));
        }
        maps.getChildren().addAll(rows, PaletteLegend.of(colormap, 160,
                "Colour scale over exactly [0, 1]; grey: masked future positions."));
    }

    private static String tokens(int[] t) {
        StringBuilder s = new StringBuilder();
        for (int x : t) {
            s.append(x);
        }
        return s.toString();
    }

    /** Head h's canvas of the live run. */
    Canvas canvas(int h) {
        return canvas(comparison.active() ? comparison.liveName() : "", h);
    }

    /** Head h's canvas of the run named {@code run} ("" alone); null when no such row is shown. */
    Canvas canvas(String run, int h) {
        return shownRows.stream().filter(r -> r.name().equals(run)).findFirst().map(r -> r.canvases().get(h))
                .orElse(null);
    }
}
