package tdlab.family.classes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.family.TaskSection;
import tdlab.json.JsonFields;
import tdlab.task.classes.SequenceClassesTask;

/**
 * {@code "task": {"type": "sequence_classes", "layout", "queries", "next_per_query", "common", "common_per_query",
 * "distinct_per_class", "common_weight", "distinct_min", "distinct_max"}}. {@code layout} ({@code syn_small} or
 * {@code syn_medium}) fills the paper's values for the fields a preset leaves out; the writer writes every field
 * and no layout, so a written file states its data in full.
 */
final class SequenceClassesTaskSection implements TaskSection<SequenceClassesTask> {
    static final String LAYOUT = "layout";
    static final String QUERIES = "queries";
    static final String NEXT_PER_QUERY = "next_per_query";
    static final String COMMON = "common";
    static final String COMMON_PER_QUERY = "common_per_query";
    static final String DISTINCT_PER_CLASS = "distinct_per_class";
    static final String COMMON_WEIGHT = "common_weight";
    static final String DISTINCT_MIN = "distinct_min";
    static final String DISTINCT_MAX = "distinct_max";

    private static final int MAX = SequenceClassesTask.MAX_VOCAB;

    /** The paper's two synthetic layouts. */
    enum Layout {
        SYN_SMALL, SYN_MEDIUM;

        SequenceClassesTask defaults() {
            return this == SYN_SMALL ? SequenceClassesTask.synSmall() : SequenceClassesTask.synMedium(1);
        }
    }

    @Override
    public SequenceClassesTask read(JsonFields f) {
        Layout layout = f.has(LAYOUT) ? f.choice(LAYOUT, Layout.class, Layout.SYN_SMALL) : null;
        SequenceClassesTask d = layout == null ? null : layout.defaults();
        Integer queries = f.integer(QUERIES, d == null ? null : d.queries(), 1, MAX);
        Integer next = f.integer(NEXT_PER_QUERY, d == null ? null : d.nextPerQuery(), 1, MAX);
        Integer common = f.integer(COMMON, d == null ? null : d.common(), 0, MAX);
        Integer commonPerQuery = f.integer(COMMON_PER_QUERY, d == null ? 0 : d.commonPerQuery(), 0, MAX);
        Integer distinct = f.integer(DISTINCT_PER_CLASS, d == null ? null : d.distinctPerClass(), 0, MAX);
        Double weight = f.number(COMMON_WEIGHT, 1.0, 1e-12, 1e6);
        Double min = f.number(DISTINCT_MIN, 0.1, 1e-12, 1e6);
        Double max = f.number(DISTINCT_MAX, 1.0, 1e-12, 1e6);
        f.rejectUnknown();
        if (queries == null || next == null || common == null || commonPerQuery == null || distinct == null
                || weight == null || min == null || max == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new SequenceClassesTask(queries, next, common, commonPerQuery,
                distinct, weight, min, max));
    }

    @Override
    public void write(SequenceClassesTask task, ObjectNode n) {
        n.put(TYPE, SequenceClassesTask.TYPE);
        n.put(QUERIES, task.queries());
        n.put(NEXT_PER_QUERY, task.nextPerQuery());
        n.put(COMMON, task.common());
        n.put(COMMON_PER_QUERY, task.commonPerQuery());
        n.put(DISTINCT_PER_CLASS, task.distinctPerClass());
        n.put(COMMON_WEIGHT, task.commonWeight());
        n.put(DISTINCT_MIN, task.distinctMin());
        n.put(DISTINCT_MAX, task.distinctMax());
    }
}
