package tdlab.ui.sidebar;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import tdlab.ui.ConfigDraft;
import tdlab.ui.FieldLabels;

/**
 * The k×k transition-matrix editor (k ≤ 8). Committing a cell (Enter or leaving it) rescales the rest of
 * its row so the row sums to 1; an invalid value is marked on the cell with the reason, and the draft
 * keeps its previous matrix.
 */
final class MatrixEditor extends GridPane {
    private final ConfigDraft draft;
    private TextField[][] cells = new TextField[0][0];

    MatrixEditor(ConfigDraft draft) {
        this.draft = draft;
        setHgap(2);
        setVgap(2);
        setId("matrix-editor");
        draft.matrixProperty().addListener((o, a, b) -> refresh());
        draft.cellErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> markErrors());
        refresh();
    }

    private void rebuild(int k) {
        getChildren().clear();
        cells = new TextField[k][k];
        for (int j = 0; j < k; j++) {
            Label h = new Label("→" + j);
            h.setMinWidth(44);
            add(h, j + 1, 0);
        }
        for (int i = 0; i < k; i++) {
            add(new Label(i + ":"), 0, i + 1);
            for (int j = 0; j < k; j++) {
                TextField f = new TextField();
                f.setId("cell-" + i + "-" + j);
                f.setPrefColumnCount(4);
                f.setMaxWidth(56);
                int row = i;
                int col = j;
                f.setOnAction(e -> commit(row, col, f));
                f.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now) {
                        commit(row, col, f);
                    }
                });
                cells[i][j] = f;
                add(f, j + 1, i + 1);
            }
        }
    }

    private void commit(int i, int j, TextField f) {
        if (!f.getText().equals(format(draft.cell(i, j))) || draft.cellErrors().containsKey(i + "," + j)) {
            draft.setCell(i, j, f.getText());
        }
    }

    private void refresh() {
        int k = draft.states();
        if (cells.length != k) {
            rebuild(k);
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (!draft.cellErrors().containsKey(i + "," + j)) {
                    cells[i][j].setText(format(draft.cell(i, j)));
                }
            }
        }
        markErrors();
    }

    private void markErrors() {
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells.length; j++) {
                String err = draft.cellErrors().get(i + "," + j);
                TextField f = cells[i][j];
                f.getStyleClass().remove("invalid");
                if (err != null) {
                    f.getStyleClass().add("invalid");
                    f.setTooltip(new Tooltip(FieldLabels.label("task.matrix[" + i + "][" + j + "]") + ": " + err));
                } else {
                    f.setTooltip(new Tooltip(String.format(Locale.ROOT, "P(next = %d | current = %d). Editing it"
                            + " rescales the other entries of row %d so the row sums to 1.", j, i, i)));
                }
            }
        }
    }

    static String format(double v) {
        return Format.number(v);
    }
}
