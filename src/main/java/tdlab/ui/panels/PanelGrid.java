package tdlab.ui.panels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import javafx.scene.layout.VBox;

/**
 * Panels in columns of two (top, bottom) in split panes (drag the dividers to resize), each under a title
 * bar with its tooltip, a teacher's note and a maximise / restore button. Panels are given column by column.
 */
final class PanelGrid extends StackPane {
    private final SplitPane columns = new SplitPane();
    /** A panel's frame (title bar, note, content), built once and moved between layouts. */
    private final Map<Panel, BorderPane> frames = new IdentityHashMap<>();
    private final Map<String, Label> notes = new HashMap<>();
    private final Map<BorderPane, Region> placeholders = new HashMap<>();
    private Map<String, String> annotations = Map.of();
    private BorderPane maximised;

    PanelGrid() {
        getChildren().add(columns);
    }

    /** Lays out these panels, two per column, in this order. */
    void show(List<Panel> panels) {
        if (maximised != null) {
            toggle(maximised);
        }
        List<BorderPane> shown = new ArrayList<>();
        for (Panel p : panels) {
            shown.add(frames.computeIfAbsent(p, this::frame));
        }
        columns.getItems().clear();
        for (int c = 0; c < shown.size(); c += 2) {
            SplitPane column = c + 1 < shown.size() ? new SplitPane(shown.get(c), shown.get(c + 1))
                    : new SplitPane(shown.get(c));
            column.setOrientation(Orientation.VERTICAL);
            columns.getItems().add(column);
        }
        int n = columns.getItems().size();
        if (n > 1) {
            double[] dividers = new double[n - 1];
            for (int c = 1; c < n; c++) {
                dividers[c - 1] = c / (double) n;
            }
            columns.setDividerPositions(dividers);
        }
    }

    /** Teachers' notes by panel key, pinned under the titles; a panel without one shows none. */
    void annotate(Map<String, String> byKey) {
        annotations = Map.copyOf(byKey);
        notes.forEach(this::showNote);
    }

    private void showNote(String key, Label note) {
        String text = annotations.get(key);
        note.setText(text == null ? "" : text);
        note.setVisible(text != null);
        note.setManaged(text != null);
    }

    private BorderPane frame(Panel panel) {
        String key = panel.key();
        Label title = new Label(panel.title());
        title.getStyleClass().add("panel-title");
        title.setTooltip(new Tooltip(panel.description()));
        Button max = new Button("⤢");
        max.setId("maximize-" + key);
        max.setTooltip(new Tooltip("Maximise this panel / restore the grid."));
        max.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, title, spacer, max);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        bar.getStyleClass().add("panel-bar");
        Node content = panel.view();
        if (content instanceof Region r) { // canvases inside must not dictate the column widths
            r.setMinSize(0, 0);
            r.setPrefSize(120, 120);
        }
        Label note = new Label();
        note.getStyleClass().add("annotation");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setId("note-" + key);
        notes.put(key, note);
        showNote(key, note);
        BorderPane f = new BorderPane(content);
        f.setTop(new VBox(bar, note));
        f.getStyleClass().add("panel");
        f.setId("panel-" + key);
        max.setOnAction(e -> toggle(f));
        return f;
    }

    private void toggle(BorderPane f) {
        if (maximised == null) {
            // move the panel out of its split pane into the stack, on top of the grid
            Region placeholder = new Region();
            placeholders.put(f, placeholder);
            replace(f, placeholder);
            columns.setVisible(false);
            getChildren().add(f);
            maximised = f;
        } else {
            getChildren().remove(maximised);
            replace(placeholders.remove(maximised), maximised);
            columns.setVisible(true);
            maximised = null;
        }
    }

    private void replace(Node old, Node with) {
        for (Node column : columns.getItems()) {
            SplitPane s = (SplitPane) column;
            int i = s.getItems().indexOf(old);
            if (i >= 0) {
                s.getItems().set(i, with);
            }
        }
    }
}
