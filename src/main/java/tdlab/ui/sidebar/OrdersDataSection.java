package tdlab.ui.sidebar;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.OrdersDraft.Field;

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
        return ChosenTable.of("order of query", LABEL_WIDTH, "po-query",
                "The query q (a token, 0 … K − 1) whose hidden order the table shows.", 0,
                model.shownQueryProperty(), model.queryCountProperty(), "po-order", model.rows(),
                "The query's tokens from its highest priority (rank 1) down: a sentence with this query is labelled"
                        + " n(x*), the collocation of its highest-ranked token x*.",
                List.of(ChosenTable.column("rank", OrdersDataModel.Row::rank),
                        ChosenTable.column("x", OrdersDataModel.Row::token),
                        ChosenTable.column("n(x)", OrdersDataModel.Row::collocation)));
    }

    /** A labelled text field committed on Enter or focus loss, with its refusal message underneath. */
    private VBox field(Field f, String tip) {
        String id = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Fields.checkedText(f.label(), LABEL_WIDTH, "po-" + id, "po-error-" + id, tip, model.textProperty(f),
                model.errorProperty(f), text -> model.set(f, text));
    }
}
