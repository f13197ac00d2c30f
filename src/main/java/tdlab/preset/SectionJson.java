package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.json.JsonFields;

/** Value shapes the preset sections share: enum keys and lists of short names, read and written alike. */
final class SectionJson {

    private SectionJson() {
    }

    /** An enum constant as presets spell it: {@code ONE_CYCLE} → {@code one_cycle}. */
    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** A list of at most {@code max} short names (empty when absent), or null (with a problem) if it is not one. */
    static List<String> readNames(JsonFields f, String name, int max) {
        JsonNode n = f.raw(name);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray() || n.size() > max) {
            f.problems().add(f.child(name) + ": must be a list of at most " + max + " names");
            return null;
        }
        for (JsonNode v : n) {
            if (!v.isTextual() || v.textValue().length() > 64) {
                f.problems().add(f.child(name) + ": " + JsonFields.kind(v) + " is not a name");
                return null;
            }
            out.add(v.textValue());
        }
        return out;
    }

    static void writeNames(ObjectNode n, String name, List<String> names) {
        ArrayNode a = n.putArray(name);
        names.forEach(a::add);
    }
}
