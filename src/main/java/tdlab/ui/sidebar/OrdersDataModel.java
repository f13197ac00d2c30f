package tdlab.ui.sidebar;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tdlab.task.orders.OrderKind;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.OrdersDraft;
import tdlab.ui.OrdersDraft.Field;

/**
 * The view model of the partial orders' Data section (S6), over the draft's {@link OrdersDraft}: each field's text
 * and its refusal, the order's kind (random priorities or a random DAG, whose edge probability is editable only then),
 * the line "K = … tokens; … training sentences of length 2–…; … shift sentences of length …–…; orders: …", and a
 * chosen query's order as table rows: its tokens by level (a total order's rank; a DAG's row of its Hasse diagram),
 * each with its collocation and the tokens directly below it. The section's controls only bind to these and pass the
 * user's text back through {@link #set}.
 */
public final class OrdersDataModel {
    /**
     * One row of the order table: the level (1 = nothing above; a total order's rank), the token, its collocation
     * n(x) and the tokens directly below it ("3, 7"; "" for none).
     */
    public record Row(int level, int token, int collocation, String below) {
    }

    /** The form's words for each kind of order, in choice order. */
    public static String words(OrderKind kind) {
        return switch (kind) {
            case PRIORITIES -> "random priorities";
            case RANDOM_DAG -> "random DAG";
        };
    }

    private final OrdersDraft draft;
    private final FieldTexts<Field> fields;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper dag = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper queryCount = new ReadOnlyIntegerWrapper(2);
    /** The query whose order the table shows, a token id 0 … K − 1 as the order panel counts it. */
    private final IntegerProperty shownQuery = new SimpleIntegerProperty(0);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public OrdersDataModel(OrdersDraft draft) {
        this.draft = draft;
        this.fields = new FieldTexts<>(draft);
        draft.revisionProperty().addListener(o -> taskChanged());
        shownQuery.addListener(o -> fillRows());
        taskChanged();
    }

    /** The user's text for a field: taken into the draft, or refused with the field's message. */
    public void set(Field f, String text) {
        fields.set(f, text);
    }

    /** S6a's data, every field at once (the refusals dropped). */
    public void s6a() {
        draft.setTask(s6aTask());
    }

    /** The task of presets/s6a-two-stage-one-hot.json: S6's data with data seed 0 ({@link PartialOrdersTask#s6}). */
    static PartialOrdersTask s6aTask() {
        return PartialOrdersTask.s6(0);
    }

    private void taskChanged() {
        PartialOrdersTask t = draft.task();
        if (t == null) {
            return; // the draft holds no partial orders (another family is loaded)
        }
        fields.taskChanged();
        dag.set(t.order() == OrderKind.RANDOM_DAG);
        summary.set("K = " + t.vocab() + " tokens; " + t.trainSentences() + " training sentences of length "
                + range(PartialOrdersTask.MIN_LENGTH, t.maxLength()) + "; " + t.shiftSentences()
                + " shift sentences of length " + range(t.shiftMinLength(), t.shiftMaxLength()) + "; orders: "
                + orders(t, draft.data()));
        queryCount.set(t.vocab());
        if (shownQuery.get() > t.vocab() - 1) {
            shownQuery.set(t.vocab() - 1); // fills the rows through its listener
        } else {
            fillRows();
        }
    }

    /** "random priorities (total)" or "random DAG, p = 0.3: 52% of token pairs comparable". */
    private String orders(PartialOrdersTask t, OrdersData d) {
        if (t.order() == OrderKind.PRIORITIES) {
            return words(t.order()) + " (total)";
        }
        return String.format(Locale.ROOT, "%s, p = %s: %.0f%% of token pairs comparable", words(t.order()),
                draft.text(Field.EDGE_PROBABILITY), 100 * d.comparableShare());
    }

    private static String range(int lo, int hi) {
        return lo == hi ? Integer.toString(lo) : lo + "–" + hi;
    }

    private void fillRows() {
        OrdersData d = draft.data();
        if (d == null) {
            return;
        }
        int q = Math.max(0, Math.min(shownQuery.get(), d.vocab() - 1));
        int[] ranked = d.ranking(q);
        List<Row> out = new ArrayList<>(ranked.length);
        for (int x : ranked) {
            String below = Arrays.stream(d.directlyBelow(q, x)).mapToObj(Integer::toString)
                    .collect(Collectors.joining(", "));
            out.add(new Row(d.level(q, x), x, d.collocation(x), below));
        }
        rows.setAll(out);
    }

    /** The field's current valid value as text. */
    public ReadOnlyStringProperty textProperty(Field f) {
        return fields.text(f);
    }

    /** The task's refusal of the field's last text in the sidebar's words; null while the text stands. */
    public ReadOnlyStringProperty errorProperty(Field f) {
        return fields.error(f);
    }

    /** "K = 12 tokens; 300 training sentences of length 2–6; 300 shift sentences of length 4–8". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the orders are a random DAG's (the edge probability is then in use). */
    public ReadOnlyBooleanProperty dagProperty() {
        return dag.getReadOnlyProperty();
    }

    /** K: the queries are the tokens 0 … K − 1. */
    public ReadOnlyIntegerProperty queryCountProperty() {
        return queryCount.getReadOnlyProperty();
    }

    /** The query (0 … K − 1) whose order the table shows. */
    public IntegerProperty shownQueryProperty() {
        return shownQuery;
    }

    /** The shown query's tokens by level (a linear extension of its order), with their collocations. */
    public ObservableList<Row> rows() {
        return rows;
    }
}
