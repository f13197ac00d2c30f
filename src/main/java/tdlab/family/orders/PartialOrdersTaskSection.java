package tdlab.family.orders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.family.TaskSection;
import tdlab.json.JsonFields;
import tdlab.task.orders.OrderKind;
import tdlab.task.orders.PartialOrdersTask;

/**
 * {@code "task": {"type": "partial_orders", "vocab", "train_sentences", "max_length", "shift_sentences",
 * "shift_min_length", "shift_max_length", "order", "edge_probability", "seed"}}; a field left out takes S6a's value
 * (12, 300, 6, 300, 4, 8, "priorities", 0.5, 0). The writer writes every field, {@code edge_probability} under
 * priorities too (where it is unused), so a written preset reads back to the same task.
 */
final class PartialOrdersTaskSection implements TaskSection<PartialOrdersTask> {
    static final String VOCAB = "vocab";
    static final String TRAIN_SENTENCES = "train_sentences";
    static final String MAX_LENGTH = "max_length";
    static final String SHIFT_SENTENCES = "shift_sentences";
    static final String SHIFT_MIN_LENGTH = "shift_min_length";
    static final String SHIFT_MAX_LENGTH = "shift_max_length";
    static final String ORDER = "order";
    static final String EDGE_PROBABILITY = "edge_probability";
    static final String SEED = "seed";

    @Override
    public PartialOrdersTask read(JsonFields f) {
        PartialOrdersTask d = PartialOrdersTask.s6(0);
        int most = PartialOrdersTask.MAX_SENTENCES;
        Integer vocab = f.integer(VOCAB, d.vocab(), 2, PartialOrdersTask.MAX_VOCAB);
        Integer train = f.integer(TRAIN_SENTENCES, d.trainSentences(), 1, most);
        Integer maxLength = f.integer(MAX_LENGTH, d.maxLength(), 2, PartialOrdersTask.MAX_VOCAB);
        Integer shift = f.integer(SHIFT_SENTENCES, d.shiftSentences(), 1, most);
        Integer shiftMin = f.integer(SHIFT_MIN_LENGTH, d.shiftMinLength(), 2, PartialOrdersTask.MAX_VOCAB);
        Integer shiftMax = f.integer(SHIFT_MAX_LENGTH, d.shiftMaxLength(), 2, PartialOrdersTask.MAX_VOCAB);
        OrderKind order = f.choice(ORDER, OrderKind.class, d.order());
        Double p = f.number(EDGE_PROBABILITY, d.edgeProbability(), 0, 1); // 0 is refused by the task, in its words
        Long seed = f.longValue(SEED, d.seed());
        f.rejectUnknown();
        if (vocab == null || train == null || maxLength == null || shift == null || shiftMin == null
                || shiftMax == null || order == null || p == null || seed == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new PartialOrdersTask(vocab, train, maxLength, shift, shiftMin,
                shiftMax, order, p, seed));
    }

    @Override
    public void write(PartialOrdersTask task, ObjectNode n) {
        n.put(TYPE, PartialOrdersTask.TYPE);
        n.put(VOCAB, task.vocab());
        n.put(TRAIN_SENTENCES, task.trainSentences());
        n.put(MAX_LENGTH, task.maxLength());
        n.put(SHIFT_SENTENCES, task.shiftSentences());
        n.put(SHIFT_MIN_LENGTH, task.shiftMinLength());
        n.put(SHIFT_MAX_LENGTH, task.shiftMaxLength());
        n.put(ORDER, task.order().key());
        n.put(EDGE_PROBABILITY, task.edgeProbability());
        n.put(SEED, task.seed());
    }
}
