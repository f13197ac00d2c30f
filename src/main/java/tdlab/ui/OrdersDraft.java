package tdlab.ui;

import tdlab.task.orders.OrderKind;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;

/**
 * The editable copy of S6's partial orders (the Data section), part of the {@link ConfigDraft}. Every field is
 * text: text that does not make a valid task is recorded against the field with the task's own message (its field
 * path first, e.g. "task.shift_max_length: must be an integer in [shift_min_length = 4, vocab = 12], got 3") and
 * leaves the last valid task in place, so nothing invalid reaches {@link #build()}. The ranges are spelled once, in
 * {@link PartialOrdersTask} (building it draws its sets, so a shift set that cannot be drawn is refused here too).
 */
public final class OrdersDraft extends TaskFieldsDraft<OrdersDraft.Field, PartialOrdersTask> {
    /** The edited fields in form order, with the preset key they stand for. */
    public enum Field {
        VOCAB("vocab"),
        TRAIN_SENTENCES("train_sentences"),
        MAX_LENGTH("max_length"),
        SHIFT_SENTENCES("shift_sentences"),
        SHIFT_MIN_LENGTH("shift_min_length"),
        SHIFT_MAX_LENGTH("shift_max_length"),
        /** "priorities" or "random_dag" ({@link OrderKind#key()}), the form's choice. */
        ORDER("order"),
        EDGE_PROBABILITY("edge_probability"),
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

    /** The drawn sets of the task, kept: drawing them again for every look is not free. */
    private OrdersData data;

    public OrdersDraft() {
        super(Field.class);
    }

    @Override
    protected void taskChanged() {
        data = null;
    }

    /** The collocation, orders and sentences of {@link #task()}, drawn once per task; null before any. */
    public OrdersData data() {
        if (data == null && task() != null) {
            data = task().data();
        }
        return data;
    }

    @Override
    public Field[] fields() {
        return Field.values();
    }

    @Override
    public String taskType() {
        return PartialOrdersTask.TYPE;
    }

    @Override
    public String text(Field f) {
        PartialOrdersTask t = task();
        return switch (f) {
            case VOCAB -> Integer.toString(t.vocab());
            case TRAIN_SENTENCES -> Integer.toString(t.trainSentences());
            case MAX_LENGTH -> Integer.toString(t.maxLength());
            case SHIFT_SENTENCES -> Integer.toString(t.shiftSentences());
            case SHIFT_MIN_LENGTH -> Integer.toString(t.shiftMinLength());
            case SHIFT_MAX_LENGTH -> Integer.toString(t.shiftMaxLength());
            case ORDER -> t.order().key();
            case EDGE_PROBABILITY -> decimalText(t.edgeProbability());
            case SEED -> Long.toString(t.seed());
        };
    }

    /** A whole task at once (S6a's data), the refusals dropped. */
    public void setTask(PartialOrdersTask t) {
        setAll(t);
    }

    @Override
    protected PartialOrdersTask with(Field f, String s) {
        PartialOrdersTask t = task();
        return switch (f) {
            case ORDER -> t.withOrder(OrderKind.of(s, f.path()), t.edgeProbability());
            case EDGE_PROBABILITY -> t.withOrder(t.order(), decimal(f.path(), s));
            default -> with(f, whole(f.path(), s));
        };
    }

    /** The task with one field replaced by {@code n}. */
    private PartialOrdersTask with(Field f, long n) {
        PartialOrdersTask t = task();
        int i = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)); // the task refuses it, in range
        return new PartialOrdersTask(
                f == Field.VOCAB ? i : t.vocab(),
                f == Field.TRAIN_SENTENCES ? i : t.trainSentences(),
                f == Field.MAX_LENGTH ? i : t.maxLength(),
                f == Field.SHIFT_SENTENCES ? i : t.shiftSentences(),
                f == Field.SHIFT_MIN_LENGTH ? i : t.shiftMinLength(),
                f == Field.SHIFT_MAX_LENGTH ? i : t.shiftMaxLength(),
                t.order(), t.edgeProbability(),
                f == Field.SEED ? n : t.seed());
    }
}
