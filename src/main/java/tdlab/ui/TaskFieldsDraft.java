package tdlab.ui;

import java.util.EnumMap;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import tdlab.task.ConfigException;

/**
 * The editable copy of a family's task whose form is one text field per task field (S4's sequence classes, S6's
 * partial orders). Text that does not make a valid task is recorded against its field with the task's own message
 * and leaves the last valid task in place, so nothing invalid reaches {@link #build()}; the ranges are spelled once,
 * in the task record. A subclass says how one field's text makes the next task.
 *
 * @param <F> the form's fields, in form order
 * @param <T> the task record
 */
public abstract class TaskFieldsDraft<F extends Enum<F>, T> {
    private T task;
    private final ObservableMap<F, ConfigException> errors;
    /** Counts changes of the valid task, so a form can show the values again after a reset. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    TaskFieldsDraft(Class<F> fields) {
        errors = FXCollections.observableMap(new EnumMap<>(fields));
    }

    /** The current task with field {@code f} set from its stripped text; a ConfigException when it is no task. */
    protected abstract T with(F f, String text);

    /** The field's current valid value as the form shows it. */
    public abstract String text(F f);

    /** The form's fields in form order. */
    public abstract F[] fields();

    /** The task family's {@code task.type}: the words of its form ({@link FieldLabels#label(String, String)}). */
    public abstract String taskType();

    /** Called after the valid task changed (a subclass drops what it derived from the old one). */
    protected void taskChanged() {
    }

    /** Back to this task, without errors. */
    void reset(T t) {
        task = t;
        errors.clear();
        taskChanged();
        revision.set(revision.get() + 1);
    }

    /** The valid task the fields stand for (the last valid value of a field with an error); null before any. */
    public T task() {
        return task;
    }

    /**
     * Takes the field's text if it makes a valid task; otherwise records why (shown next to the field) and keeps
     * the task as it was. Returns whether the text was taken.
     */
    public boolean set(F f, String text) {
        if (task == null) {
            return false;
        }
        try {
            T next = with(f, text.strip());
            errors.remove(f);
            change(next);
            return true;
        } catch (ConfigException e) {
            errors.put(f, e);
        }
        return false;
    }

    /** A whole task at once (a paper's setting), the refusals dropped. */
    void setAll(T t) {
        errors.clear();
        change(t);
    }

    /** Field → the task's refusal of its last text. */
    public ObservableMap<F, ConfigException> errors() {
        return errors;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The edited task; throws the first refusal (in form order) when a field's text was refused. */
    T build() {
        ConfigException first = errors.values().stream().findFirst().orElse(null); // EnumMap: form order
        if (first != null) {
            throw first;
        }
        return task;
    }

    private void change(T next) {
        if (!next.equals(task)) {
            task = next;
            taskChanged();
            revision.set(revision.get() + 1);
        }
    }

    /** A whole number, or a refusal naming the field. */
    static long whole(String path, String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ConfigException(path, "must be a whole number, got \"" + s + "\"");
        }
    }

    /** Four decimals where that is exact ("0.1", "1"), else every digit: showing a value must not change it. */
    static String decimalText(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return Double.parseDouble(s) == v ? s : Double.toString(v);
    }

    /** A decimal number (a comma taken as the point), or a refusal naming the field. */
    static double decimal(String path, String s) {
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ConfigException(path, "must be a number, got \"" + s + "\"");
        }
    }
}
