package tdlab.ui.panels.spans;

import java.util.ArrayList;
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
import javafx.scene.text.Font;
import tdlab.render.Colormap;
import tdlab.render.SpanHistory;
import tdlab.render.SpanImage;
import tdlab.render.ValueAlignmentText;
import tdlab.sim.Frame;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.PaletteLegend;

/**
 * One heatmap per head of its span masses over training time (rows: blocks, newest on top; columns: the recorded
 * frames up to the shown one), a line per head with its current top block, and the palette's [0, 1] legend. The
 * pixels come from {@link SpanImage}; a canvas is repainted only when they change.
 */
final class SpansView extends BorderPane {
    /** Room the legend and the block labels take beside the heatmaps, and each head's title line. */
    private static final double LEGEND_WIDTH = 56;
    private static final double BLOCK_LABELS_WIDTH = 58;
    private static final double HEAD_TITLE_HEIGHT = 22;
    private final VBox content = new VBox(6);
    private final Label range = new Label();
    private final List<Canvas> canvases = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<VBox> blockLabels = new ArrayList<>();
    private Colormap palette = Colormap.Named.VIRIDIS.load();
    private Frame shown;
    private List<Frame> recorded = List.of();
    private int builtBlocks;

    SpansView() {
        content.setPadding(new Insets(6));
        content.setMinSize(0, 0);
        content.setPrefSize(160, 120);
        range.setPadding(new Insets(0, 8, 4, 8));
        range.setId("spans-range");
        Tooltip.install(content, new Tooltip("Head j's attention mass on the positions of each lag block relative to"
                + " the query, averaged over the validation set's loss rows, at every recorded step up to the shown"
                + " one (time runs left to right). Competitive phase: every head on the newest block; cooperative:"
                + " one block each. Each head's line ends with cos(W_V^h, A_k) = ⟨W_V^h, A_k⟩_F / (‖W_V^h‖ ‖A_k‖)"
                + " for k = 1…h: a head that has specialised on block k carries A_k in its values."));
        setCenter(content);
        setBottom(range);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    void setPalette(Colormap map) {
        palette = map;
        builtBlocks = -1; // rebuilds the legend in the new palette too
        redraw();
    }

    /** A new run: nothing until its first frame (its head and block counts may differ). */
    void clear() {
        shown = null;
        recorded = List.of();
        content.getChildren().clear();
        canvases.clear();
        titles.clear();
        blockLabels.clear();
        range.setText("");
    }

    void show(Frame frame, List<Frame> frames) {
        if (frame == shown && frames == recorded) {
            return;
        }
        shown = frame;
        recorded = frames;
        redraw();
    }

    private void redraw() {
        if (shown == null || recorded.isEmpty()) {
            return;
        }
        SpanHistory history = SpanHistory.of(recorded, Frame.indexAtOrBefore(recorded, shown.step()));
        if (history.heads() == 0 || history.blocks() == 0) { // the family shows this panel for its own runs only
            return;
        }
        if (canvases.size() != history.heads() || builtBlocks != history.blocks()) {
            build(history.heads(), history.blocks());
        }
        int width = (int) Math.max(40, getWidth() - LEGEND_WIDTH - BLOCK_LABELS_WIDTH - 24);
        double perHead = (getHeight() - 30) / history.heads() - HEAD_TITLE_HEIGHT - 6;
        int rowHeight = (int) Math.max(4, Math.min(28, perHead / history.blocks()));
        int last = history.frames() - 1;
        for (int j = 0; j < history.heads(); j++) {
            CanvasPixels.show(canvases.get(j), SpanImage.render(history, j, palette, width, rowHeight));
            titles.get(j).setText(topLine(j, history, last)
                    + ValueAlignmentText.of(recorded.get(Frame.indexAtOrBefore(recorded, shown.step())).series(), j,
                            history.blocks()));
            VBox labels = blockLabels.get(j);
            labels.setVisible(rowHeight >= 10); // too thin a row for a readable label
            labels.getChildren().forEach(l -> ((Label) l).setPrefHeight(rowHeight));
        }
        range.setText(String.format(Locale.ROOT, "steps %,d – %,d (%d recorded frames, oldest left)",
                history.step(0), history.step(last), history.frames()));
    }

    private static String topLine(int head, SpanHistory history, int frame) {
        int top = history.top(head, frame);
        if (top < 0) {
            return "head " + (head + 1);
        }
        String which = top == history.blocks() - 1 ? " (newest)" : top == 0 ? " (oldest)" : "";
        return String.format(Locale.ROOT, "head %d: top block %d%s, mass %.2f", head + 1, top + 1, which,
                history.mass(head, top, frame));
    }

    private void build(int headCount, int blocks) {
        content.getChildren().clear();
        canvases.clear();
        titles.clear();
        blockLabels.clear();
        VBox maps = new VBox(6);
        for (int j = 0; j < headCount; j++) {
            Canvas c = new Canvas();
            c.setId("spans-head-" + j);
            Label title = new Label("head " + (j + 1));
            title.setId("spans-top-" + j);
            VBox labels = new VBox();
            labels.setMinWidth(BLOCK_LABELS_WIDTH);
            for (int k = blocks; k >= 1; k--) {
                Label l = new Label(k == blocks ? "block " + k + " new" : k == 1 ? "block 1 old" : "block " + k);
                l.setFont(Font.font(10));
                l.setMinHeight(0);
                l.setAlignment(Pos.CENTER_RIGHT);
                l.setMaxWidth(Double.MAX_VALUE);
                labels.getChildren().add(l);
            }
            canvases.add(c);
            titles.add(title);
            blockLabels.add(labels);
            HBox row = new HBox(4, labels, new Pane(c));
            maps.getChildren().add(new VBox(2, title, row));
        }
        HBox all = new HBox(8, maps, PaletteLegend.of(palette, 120, "Colour scale over exactly [0, 1] of attention"
                + " mass; grey: a frame without the mass series."));
        all.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().add(all);
        builtBlocks = blocks;
    }

    Canvas canvas(int head) {
        return canvases.get(head);
    }

    String topLine(int head) {
        return titles.get(head).getText();
    }
}
