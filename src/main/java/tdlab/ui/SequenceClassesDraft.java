package tdlab.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import tdlab.task.ConfigException;
import tdlab.task.classes.SequenceClassesTask;

/**
 * The editable copy of Scan and Snap's sequence classes (the Data section of S4), part of the {@link ConfigDraft}.
 * Every field is text: text that does not make a valid task is recorded against the field with the task's own
 * message (its field path first, e.g. "task.distinct_max: must be in [distinct_min = 0.5, 1e6], got 0.2") and
 * leaves the last valid task in place, so nothing invalid reaches {@link #build()}. The ranges are spelled once,
 * in {@link SequenceClassesTask}.
 */
public final class SequenceClassesDraft {
    /** The edited fields in form order, with the preset key they stand for. */
    public enum Field {
        QUERIES("queries", true),
        NEXT_PER_QUERY("next_per_query", true),
        COMMON("common", true),
        COMMON_PER_QUERY("common_per_query", true),
        DISTINCT_PER_CLASS("distinct_per_class", true),
        COMMON_WEIGHT("common_weight", false),
        DISTINCT_MIN("distinct_min", false),
        DISTINCT_MAX("distinct_max", false);

        private final String key;
        private final boolean whole;

        Field(String key, boolean whole) {
            this.key = key;
            this.whole = whole;
        }

        /** The words the form shows for the field. */
        public String label() {
            return FieldLabels.label(path());
        }

        /** The field's path in a preset, "task.next_per_query". */
        public String path() {
            return "task." + key;
        }

        /** A count (parsed as a whole number) rather than an unnormalised probability. */
        boolean whole() {
            return whole;
        }
    }

    private SequenceClassesTask task;
    private final ObservableMap<Field, ConfigException> errors =
            FXCollections.observableMap(new EnumMap<>(Field.class));
    /** Counts changes of the valid task, so a form can show the values again after a reset. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Back to this task, without errors. */
    void reset(SequenceClassesTask t) {
        task = t;
        errors.clear();
        revision.set(revision.get() + 1);
    }

    /** The valid task the fields stand for (the last valid value of a field with an error); null before any. */
    public SequenceClassesTask task() {
        return task;
    }

    /** The field's current valid value as the form shows it. */
    public String text(Field f) {
        SequenceClassesTask t = task;
        return switch (f) {
            case QUERIES -> Integer.toString(t.queries());
            case NEXT_PER_QUERY -> Integer.toString(t.nextPerQuery());
            case COMMON -> Integer.toString(t.common());
            case COMMON_PER_QUERY -> Integer.toString(t.commonPerQuery());
            case DISTINCT_PER_CLASS -> Integer.toString(t.distinctPerClass());
            case COMMON_WEIGHT -> decimalText(t.commonWeight());
            case DISTINCT_MIN -> decimalText(t.distinctMin());
            case DISTINCT_MAX -> decimalText(t.distinctMax());
        };
    }

    /**
     * Takes the field's text if it makes a valid task; otherwise records why (shown next to the field) and keeps
     * the task as it was. Returns whether the text was taken.
     */
    public boolean set(Field f, String text) {
        String s = text.strip();
        try {
            SequenceClassesTask next = f.whole() ? with(f, whole(f, s), 0) : with(f, 0, decimal(f, s));
            errors.remove(f);
            change(next);
            return true;
        } catch (ConfigException e) {
            errors.put(f, e);
        }
        return false;
    }

    /** One of the paper's layouts (Syn-Small, Syn-Medium): every field at once, the refusals dropped. */
    public void setLayout(SequenceClassesTask layout) {
        errors.clear();
        change(layout);
    }

    /** Field → the task's refusal of its last text. */
    public ObservableMap<Field, ConfigException> errors() {
        return errors;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The edited task; throws the first refusal (in form order) when a field's text was refused. */
    SequenceClassesTask build() {
        ConfigException first = errors.values().stream().findFirst().orElse(null); // EnumMap: form order
        if (first != null) {
            throw first;
        }
        return task;
    }

    /** The task with one field replaced: {@code n} for the whole-number fields, {@code x} for the weights. */
    private SequenceClassesTask with(Field f, int n, double x) {
        SequenceClassesTask t = task;
        return new SequenceClassesTask(
                f == Field.QUERIES ? n : t.queries(),
                f == Field.NEXT_PER_QUERY ? n : t.nextPerQuery(),
                f == Field.COMMON ? n : t.common(),
                f == Field.COMMON_PER_QUERY ? n : t.commonPerQuery(),
                f == Field.DISTINCT_PER_CLASS ? n : t.distinctPerClass(),
                f == Field.COMMON_WEIGHT ? x : t.commonWeight(),
                f == Field.DISTINCT_MIN ? x : t.distinctMin(),
                f == Field.DISTINCT_MAX ? x : t.distinctMax());
    }

    private void change(SequenceClassesTask next) {
        if (!next.equals(task)) {
            task = next;
            revision.set(revision.get() + 1);
        }
    }

    private static int whole(Field f, String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ConfigException(f.path(), "must be a whole number, got \"" + s + "\"");
        }
    }

    private static double decimal(Field f, String s) {
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ConfigException(f.path(), "must be a number, got \"" + s + "\"");
        }
    }

    /** Four decimals where that is exact ("0.1", "1"), else every digit: showing a value must not change it. */
    private static String decimalText(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return Double.parseDouble(s) == v ? s : Double.toString(v);
    }
}
