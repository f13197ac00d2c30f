package tdlab.ui;

import java.util.EnumMap;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import tdlab.task.ConfigException;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;

/**
 * The editable copy of S6's partial orders (the Data section), part of the {@link ConfigDraft}. Every field is
 * text: text that does not make a valid task is recorded against the field with the task's own message (its field
 * path first, e.g. "task.shift_max_length: must be an integer in [shift_min_length = 4, vocab = 12], got 3") and
 * leaves the last valid task in place, so nothing invalid reaches {@link #build()}. The ranges are spelled once, in
 * {@link PartialOrdersTask} (building it draws its sets, so a shift set that cannot be drawn is refused here too).
 */
public final class OrdersDraft {
    /** The edited fields in form order, with the preset key they stand for. */
    public enum Field {
        VOCAB("vocab"),
        TRAIN_SENTENCES("train_sentences"),
        MAX_LENGTH("max_length"),
        SHIFT_SENTENCES("shift_sentences"),
        SHIFT_MIN_LENGTH("shift_min_length"),
        SHIFT_MAX_LENGTH("shift_max_length"),
        SEED("seed");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The words the form shows for the field. */
        public String label() {
            return FieldLabels.label(path(), PartialOrdersTask.TYPE);
        }

        /** The field's path in a preset, "task.max_length". */
        public String path() {
            return "task." + key;
        }
    }

    private PartialOrdersTask task;
    /** The drawn sets of {@link #task}, kept: drawing them again for every look is not free. */
    private OrdersData data;
    private final ObservableMap<Field, ConfigException> errors =
            FXCollections.observableMap(new EnumMap<>(Field.class));
    /** Counts changes of the valid task, so a form can show the values again after a reset. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Back to this task, without errors. */
    void reset(PartialOrdersTask t) {
        task = t;
        data = null;
        errors.clear();
        revision.set(revision.get() + 1);
    }

    /** The valid task the fields stand for (the last valid value of a field with an error); null before any. */
    public PartialOrdersTask task() {
        return task;
    }

    /** The collocation, orders and sentences of {@link #task()}, drawn once per task; null before any. */
    public OrdersData data() {
        if (data == null && task != null) {
            data = task.data();
        }
        return data;
    }

    /** The field's current valid value as the form shows it. */
    public String text(Field f) {
        PartialOrdersTask t = task;
        return switch (f) {
            case VOCAB -> Integer.toString(t.vocab());
            case TRAIN_SENTENCES -> Integer.toString(t.trainSentences());
            case MAX_LENGTH -> Integer.toString(t.maxLength());
            case SHIFT_SENTENCES -> Integer.toString(t.shiftSentences());
            case SHIFT_MIN_LENGTH -> Integer.toString(t.shiftMinLength());
            case SHIFT_MAX_LENGTH -> Integer.toString(t.shiftMaxLength());
            case SEED -> Long.toString(t.seed());
        };
    }

    /**
     * Takes the field's text if it makes a valid task; otherwise records why (shown next to the field) and keeps
     * the task as it was. Returns whether the text was taken.
     */
    public boolean set(Field f, String text) {
        if (task == null) {
            return false;
        }
        String s = text.strip();
        try {
            PartialOrdersTask next = with(f, whole(f, s));
            errors.remove(f);
            change(next);
            return true;
        } catch (ConfigException e) {
            errors.put(f, e);
        }
        return false;
    }

    /** A whole task at once (S6a's data), the refusals dropped. */
    public void setTask(PartialOrdersTask t) {
        errors.clear();
        change(t);
    }

    /** Field → the task's refusal of its last text. */
    public ObservableMap<Field, ConfigException> errors() {
        return errors;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The edited task; throws the first refusal (in form order) when a field's text was refused. */
    PartialOrdersTask build() {
        ConfigException first = errors.values().stream().findFirst().orElse(null); // EnumMap: form order
        if (first != null) {
            throw first;
        }
        return task;
    }

    /** The task with one field replaced by {@code n}. */
    private PartialOrdersTask with(Field f, long n) {
        PartialOrdersTask t = task;
        int i = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)); // the task refuses it, in range
        return new PartialOrdersTask(
                f == Field.VOCAB ? i : t.vocab(),
                f == Field.TRAIN_SENTENCES ? i : t.trainSentences(),
                f == Field.MAX_LENGTH ? i : t.maxLength(),
                f == Field.SHIFT_SENTENCES ? i : t.shiftSentences(),
                f == Field.SHIFT_MIN_LENGTH ? i : t.shiftMinLength(),
                f == Field.SHIFT_MAX_LENGTH ? i : t.shiftMaxLength(),
                f == Field.SEED ? n : t.seed());
    }

    private void change(PartialOrdersTask next) {
        if (!next.equals(task)) {
            task = next;
            data = null;
            revision.set(revision.get() + 1);
        }
    }

    private static long whole(Field f, String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ConfigException(f.path(), "must be a whole number, got \"" + s + "\"");
        }
    }
}
