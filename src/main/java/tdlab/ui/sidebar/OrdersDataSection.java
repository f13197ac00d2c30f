package tdlab.ui.sidebar;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import tdlab.task.orders.OrderKind;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.OrdersDraft.Field;

/**
 * The Data section for S6's partial orders: K, the training and shift sets' sizes and lengths, the kind of order and
 * a random DAG's edge probability (disabled for priorities) and the data seed,
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
                        + " hidden order over all K. The model's vocabulary follows it."),
                field(Field.TRAIN_SENTENCES, "Training sentences, drawn once; a full batch (batch = this number) is"
                        + " the paper's gradient descent and follows it."),
                field(Field.MAX_LENGTH, "The longest training sentence in tokens, the query included (2 … K: a"
                        + " sentence's tokens are distinct); lengths are uniform from 2."),
                field(Field.SHIFT_SENTENCES, "Held-out sentences whose answer follows from the training sentences by"
                        + " transitivity (the validation set); refused if that many cannot be drawn."),
                field(Field.SHIFT_MIN_LENGTH, "The shortest shift sentence (2 … K)."),
                field(Field.SHIFT_MAX_LENGTH, "The longest shift sentence (shift shortest … K)."),
                orderChoice(), edgeProbability(),
                field(Field.SEED, "Seed of the collocation, the orders and both sets."),
                summary, orderTable());
    }

    /** Random priorities or a random DAG, committed on choice (a refusal shows under it). */
    private VBox orderChoice() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("po-order-kind");
        for (OrderKind k : OrderKind.values()) {
            box.getItems().add(k.key());
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : OrdersDataModel.words(OrderKind.of(key, Field.ORDER.path()));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        box.setValue(model.textProperty(Field.ORDER).get());
        box.setTooltip(new Tooltip("How each query's hidden order is drawn. Random priorities: a random permutation,"
                + " a total order, so every sentence has a highest token. Random DAG: a random topological order,"
                + " each later token below an earlier one with the edge probability, closed under transitivity: a"
                + " partial order in which some tokens are incomparable; only sentences with one token above all"
                + " the others are drawn."));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.set(Field.ORDER, b);
            }
        });
        model.textProperty(Field.ORDER).addListener((o, a, b) -> box.setValue(b));
        return new VBox(2, Fields.labelled(Field.ORDER.label(), box, LABEL_WIDTH),
                Fields.errorText("po-error-order", model.errorProperty(Field.ORDER)));
    }

    /** The edge probability of a random DAG, disabled while the orders are priorities (which do not use it). */
    private VBox edgeProbability() {
        VBox f = field(Field.EDGE_PROBABILITY, "A random DAG's chance p ∈ (0, 1] that a token is directly above each"
                + " later token of its random topological order; p = 1 is a total order, smaller p leaves more pairs"
                + " incomparable (and fewer sentences with a single highest token: too small is refused). Unused by"
                + " random priorities.");
        f.disableProperty().bind(model.dagProperty().not());
        return f;
    }

    /** The query chooser and its order's rows. */
    private VBox orderTable() {
        return ChosenTable.of("order of query", LABEL_WIDTH, "po-query",
                "The query q (a token, 0 … K − 1) whose hidden order the table shows.", 0,
                model.shownQueryProperty(), model.queryCountProperty(), "po-order", model.rows(),
                "The query's tokens by level: level 1 has no token above it, level n + 1 sits directly below a token of"
                        + " level n. Random priorities: one token per level, the ranking. Random DAG: tokens of one"
                        + " level are incomparable; 'below' lists the tokens directly under each (x ≻ v, nothing"
                        + " between), the rest follows by transitivity. A sentence with this query is labelled n(x*),"
                        + " the collocation of its token x* above all its others.",
                List.of(ChosenTable.column("level", OrdersDataModel.Row::level),
                        ChosenTable.column("x", OrdersDataModel.Row::token),
                        ChosenTable.column("n(x)", OrdersDataModel.Row::collocation),
                        ChosenTable.column("below", OrdersDataModel.Row::below)));
    }

    /** A labelled text field committed on Enter or focus loss, with its refusal message underneath. */
    private VBox field(Field f, String tip) {
        String id = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Fields.checkedText(f.label(), LABEL_WIDTH, "po-" + id, "po-error-" + id, tip, model.textProperty(f),
                model.errorProperty(f), text -> model.set(f, text));
    }
}
