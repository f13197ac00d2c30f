package tdlab.family.markov;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import tdlab.family.TaskSection;
import tdlab.json.JsonFields;
import tdlab.task.InitialDistribution;
import tdlab.task.MarkovTask;
import tdlab.task.TransitionMatrix;

/** {@code "task": {"type": "markov", "matrix": [[...]] | "p", "q", "initial"}}. */
final class MarkovTaskSection implements TaskSection<MarkovTask> {
    static final String MATRIX = "matrix";
    static final String P = "p";
    static final String Q = "q";
    static final String INITIAL = "initial";

    @Override
    public MarkovTask read(JsonFields f) {
        InitialDistribution initial = f.choice(INITIAL, InitialDistribution.class, InitialDistribution.STATIONARY);
        TransitionMatrix matrix;
        if (f.has(MATRIX)) {
            double[][] rows = f.matrix(MATRIX, TransitionMatrix.MAX_STATES);
            matrix = rows == null ? null : JsonFields.guard(f.problems(), () -> TransitionMatrix.of(rows,
                    f.child(MATRIX)));
        } else {
            Double p = f.number(P, null, 0, 1);
            Double q = f.number(Q, null, 0, 1);
            matrix = p == null || q == null ? null : JsonFields.guard(f.problems(), () -> TransitionMatrix.binary(p, q));
        }
        f.rejectUnknown();
        return matrix == null ? null
                : JsonFields.guard(f.problems(), () -> new MarkovTask(matrix, initial));
    }

    @Override
    public void write(MarkovTask task, ObjectNode n) {
        n.put(TYPE, MarkovTask.TYPE);
        ArrayNode rows = n.putArray(MATRIX);
        for (double[] row : task.matrix().toArray()) {
            ArrayNode r = rows.addArray();
            for (double v : row) {
                r.add(v);
            }
        }
        n.put(INITIAL, task.initial().name().toLowerCase(Locale.ROOT));
    }
}
