package tdlab.ui;

import tdlab.task.classes.SequenceClassesTask;

/**
 * The editable copy of Scan and Snap's sequence classes (the Data section of S4), part of the {@link ConfigDraft}.
 * Every field is text: text that does not make a valid task is recorded against the field with the task's own
 * message (its field path first, e.g. "task.distinct_max: must be in [distinct_min = 0.5, 1e6], got 0.2") and
 * leaves the last valid task in place, so nothing invalid reaches {@link #build()}. The ranges are spelled once,
 * in {@link SequenceClassesTask}.
 */
public final class SequenceClassesDraft
        extends TaskFieldsDraft<SequenceClassesDraft.Field, SequenceClassesTask> {
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

    public SequenceClassesDraft() {
        super(Field.class);
    }

    @Override
    public Field[] fields() {
        return Field.values();
    }

    @Override
    public String taskType() {
        return SequenceClassesTask.TYPE;
    }

    @Override
    public String text(Field f) {
        SequenceClassesTask t = task();
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

    /** One of the paper's layouts (Syn-Small, Syn-Medium): every field at once, the refusals dropped. */
    public void setLayout(SequenceClassesTask layout) {
        setAll(layout);
    }

    @Override
    protected SequenceClassesTask with(Field f, String s) {
        if (!f.whole()) {
            return with(f, 0, decimal(f.path(), s));
        }
        long n = whole(f.path(), s);
        return with(f, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)), 0); // refused in range
    }

    /** The task with one field replaced: {@code n} for the whole-number fields, {@code x} for the weights. */
    private SequenceClassesTask with(Field f, int n, double x) {
        SequenceClassesTask t = task();
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
}
