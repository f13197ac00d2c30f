package tdlab.ui.sidebar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import tdlab.task.ConfigException;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.FieldLabels;
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
    private final Map<Field, ReadOnlyStringWrapper> texts = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper queryCount = new ReadOnlyIntegerWrapper(2);
    /** The query whose order the table shows, a token id 0 … K − 1 as the order panel counts it. */
    private final IntegerProperty shownQuery = new SimpleIntegerProperty(0);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public OrdersDataModel(OrdersDraft draft) {
        this.draft = draft;
        for (Field f : Field.values()) {
            texts.put(f, new ReadOnlyStringWrapper());
            errors.put(f, new ReadOnlyStringWrapper());
        }
        draft.revisionProperty().addListener(o -> taskChanged());
        draft.errors().addListener((MapChangeListener<Field, ConfigException>) c -> errorsChanged());
        shownQuery.addListener(o -> fillRows());
        taskChanged();
        errorsChanged();
    }

    /** The user's text for a field: taken into the draft, or refused with the field's message. */
    public void set(Field f, String text) {
        // leaving a field unchanged is no edit; typing back the valid value after a refusal clears the message
        if (draft.errors().containsKey(f) || !text.strip().equals(texts.get(f).get())) {
            draft.set(f, text);
        }
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
        for (Field f : Field.values()) {
            texts.get(f).set(draft.text(f));
        }
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

    private void errorsChanged() {
        for (Field f : Field.values()) {
            ConfigException e = draft.errors().get(f);
            errors.get(f).set(e == null ? null : FieldLabels.message(e, PartialOrdersTask.TYPE));
        }
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
        return texts.get(f).getReadOnlyProperty();
    }

    /** The task's refusal of the field's last text in the sidebar's words; null while the text stands. */
    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
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
