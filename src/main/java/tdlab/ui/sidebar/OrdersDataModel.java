package tdlab.ui.sidebar;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.OrdersDraft;
import tdlab.ui.OrdersDraft.Field;

/**
 * The view model of the partial orders' Data section (S6), over the draft's {@link OrdersDraft}: each field's text
 * and its refusal, the line "K = … tokens; … training sentences of length 2–…; … shift sentences of length …–…",
 * and a chosen query's order (its tokens ranked by priority, the collocation of each) as table rows. The section's
 * controls only bind to these and pass the user's text back through {@link #set}.
 */
public final class OrdersDataModel {
    /** One row of the order table: the rank (1 = highest priority), the token and its collocation n(x). */
    public record Row(int rank, int token, int collocation) {
    }

    private final OrdersDraft draft;
    private final FieldTexts<Field> fields;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
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
        summary.set("K = " + t.vocab() + " tokens; " + t.trainSentences() + " training sentences of length "
                + range(PartialOrdersTask.MIN_LENGTH, t.maxLength()) + "; " + t.shiftSentences()
                + " shift sentences of length " + range(t.shiftMinLength(), t.shiftMaxLength()));
        queryCount.set(t.vocab());
        if (shownQuery.get() > t.vocab() - 1) {
            shownQuery.set(t.vocab() - 1); // fills the rows through its listener
        } else {
            fillRows();
        }
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
        for (int i = 0; i < ranked.length; i++) {
            out.add(new Row(i + 1, ranked[i], d.collocation(ranked[i])));
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

    /** K: the queries are the tokens 0 … K − 1. */
    public ReadOnlyIntegerProperty queryCountProperty() {
        return queryCount.getReadOnlyProperty();
    }

    /** The query (0 … K − 1) whose order the table shows. */
    public IntegerProperty shownQueryProperty() {
        return shownQuery;
    }

    /** The shown query's tokens from its highest priority to its lowest, with their collocations. */
    public ObservableList<Row> rows() {
        return rows;
    }
}
