package tdlab.ui.sidebar;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import tdlab.ui.controls.IntSpinner;

/**
 * A Data section's read-only table of one chosen item (a class's P(l | n), a query's order) under the spinner that
 * chooses it; the spinner follows the view model's choice and its range follows the data.
 */
final class ChosenTable {
    private ChosenTable() {
    }

    /**
     * @param first     the smallest choice (1 for classes, 0 for token ids)
     * @param count     how many there are; the largest choice is first + count − 1
     * @param columns   the table's columns, see {@link #column}
     */
    static <R> VBox of(String label, double labelWidth, String chooserId, String chooserTip, int first,
                       IntegerProperty shown, ReadOnlyIntegerProperty count, String tableId, ObservableList<R> rows,
                       String tableTip, List<TableColumn<R, ?>> columns) {
        Spinner<Integer> chosen = IntSpinner.of(first, Math.max(first, first + count.get() - 1), shown.get());
        chosen.setId(chooserId);
        chosen.setPrefWidth(80);
        chosen.setTooltip(new Tooltip(chooserTip));
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) chosen.getValueFactory();
        chosen.valueProperty().addListener((o, a, b) -> shown.set(b));
        shown.addListener((o, a, b) -> factory.setValue(b.intValue()));
        count.addListener((o, a, b) -> factory.setMax(first + b.intValue() - 1));
        TableView<R> table = new TableView<>(rows);
        table.setId(tableId);
        table.setEditable(false);
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(columns);
        table.setTooltip(new Tooltip(tableTip));
        return new VBox(4, Fields.labelled(label, chosen, labelWidth), table);
    }

    static <R, T> TableColumn<R, T> column(String title, Function<R, T> value) {
        TableColumn<R, T> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
