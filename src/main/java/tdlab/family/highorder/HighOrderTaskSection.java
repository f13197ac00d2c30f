package tdlab.family.highorder;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import tdlab.family.TaskSection;
import tdlab.json.JsonFields;
import tdlab.task.highorder.HighOrderMarkovTask;

/**
 * {@code "task": {"type": "high_order_markov", "vocab", "spans", "constant", "reverse_constants", "temperature",
 * "length", "train_sequences", "seed"}}.
 */
final class HighOrderTaskSection implements TaskSection<HighOrderMarkovTask> {
    static final String VOCAB = "vocab";
    static final String SPANS = "spans";
    static final String CONSTANT = "constant";
    static final String REVERSE_CONSTANTS = "reverse_constants";
    static final String TEMPERATURE = "temperature";
    static final String LENGTH = "length";
    static final String TRAIN_SEQUENCES = "train_sequences";
    static final String SEED = "seed";

    @Override
    public HighOrderMarkovTask read(JsonFields f) {
        Integer vocab = f.integer(VOCAB, null, 2, HighOrderMarkovTask.MAX_VOCAB);
        List<Integer> spans = spans(f);
        Double constant = f.number(CONSTANT, null, 1e-12, 100);
        Boolean reverse = f.bool(REVERSE_CONSTANTS, false);
        Double temperature = f.number(TEMPERATURE, null, 1e-12, 1e3);
        Integer length = f.integer(LENGTH, null, 1, 4096);
        Integer train = f.integer(TRAIN_SEQUENCES, 0, 0, HighOrderMarkovTask.MAX_TRAIN_SEQUENCES);
        Long seed = f.longValue(SEED, 0L);
        f.rejectUnknown();
        if (vocab == null || spans == null || constant == null || reverse == null || temperature == null
                || length == null || train == null || seed == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new HighOrderMarkovTask(vocab, spans, constant, reverse,
                temperature, length, train, seed));
    }

    /** Span lengths as integers; an empty list reaches the task, which refuses h = 0 itself. */
    private static List<Integer> spans(JsonFields f) {
        if (!f.has(SPANS)) {
            f.problems().add(f.child(SPANS) + ": is required (a list of block lengths, oldest block first)");
            return null;
        }
        double[] values = f.numbers(SPANS, HighOrderMarkovTask.MAX_CONTEXT);
        if (values == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != Math.rint(v) || v < 1 || v > HighOrderMarkovTask.MAX_CONTEXT) {
                f.problems().add(f.child(SPANS) + "[" + i + "]: must be an integer in [1, "
                        + HighOrderMarkovTask.MAX_CONTEXT + "], got " + v);
                return null;
            }
            out.add((int) v);
        }
        return out;
    }

    @Override
    public void write(HighOrderMarkovTask task, ObjectNode n) {
        n.put(TYPE, HighOrderMarkovTask.TYPE);
        n.put(VOCAB, task.vocab());
        ArrayNode spans = n.putArray(SPANS);
        task.spans().forEach(spans::add);
        n.put(CONSTANT, task.constant());
        n.put(REVERSE_CONSTANTS, task.reverseConstants());
        n.put(TEMPERATURE, task.temperature());
        n.put(LENGTH, task.length());
        n.put(TRAIN_SEQUENCES, task.trainSequences());
        n.put(SEED, task.seed());
    }
}
