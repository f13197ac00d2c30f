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
 * On a narrow area (a projector's 1024 or 1280 pixels) the panels reflow into fewer, taller columns, never
 * fewer than two, and the grid scrolls vertically once its rows would get shorter than a readable panel.
 */
final class PanelGrid extends StackPane {
    /** Narrower than this a panel's axis labels and readouts get cut: fewer columns instead. */
    static final double MIN_COLUMN_WIDTH = 330;
    /** Shorter than this a chart has no room for its plot: the grid scrolls instead. */
    static final double MIN_ROW_HEIGHT = 240;
    /** The style class of a panel a lesson step points at. */
    static final String HIGHLIGHT = "lesson-highlight";
    private final SplitPane columns = new SplitPane();
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(columns);
    private List<BorderPane> shown = List.of();
    private int columnCount;
    /** The user has dragged a divider: the grid keeps the user's proportions until the next arrangement. */
    private boolean userSized;
    /** A panel's frame (title bar, note, content), built once and moved between layouts. */
    private final Map<Panel, BorderPane> frames = new IdentityHashMap<>();
    private final Map<String, Label> notes = new HashMap<>();
    private final Map<BorderPane, Region> placeholders = new HashMap<>();
    private Map<String, String> annotations = Map.of();
    private java.util.Set<String> highlighted = java.util.Set.of();
    private BorderPane maximised;
    /** Told of the user's maximise / restore clicks: (key before, key after), "" for the grid. */
    private java.util.function.BiConsumer<String, String> onUserMaximise = (a, b) -> {
    };
    /** Told of the user's divider drags: the positions before and after ({@link #dividers}). */
    private java.util.function.BiConsumer<List<List<Double>>, List<List<Double>>> onUserResize = (a, b) -> {
    };
    /** The dividers' positions when the user pressed one; null outside a drag. */
    private List<List<Double>> sizesPressed;

    PanelGrid() {
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("panel-scroll");
        getStyleClass().add("panel-grid");
        // the skin caches its viewport as a picture (for smooth scrolling), but the panels change on every frame of a
        // run: the software renderer would draw them twice a frame, into the cache and from it
        scroll.skinProperty().addListener((o, a, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        getChildren().add(scroll);
        // after the layout pass that changed the width: split panes built inside it lose their divider positions
        widthProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (maximised == null && columnsFor(getWidth()) != columnCount) {
                layoutColumns();
            }
        }));
        // a split pane that is resized (the window, a scroll bar coming or going, a banner) keeps its first items'
        // widths rather than its proportions: even the dividers out again, until the user drags one
        columns.layoutBoundsProperty().addListener((o, a, b) -> {
            if (!userSized) {
                javafx.application.Platform.runLater(this::evenDividers);
            }
        });
        columns.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = (Node) e.getTarget(); n != null && n != columns; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    userSized = true;
                    sizesPressed = dividers();
                    return;
                }
            }
        });
        columns.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            List<List<Double>> before = sizesPressed;
            sizesPressed = null;
            if (before != null && !before.equals(dividers())) {
                onUserResize.accept(before, dividers());
            }
        });
    }

    /** The dividers' positions: the columns' first, then each column's, top to bottom. */
    List<List<Double>> dividers() {
        List<List<Double>> out = new ArrayList<>();
        out.add(positions(columns));
        for (Node column : columns.getItems()) {
            out.add(positions((SplitPane) column));
        }
        return out;
    }

    private static List<Double> positions(SplitPane s) {
        return java.util.Arrays.stream(s.getDividerPositions()).boxed().toList();
    }

    /** Puts the dividers where {@link #dividers} found them; nothing when the grid has been laid out otherwise since. */
    void setDividers(List<List<Double>> positions) {
        List<List<Double>> now = dividers();
        if (positions.size() != now.size()) {
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (positions.get(i).size() != now.get(i).size()) {
                return;
            }
        }
        userSized = true; // the user's proportions, kept until the next arrangement
        columns.setDividerPositions(unboxed(positions.get(0)));
        for (int i = 0; i < columns.getItems().size(); i++) {
            ((SplitPane) columns.getItems().get(i)).setDividerPositions(unboxed(positions.get(i + 1)));
        }
    }

    private static double[] unboxed(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    void onUserResize(java.util.function.BiConsumer<List<List<Double>>, List<List<Double>>> listener) {
        onUserResize = listener;
    }

    /** Lays out these panels, two per column on a wide area, in this order. */
    void show(List<Panel> panels) {
        if (maximised != null) {
            toggle(maximised);
        }
        List<BorderPane> next = new ArrayList<>();
        for (Panel p : panels) {
            next.add(frames.computeIfAbsent(p, this::frame));
        }
        shown = next;
        layoutColumns();
    }

    /** ⌈n/2⌉ columns where they are wide enough, else as many as fit, at least two (one for a single panel). */
    int columnsFor(double width) {
        int n = shown.size();
        int natural = (n + 1) / 2;
        if (width <= 0 || n <= 2) {
            return Math.max(1, natural);
        }
        int fit = (int) Math.max(1, Math.floor(width / MIN_COLUMN_WIDTH));
        return Math.max(2, Math.min(natural, fit));
    }

    private void layoutColumns() {
        userSized = false;
        columns.getItems().clear();
        columnCount = columnsFor(getWidth());
        int n = shown.size();
        if (n == 0) {
            return;
        }
        int rows = (n + columnCount - 1) / columnCount;
        for (int c = 0; c < columnCount; c++) {
            List<BorderPane> cells = shown.subList(Math.min(n, c * rows), Math.min(n, (c + 1) * rows));
            if (cells.isEmpty()) {
                continue;
            }
            SplitPane column = new SplitPane(cells.toArray(Node[]::new));
            column.setOrientation(Orientation.VERTICAL);
            columns.getItems().add(column);
        }
        columns.setMinHeight(rows > 2 ? rows * MIN_ROW_HEIGHT : 0);
        // a scroll bar that comes and goes narrows the split pane after its first layout, which moves its dividers
        // to its first items' minimum widths: a grid that may scroll keeps its bar
        scroll.setVbarPolicy(rows > 2 ? javafx.scene.control.ScrollPane.ScrollBarPolicy.ALWAYS
                : javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        evenDividers();
        // the new split panes' first layout, before their skins know the items' sizes, moves the dividers: again after
        javafx.application.Platform.runLater(this::evenDividers);
    }

    private void evenDividers() {
        columns.setDividerPositions(even(columns.getItems().size()));
        for (Node column : columns.getItems()) {
            SplitPane s = (SplitPane) column;
            s.setDividerPositions(even(s.getItems().size()));
        }
    }

    private static double[] even(int parts) {
        double[] dividers = new double[Math.max(0, parts - 1)];
        for (int i = 1; i < parts; i++) {
            dividers[i - 1] = i / (double) parts;
        }
        return dividers;
    }

    /** The panels' current arrangement, by column: for tests and the layout's own checks. */
    List<List<String>> arrangement() {
        List<List<String>> out = new ArrayList<>();
        for (Node column : columns.getItems()) {
            List<String> ids = new ArrayList<>();
            for (Node cell : ((SplitPane) column).getItems()) {
                ids.add(cell.getId());
            }
            out.add(ids);
        }
        return out;
    }

    /** Teachers' notes by panel key, pinned under the titles; a panel without one shows none. */
    void annotate(Map<String, String> byKey) {
        annotations = Map.copyOf(byKey);
        notes.forEach(this::showNote);
    }

    /** A lesson step's panels, framed in the highlight colour; the others lose the frame. */
    void highlight(java.util.Collection<String> keys) {
        highlighted = java.util.Set.copyOf(keys);
        frames.forEach((panel, f) -> mark(panel.key(), f));
    }

    private void mark(String key, BorderPane f) {
        f.getStyleClass().remove(HIGHLIGHT);
        if (highlighted.contains(key)) {
            f.getStyleClass().add(HIGHLIGHT);
        }
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
        mark(key, f);
        max.setOnAction(e -> {
            String before = maximisedKey();
            toggle(f);
            onUserMaximise.accept(before, maximisedKey());
        });
        return f;
    }

    /** The key of the maximised panel; "" while the grid shows them all. */
    String maximisedKey() {
        return maximised == null ? "" : maximised.getId().substring("panel-".length());
    }

    /** Maximises the shown panel with this key ("": restores the grid); a key not shown restores the grid. */
    void maximise(String key) {
        if (maximised != null) {
            toggle(maximised);
        }
        shown.stream().filter(f -> f.getId().equals("panel-" + key)).findFirst().ifPresent(this::toggle);
    }

    void onUserMaximise(java.util.function.BiConsumer<String, String> listener) {
        onUserMaximise = listener;
    }

    private void toggle(BorderPane f) {
        if (maximised == null) {
            // move the panel out of its split pane into the stack, on top of the grid
            Region placeholder = new Region();
            placeholders.put(f, placeholder);
            replace(f, placeholder);
            scroll.setVisible(false);
            getChildren().add(f);
            maximised = f;
        } else {
            getChildren().remove(maximised);
            replace(placeholders.remove(maximised), maximised);
            scroll.setVisible(true);
            maximised = null;
            if (columnsFor(getWidth()) != columnCount) { // the window was resized while one panel filled it
                layoutColumns();
            }
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
