package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import tdlab.json.JsonFields;
import tdlab.model.ParamGroup;

/**
 * Values per parameter group, keyed by {@link ParamGroup#key()}: an object of numbers
 * ({@code group_learning_rates}, {@code group_weight_decay}) or a list of groups ({@code frozen},
 * {@code stages[i].trainable}).
 */
final class GroupFields {

    private GroupFields() {
    }

    /** The groups that the object names, each a number in [min, max]; other fields are rejected. */
    static Map<ParamGroup, Double> readNumbers(JsonFields f, double min, double max) {
        EnumMap<ParamGroup, Double> out = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            if (f.has(g.key())) {
                Double v = f.number(g.key(), null, min, max);
                if (v != null) {
                    out.put(g, v);
                }
            }
        }
        f.rejectUnknown();
        return out;
    }

    /** Every group, in {@link ParamGroup} order. */
    static void writeNumbers(ObjectNode n, ToDoubleFunction<ParamGroup> value) {
        for (ParamGroup g : ParamGroup.values()) {
            n.put(g.key(), value.applyAsDouble(g));
        }
    }

    /** A list of group keys (empty when absent), or null (with a problem) if it is not one. */
    static EnumSet<ParamGroup> readList(JsonFields f, String name) {
        EnumSet<ParamGroup> out = EnumSet.noneOf(ParamGroup.class);
        JsonNode n = f.raw(name);
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            f.problems().add(f.child(name) + ": must be a list of groups (" + JsonFields.allowed(ParamGroup.class) + ")");
            return null;
        }
        for (JsonNode g : n) {
            ParamGroup match = null;
            for (ParamGroup pg : ParamGroup.values()) {
                if (g.isTextual() && pg.key().equalsIgnoreCase(g.textValue())) {
                    match = pg;
                }
            }
            if (match == null) {
                f.problems().add(f.child(name) + ": " + JsonFields.kind(g) + " is not a parameter group; use "
                        + JsonFields.allowed(ParamGroup.class));
                return null;
            }
            out.add(match);
        }
        return out;
    }

    /** The groups of the set, in {@link ParamGroup} order. */
    static void writeList(ObjectNode n, String name, Set<ParamGroup> groups) {
        ArrayNode a = n.putArray(name);
        for (ParamGroup g : ParamGroup.values()) {
            if (groups.contains(g)) {
                a.add(g.key());
            }
        }
    }
}
