package tdlab.ui.sidebar;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.OrdersDraft.Field;
import tdlab.ui.controls.IntSpinner;

/**
 * The Data section for S6's partial orders: K, the training and shift sets' sizes and lengths and the data seed,
 * each refused entry with its message under the field, the "S6a setting" shortcut, the line "K = …; … training
 * sentences …; … shift sentences …" and a chosen query's order as a read-only table. The {@link OrdersDataModel}
 * holds the logic; this class only lays out and binds.
 */
final class OrdersDataSection extends VBox {
    /** Wide enough for "training sentences", so the fields line up. */
    private static final double LABEL_WIDTH = 125;

    private final OrdersDataModel model;

    OrdersDataSection(OrdersDataModel model) {
        super(6);
        this.model = model;
        Label note = new Label("Paper setting reconstructed: the data recipe and constants are ours (science.md S6).");
        note.setWrapText(true);
        Button s6a = new Button("S6a setting");
        s6a.setId("po-s6a");
        PartialOrdersTask s6 = OrdersDataModel.s6aTask();
        s6a.setTooltip(new Tooltip("S6a's data (presets/s6a-two-stage-one-hot.json): K = " + s6.vocab() + " tokens, "
                + s6.trainSentences() + " training sentences of length " + PartialOrdersTask.MIN_LENGTH + "–"
                + s6.maxLength() + ", a shift set of " + s6.shiftSentences() + " sentences of length "
                + s6.shiftMinLength() + "–" + s6.shiftMaxLength() + ", data seed " + s6.seed() + "."));
        s6a.setOnAction(e -> model.s6a());
        Label summary = new Label();
        summary.setId("po-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        getChildren().addAll(note, s6a,
                field(Field.VOCAB, "K, the number of tokens (2–48): each has a collocation n(x) and, as a query, a"
                        + " hidden total order over all K. The model's vocabulary follows it."),
                field(Field.TRAIN_SENTENCES, "Training sentences, drawn once; a full batch (batch = this number) is"
                        + " the paper's gradient descent and follows it."),
                field(Field.MAX_LENGTH, "The longest training sentence in tokens, the query included (2 … K: a"
                        + " sentence's tokens are distinct); lengths are uniform from 2."),
                field(Field.SHIFT_SENTENCES, "Held-out sentences whose answer follows from the training sentences by"
                        + " transitivity (the validation set); refused if that many cannot be drawn."),
                field(Field.SHIFT_MIN_LENGTH, "The shortest shift sentence (2 … K)."),
                field(Field.SHIFT_MAX_LENGTH, "The longest shift sentence (shift shortest … K)."),
                field(Field.SEED, "Seed of the collocation, the orders and both sets."),
                summary, orderTable());
    }

    /** The query chooser and its order's rows. */
    private VBox orderTable() {
        Spinner<Integer> chosen = IntSpinner.of(0, Math.max(0, model.queryCountProperty().get() - 1),
                model.shownQueryProperty().get());
        chosen.setId("po-query");
        chosen.setPrefWidth(80);
        chosen.setTooltip(new Tooltip("The query q (a token, 0 … K − 1) whose hidden order the table shows."));
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) chosen.getValueFactory();
        chosen.valueProperty().addListener((o, a, b) -> model.shownQueryProperty().set(b));
        model.shownQueryProperty().addListener((o, a, b) -> factory.setValue(b.intValue()));
        model.queryCountProperty().addListener((o, a, b) -> factory.setMax(b.intValue() - 1));
        TableView<OrdersDataModel.Row> table = new TableView<>(model.rows());
        table.setId("po-order");
        table.setEditable(false);
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("rank", OrdersDataModel.Row::rank));
        table.getColumns().add(column("x", OrdersDataModel.Row::token));
        table.getColumns().add(column("n(x)", OrdersDataModel.Row::collocation));
        table.setTooltip(new Tooltip("The query's tokens from its highest priority (rank 1) down: a sentence with"
                + " this query is labelled n(x*), the collocation of its highest-ranked token x*."));
        return new VBox(4, Fields.labelled("order of query", chosen, LABEL_WIDTH), table);
    }

    private static <T> TableColumn<OrdersDataModel.Row, T> column(String title,
            Function<OrdersDataModel.Row, T> value) {
        TableColumn<OrdersDataModel.Row, T> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** A labelled text field committed on Enter or focus loss, with its refusal message underneath. */
    private VBox field(Field f, String tip) {
        String id = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Fields.checkedText(f.label(), LABEL_WIDTH, "po-" + id, "po-error-" + id, tip, model.textProperty(f),
                model.errorProperty(f), text -> model.set(f, text));
    }
}
