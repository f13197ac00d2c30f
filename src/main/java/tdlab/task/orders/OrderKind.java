package tdlab.task.orders;

import java.util.Arrays;
import java.util.stream.Collectors;
import tdlab.task.ConfigException;

/** How a {@link PartialOrdersTask} draws each query's order ({@code task.order}). */
public enum OrderKind {
    /** A total order: one random permutation of the K tokens as their priorities (S6a, S6b). */
    PRIORITIES("priorities"),
    /**
     * A strict partial order: the transitive closure of a random DAG (a random topological order, each forward pair an
     * edge with probability {@code task.edge_probability}); sentences without a greatest token are not drawn.
     */
    RANDOM_DAG("random_dag");

    private final String key;

    OrderKind(String key) {
        this.key = key;
    }

    /** The preset's value, "random_dag" (the name in lower case, as {@code JsonFields.choice} reads it). */
    public String key() {
        return key;
    }

    /** The kind of a preset value; a refusal naming {@code path} and the known values otherwise. */
    public static OrderKind of(String value, String path) {
        for (OrderKind k : values()) {
            if (k.key.equals(value)) {
                return k;
            }
        }
        throw new ConfigException(path, "must be one of " + keys() + ", got \"" + value + "\"");
    }

    /** "priorities, random_dag". */
    public static String keys() {
        return Arrays.stream(values()).map(OrderKind::key).collect(Collectors.joining(", "));
    }
}
