package tdlab.render;

import java.util.ArrayList;
import java.util.List;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;

/**
 * The token ids of a sequence-classes task grouped by role, in the code's layout order (science.md §4.2): common
 * tokens, the common tokens of each query, each class's distinct tokens, the queries, the next tokens. The
 * decoder heatmap labels its rows and columns with them.
 */
public final class TokenBands {
    /** Tokens [from, to) play this role. */
    public record Band(String label, String description, int from, int to) {
        public int size() {
            return to - from;
        }
    }

    private TokenBands() {
    }

    public static List<Band> of(SequenceClassesTask task) {
        List<Band> out = new ArrayList<>();
        List<SequenceClass> classes = task.allClasses();
        add(out, "CT", "common tokens (every class)", 0, task.common());
        int at = task.common();
        for (int q = 0; q < task.queries(); q++) {
            add(out, "CT q" + (q + 1), "common tokens of query " + (q + 1) + "'s classes", at, at + task.commonPerQuery());
            at += task.commonPerQuery();
        }
        for (SequenceClass c : classes) {
            add(out, "DT " + (c.index() + 1), "distinct tokens of class " + (c.index() + 1), at,
                    at + task.distinctPerClass());
            at += task.distinctPerClass();
        }
        add(out, "query", "query tokens m", at, at + task.queries());
        at += task.queries();
        add(out, "next", "next tokens n (the classes' labels)", at, at + task.classes());
        return out;
    }

    private static void add(List<Band> out, String label, String description, int from, int to) {
        if (to > from) {
            out.add(new Band(label, description, from, to));
        }
    }

    /** The band holding a token, or null. */
    public static Band at(List<Band> bands, int token) {
        for (Band b : bands) {
            if (token >= b.from() && token < b.to()) {
                return b;
            }
        }
        return null;
    }
}
