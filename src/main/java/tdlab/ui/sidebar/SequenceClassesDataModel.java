package tdlab.ui.sidebar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.ui.SequenceClassesDraft;
import tdlab.ui.SequenceClassesDraft.Field;

/**
 * The view model of the sequence classes' Data section (S4), over the draft's {@link SequenceClassesDraft}: each
 * field's text and its refusal, the line "M = … tokens, K = … classes", and P(l | n) of a chosen class as table
 * rows. The section's controls only bind to these and pass the user's text back through {@link #set}.
 */
public final class SequenceClassesDataModel {
    /** One row of the P(l | n) table, already in the words and digits the table shows. */
    public record Row(int token, String role, String probability) {
    }

    private final SequenceClassesDraft draft;
    private final FieldTexts<Field> fields;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper classCount = new ReadOnlyIntegerWrapper(1);
    /** The class the table shows, 1-based as the paper counts (class 1 is the Fig. 4 heat map's). */
    private final IntegerProperty shownClass = new SimpleIntegerProperty(1);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public SequenceClassesDataModel(SequenceClassesDraft draft) {
        this.draft = draft;
        this.fields = new FieldTexts<>(draft);
        draft.revisionProperty().addListener(o -> taskChanged());
        shownClass.addListener(o -> fillRows());
        taskChanged();
    }

    /** The user's text for a field: taken into the draft, or refused with the field's message. */
    public void set(Field f, String text) {
        fields.set(f, text);
    }

    /** The paper's Fig. 4 layout: 2 queries, one class each, 10 CTs, 10 DTs per class (M = 34). */
    public void synSmall() {
        draft.setLayout(SequenceClassesTask.synSmall());
    }

    /** The paper's Fig. 6 layout with the current number of queries: 2 classes per query, 10 CTs, 10 DTs each. */
    public void synMedium() {
        SequenceClassesTask t = draft.task();
        draft.setLayout(SequenceClassesTask.synMedium(t == null ? 1 : t.queries()));
    }

    private void taskChanged() {
        SequenceClassesTask t = draft.task();
        if (t == null) {
            return; // the draft holds no sequence classes (another family is loaded)
        }
        fields.taskChanged();
        summary.set("M = " + t.vocab() + " tokens, K = " + t.classes() + " classes");
        classCount.set(t.classes());
        if (shownClass.get() > t.classes()) {
            shownClass.set(t.classes()); // fills the rows through its listener
        } else {
            fillRows();
        }
    }

    private void fillRows() {
        SequenceClassesTask t = draft.task();
        if (t == null) {
            return;
        }
        SequenceClass c = t.sequenceClass(Math.max(1, Math.min(shownClass.get(), t.classes())) - 1);
        List<Row> out = new ArrayList<>(c.tokens().length);
        for (int i = 0; i < c.tokens().length; i++) {
            out.add(new Row(c.tokens()[i], i < c.commonCount() ? "CT" : "DT",
                    String.format(Locale.ROOT, "%.4f", c.probs()[i])));
        }
        rows.setAll(out);
    }

    /** The field's current valid value as text. */
    public ReadOnlyStringProperty textProperty(Field f) {
        return fields.text(f);
    }

    /** The task's refusal of the field's last text, its field path first; null while the text stands. */
    public ReadOnlyStringProperty errorProperty(Field f) {
        return fields.error(f);
    }

    /** "M = 34 tokens, K = 2 classes". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** K, the largest class number the table can show. */
    public ReadOnlyIntegerProperty classCountProperty() {
        return classCount.getReadOnlyProperty();
    }

    /** The class (1 … K) whose P(l | n) the table shows. */
    public IntegerProperty shownClassProperty() {
        return shownClass;
    }

    /** P(l | n) of the shown class: its common tokens, then its distinct tokens from least to most likely. */
    public ObservableList<Row> rows() {
        return rows;
    }
}
