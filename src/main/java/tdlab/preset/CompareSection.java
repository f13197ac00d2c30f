package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tdlab.json.JsonFields;

/**
 * {@code "compare": [{"name": "B: lr 0.05", "overrides": {"training.learning_rate": 0.05}}]}, optional: the runs
 * compared with the preset's own. Here only the form is read (names unique, at most {@value #MAX} runs, overrides
 * an object of field paths); {@link Comparisons} checks each override against the run's own fields. Written only
 * when there are variants.
 */
final class CompareSection {
    static final String NAME = "name";
    static final String OVERRIDES = "overrides";
    /** Run A and three more: the window shows up to four runs side by side. */
    static final int MAX = 3;

    private CompareSection() {
    }

    /** The variants, or null when the form has a problem (recorded). */
    static List<Variant> read(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isArray()) {
            problems.add(path + ": must be a list of {\"name\", \"overrides\"}, got " + JsonFields.kind(node));
            return null;
        }
        if (node.size() < 1 || node.size() > MAX) {
            problems.add(path + ": must hold 1 to " + MAX + " runs besides the preset's own, got " + node.size());
            return null;
        }
        int before = problems.size();
        List<Variant> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonFields f = new JsonFields(node.get(i), path + "[" + i + "]", problems);
            String name = f.text(NAME, null, 60);
            JsonNode raw = f.raw(OVERRIDES);
            f.rejectUnknown();
            if (name != null && (name.isBlank() || !names.add(name))) {
                problems.add(f.child(NAME) + ": must be a non-empty name of its own, \"" + name + "\" given");
            }
            if (raw == null || !raw.isObject() || raw.size() == 0) {
                problems.add(f.child(OVERRIDES) + ": must be an object of at least one field path and its value,"
                        + " got " + JsonFields.kind(raw));
                continue;
            }
            Map<String, JsonNode> overrides = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                overrides.put(e.getKey(), e.getValue());
            }
            if (name != null) {
                out.add(new Variant(name, overrides));
            }
        }
        return problems.size() == before ? out : null;
    }

    static void write(List<Variant> variants, ArrayNode a) {
        for (Variant v : variants) {
            ObjectNode n = a.addObject();
            n.put(NAME, v.name());
            ObjectNode o = n.putObject(OVERRIDES);
            v.overrides().forEach(o::set);
        }
    }
}
