package tdlab.ui.panels.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;
import tdlab.render.ClassScores;
import tdlab.render.Colormap;
import tdlab.render.ScanHistory;
import tdlab.render.ScanImage;
import tdlab.sim.Frame;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.RunConfig;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.PaletteLegend;

/**
 * The Fig. 4 heat-map: rows the recorded iterations (first on top), columns the chosen class's tokens (class 1 at
 * first), colour c_n, with the
 * step of some rows on the left, token ids and their groups under and over the columns, the palette's legend, and a
 * line that reads out the cell under the mouse (else the shown row). Pixels come from {@link ScanImage}.
 */
final class ScanView extends BorderPane {
    private static final String FORMULA = "c_n[l] = P(l|n)·e^{Z[m,l]} / Σ_l' P(l'|n)·e^{Z[m,l']}\n"
            + "The attention a long sequence of class n (query m) pays to token l: each token is drawn with"
            + " probability P(l|n) and weighed by e^{Z[m,l]}. Common tokens (CT) fade, distinct tokens (DT) with low"
            + " P(l|n) drop first, the most likely DT grows; then the rows stop changing: the snap.";
    private static final double ROW_LABELS = 46;
    private static final double LEGEND = 64;
    private static final double LABEL_ROW = 16;
    private static final double TEXT_LINE = 22;
    /** Row labels closer than this would overlap. */
    private static final double LABEL_SPACING = 13;
    private final Canvas canvas = new Canvas();
    private final Pane rowLabels = new Pane();
    private final Pane columnLabels = new Pane();
    private final Pane groupLabels = new Pane();
    private final HBox legendBox = new HBox();
    private final Label title = new Label();
    private final Label readout = new Label();
    private final Tooltip tip = new Tooltip(FORMULA);
    private Colormap palette = Colormap.Named.VIRIDIS.load();
    private SequenceClass sequenceClass;
    private ClassScores scores;
    private RunConfig run;
    /** Which class the rows show; the measures and the masses panel speak of class 1, so a new run starts there. */
    private final ComboBox<String> chooser = new ComboBox<>();
    private boolean choosing;
    private Frame shown;
    private List<Frame> recorded = List.of();
    private ScanHistory history;
    private ScanImage.Layout layout;
    private String labelsDrawn = "";
    private double legendTop = Double.NaN;
    private int hoverRow = -1;
    private int hoverColumn = -1;

    ScanView() {
        canvas.setId("scan-heatmap");
        readout.setId("scan-readout");
        title.setId("scan-title");
        readout.setPadding(new Insets(2, 8, 4, 8));
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover(-1, -1));
        rowLabels.setMinWidth(ROW_LABELS);
        rowLabels.setPrefWidth(ROW_LABELS);
        groupLabels.setMinHeight(LABEL_ROW);
        columnLabels.setMinHeight(LABEL_ROW);
        VBox map = new VBox(0, groupLabels, new Pane(canvas), columnLabels);
        HBox row = new HBox(2, rowLabels, map, legendBox);
        row.setAlignment(Pos.TOP_LEFT);
        row.setPadding(new Insets(4, 6, 0, 2));
        row.setMinSize(0, 0);
        row.setPrefSize(160, 120);
        chooser.setId("scan-class");
        chooser.setTooltip(new Tooltip("The class whose attention the rows show (the measures and the masses panel"
                + " speak of class 1)."));
        chooser.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!choosing && b.intValue() >= 0) {
                choose(b.intValue());
            }
        });
        HBox top = new HBox(4, chooser, title);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(2, 8, 0, 8));
        setTop(top);
        setCenter(row);
        setBottom(readout);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    void setPalette(Colormap map) {
        palette = map;
        legendTop = Double.NaN; // the legend in the new palette
        redraw();
    }

    /** A new run on this class (null: a run this panel cannot read); nothing until its first frame. */
    /** A new run ({@code null} task classes: a run this panel cannot read); nothing until its first frame. */
    void newRun(RunConfig config) {
        run = config;
        shown = null; // the old run's frames must not be drawn in the new run's class
        recorded = List.of();
        choosing = true;
        try {
            chooser.getItems().clear();
            if (config.task() instanceof SequenceClassesTask t) {
                for (SequenceClass k : t.allClasses()) {
                    chooser.getItems().add(String.format(Locale.ROOT, "class %d (m %d → n %d)", k.index() + 1,
                            k.query(), k.next()));
                }
                chooser.getSelectionModel().select(0);
            }
        } finally {
            choosing = false;
        }
        chooser.setVisible(!chooser.getItems().isEmpty());
        choose(0);
    }

    private void choose(int index) {
        scores = run == null ? null : ClassScores.of(run, index).orElse(null);
        SequenceClass c = scores == null ? null : scores.sequenceClass();
        sequenceClass = c;
        List<Frame> keep = recorded;
        Frame keepShown = shown;
        shown = null;
        recorded = List.of();
        history = null;
        layout = null;
        labelsDrawn = "";
        legendTop = Double.NaN;
        rowLabels.getChildren().clear();
        columnLabels.getChildren().clear();
        groupLabels.getChildren().clear();
        legendBox.getChildren().clear();
        canvas.setWidth(0);
        canvas.setHeight(0);
        title.setText(c == null ? "" : "c_n by step");
        readout.setText("");
        if (keepShown != null && c != null) { // another class of the same run: redraw what is recorded
            show(keepShown, keep);
        }
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
        if (sequenceClass == null || shown == null || recorded.isEmpty()) {
            return;
        }
        history = ScanHistory.of(scores, recorded, Frame.indexAtOrBefore(recorded, shown.step()),
                ScanHistory.MAX_ROWS);
        double width = getWidth() - ROW_LABELS - LEGEND - 16 - ScanImage.Layout.MARGIN - ScanImage.Layout.GAP;
        // fixed room for the title and the readout, not their current heights: a label laid out before or after its
        // text changed would size the rows differently in a fresh window and in a reused one
        double height = getHeight() - 2 * TEXT_LINE - 2 * LABEL_ROW - 12;
        int cell = (int) Math.max(4, Math.min(40, width / history.columns()));
        int rowHeight = (int) Math.max(1, Math.min(18, height / history.rows()));
        layout = ScanImage.layout(history, cell, rowHeight);
        CanvasPixels.show(canvas, ScanImage.render(history, palette, layout));
        labels();
        legend();
        showReadout();
    }

    /** Rebuilt only when what they say moves: building labels on every frame would cost the FX thread. */
    private void labels() {
        String key = Arrays.toString(history.steps()) + layout + history.shownRow();
        if (key.equals(labelsDrawn)) {
            return;
        }
        labelsDrawn = key;
        rowLabels.getChildren().clear();
        // the shown, the last and the first row first, then the others top down, none closer than a label's height
        List<Integer> placed = new ArrayList<>();
        int[] candidates = IntStream.concat(IntStream.of(history.shownRow(), history.rows() - 1, 0),
                IntStream.range(0, history.rows())).toArray();
        for (int r : candidates) {
            double y = rowCentre(r);
            if (placed.stream().allMatch(p -> Math.abs(rowCentre(p) - y) >= LABEL_SPACING)) {
                placed.add(r);
                rowLabels.getChildren().add(rowLabel(r));
            }
        }
        columnLabels.getChildren().clear();
        groupLabels.getChildren().clear();
        int every = layout.cellWidth() >= 15 ? 1 : layout.cellWidth() >= 8 ? 2 : 5;
        int common = history.commonColumns();
        for (int c = 0; c < history.columns(); c++) {
            if ((c < common ? c : c - common) % every == 0) {
                Label l = small(Integer.toString(history.token(c)));
                l.setLayoutX(layout.x(c) + layout.cellWidth() / 2.0 - 3.2 * l.getText().length());
                columnLabels.getChildren().add(l);
            }
        }
        if (common > 0) {
            group("CT", layout.x(0), layout.x(common - 1) + layout.cellWidth());
        }
        if (common < history.columns()) {
            group("DT, P(l|n) ↑", layout.x(common), layout.x(history.columns() - 1) + layout.cellWidth());
        }
    }

    private Label rowLabel(int r) {
        Label l = small(String.format(Locale.ROOT, "%,d", history.steps()[r]));
        if (r == history.shownRow()) {
            l.setFont(Font.font(null, FontWeight.BOLD, 10));
            l.setText("▸ " + l.getText());
        }
        l.setAlignment(Pos.CENTER_RIGHT);
        l.setPrefWidth(ROW_LABELS - 4);
        l.setLayoutY(LABEL_ROW + rowCentre(r) - 7);
        return l;
    }

    private double rowCentre(int r) {
        return layout.y(r) + layout.rowHeight() / 2.0;
    }

    private void group(String text, double from, double to) {
        Label l = small(text);
        l.setAlignment(Pos.CENTER);
        l.setLayoutX(from);
        l.setPrefWidth(to - from);
        l.setStyle("-fx-border-color: transparent transparent #888 transparent; -fx-border-width: 0 0 1 0;");
        groupLabels.getChildren().add(l);
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setFont(Font.font(10));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private void legend() {
        if (history.top() == legendTop) {
            return;
        }
        legendTop = history.top();
        String top = String.format(Locale.ROOT, "%.2f", legendTop);
        legendBox.getChildren().setAll(PaletteLegend.of(palette, 120, "0", new java.math.BigDecimal(String.format(
                Locale.ROOT, "%.3g", legendTop / 2)).stripTrailingZeros().toPlainString(), top, "Colour scale of c_n over [0, " + top + "]: the largest c_n so far, rounded up"
                + " to a multiple of 0.05 (c_n starts at P(l|n) ≤ 0.065 and stays far below 1). Grey: a frame"
                + " without the series."));
        legendBox.setPadding(new Insets(LABEL_ROW, 0, 0, 6));
    }

    private void hover(double x, double y) {
        if (layout == null) {
            return;
        }
        hoverRow = x < 0 ? -1 : layout.rowAt(y);
        hoverColumn = x < 0 ? -1 : layout.columnAt(x);
        showReadout();
    }

    private void showReadout() {
        if (history == null) {
            return;
        }
        if (hoverRow >= 0 && hoverColumn >= 0 && hoverRow < history.rows() && hoverColumn < history.columns()) {
            String cell = cellText(hoverRow, hoverColumn);
            readout.setText(cell);
            tip.setText(cell + "\n\n" + FORMULA);
            return;
        }
        int r = history.shownRow();
        int top = history.columns() - 1;
        String ct = history.commonColumns() == 0 ? "" : String.format(Locale.ROOT, " · Σ CT %.3f",
                history.commonMass(r));
        readout.setText(String.format(Locale.ROOT, "▸ step %,d%s · top DT %d: %.3f",
                history.steps()[r], ct, history.token(top), history.values()[r][top]));
        tip.setText(FORMULA);
    }

    private String cellText(int row, int column) {
        boolean common = column < history.commonColumns();
        return String.format(Locale.ROOT, "step %,d · token %d (%s) · P(l|n) = %.4f · c_n = %.4f",
                history.steps()[row], history.token(column), common ? "common" : "distinct",
                history.probability(column), history.values()[row][column]);
    }

    Canvas canvas() {
        return canvas;
    }

    ScanHistory history() {
        return history;
    }

    double[] cellCentre(int row, int column) {
        return new double[] {layout.x(column) + layout.cellWidth() / 2.0, layout.y(row) + layout.rowHeight() / 2.0};
    }

    String readout() {
        return readout.getText();
    }
}
