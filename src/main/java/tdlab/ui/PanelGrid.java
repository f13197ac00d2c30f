package tdlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Panels in columns of two (top, bottom) in split panes (drag the dividers to resize); each can be maximised
 * and restored. Panels are given column by column.
 */
final class PanelGrid extends StackPane {
    private final SplitPane grid;
    private final List<BorderPane> frames = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final java.util.Map<String, Label> notes = new java.util.HashMap<>();
    private BorderPane maximised;

    PanelGrid(List<String> titles, List<Node> panels, List<String> tips) {
        for (int i = 0; i < panels.size(); i++) {
            keys.add(titles.get(i).toLowerCase(java.util.Locale.ROOT));
            frames.add(frame(titles.get(i), panels.get(i), tips.get(i)));
        }
        grid = new SplitPane();
        getChildren().add(grid);
        show(keys);
    }

    /** Lays out these panels (by lower-case title), two per column, in the original order. */
    void show(java.util.Collection<String> visible) {
        if (maximised != null) {
            toggle(maximised);
        }
        List<BorderPane> shown = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            if (visible.contains(keys.get(i))) {
                shown.add(frames.get(i));
            }
        }
        grid.getItems().clear();
        for (int c = 0; c < shown.size(); c += 2) {
            SplitPane column = c + 1 < shown.size() ? new SplitPane(shown.get(c), shown.get(c + 1))
                    : new SplitPane(shown.get(c));
            column.setOrientation(Orientation.VERTICAL);
            grid.getItems().add(column);
        }
        int columns = grid.getItems().size();
        if (columns > 1) {
            double[] dividers = new double[columns - 1];
            for (int c = 1; c < columns; c++) {
                dividers[c - 1] = c / (double) columns;
            }
            grid.setDividerPositions(dividers);
        }
    }

    List<String> keys() {
        return List.copyOf(keys);
    }

    /** A teacher's note pinned under a panel's title (null removes it). */
    void annotate(String key, String text) {
        Label note = notes.get(key);
        if (note != null) {
            note.setText(text == null ? "" : text);
            note.setVisible(text != null);
            note.setManaged(text != null);
        }
    }

    private BorderPane frame(String title, Node panel, String tip) {
        Label t = new Label(title);
        t.getStyleClass().add("panel-title");
        t.setTooltip(new Tooltip(tip));
        Button max = new Button("⤢");
        max.setId("maximize-" + title.toLowerCase(java.util.Locale.ROOT));
        max.setTooltip(new Tooltip("Maximise this panel / restore the grid."));
        max.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, t, spacer, max);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.getStyleClass().add("panel-bar");
        if (panel instanceof Region r) { // canvases inside must not dictate the column widths
            r.setMinSize(0, 0);
            r.setPrefSize(120, 120);
        }
        Label note = new Label();
        note.getStyleClass().add("annotation");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setVisible(false);
        note.setManaged(false);
        note.setId("note-" + title.toLowerCase(java.util.Locale.ROOT));
        notes.put(title.toLowerCase(java.util.Locale.ROOT), note);
        BorderPane f = new BorderPane(panel);
        f.setTop(new javafx.scene.layout.VBox(bar, note));
        f.getStyleClass().add("panel");
        max.setOnAction(e -> toggle(f));
        return f;
    }

    private void toggle(BorderPane f) {
        if (maximised == null) {
            // move the panel out of its split pane into the stack, on top of the grid
            replaceInParent(f, placeholder(f));
            grid.setVisible(false);
            getChildren().add(f);
            maximised = f;
        } else {
            getChildren().remove(maximised);
            restore(maximised);
            grid.setVisible(true);
            maximised = null;
        }
    }

    private final java.util.Map<BorderPane, Region> placeholders = new java.util.HashMap<>();

    private Region placeholder(BorderPane f) {
        Region r = new Region();
        placeholders.put(f, r);
        return r;
    }

    private void replaceInParent(BorderPane f, Region with) {
        for (Node side : grid.getItems()) {
            SplitPane s = (SplitPane) side;
            int i = s.getItems().indexOf(f);
            if (i >= 0) {
                s.getItems().set(i, with);
            }
        }
    }

    private void restore(BorderPane f) {
        Region r = placeholders.remove(f);
        for (Node side : grid.getItems()) {
            SplitPane s = (SplitPane) side;
            int i = s.getItems().indexOf(r);
            if (i >= 0) {
                s.getItems().set(i, f);
            }
        }
    }
}
