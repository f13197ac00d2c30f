package tdlab.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tdlab.preset.PresetWriter;
import tdlab.train.RunConfig;

/**
 * Every setting in which two run configurations differ, field path by field path as a preset writes them
 * ({@code task.matrix[0][1]}, {@code training.groups.attention.learning_rate}), and a short name for the change in
 * the sidebar's words ("p 0.2 → 0.35") for the Edit menu's "Undo: …".
 *
 * @param changes the differing fields in the preset's order
 */
public record ConfigDiff(List<Change> changes) {

    /** One differing field: its path and both values as the preset writes them (absent: "—"). */
    public record Change(String path, String before, String after) {
    }

    public ConfigDiff {
        changes = List.copyOf(changes);
    }

    public static ConfigDiff between(RunConfig a, RunConfig b) {
        Map<String, String> x = flatten(PresetWriter.runTree(a));
        Map<String, String> y = flatten(PresetWriter.runTree(b));
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, String> e : x.entrySet()) {
            String other = y.get(e.getKey());
            if (!e.getValue().equals(other)) {
                out.add(new Change(e.getKey(), e.getValue(), other == null ? "—" : other));
            }
        }
        for (Map.Entry<String, String> e : y.entrySet()) {
            if (!x.containsKey(e.getKey())) {
                out.add(new Change(e.getKey(), "—", e.getValue()));
            }
        }
        return new ConfigDiff(out);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The change in a few words: one field as "label before → after"; a binary chain's matrix as its p and q;
     * several fields as the first one and "+ n more".
     */
    public String describe(String taskType) {
        List<String> parts = new ArrayList<>();
        List<Change> rest = new ArrayList<>(changes);
        if (rest.stream().anyMatch(c -> c.path().startsWith("task.matrix[")) && binary(rest)) {
            for (String[] pq : new String[][] {{"task.matrix[0][1]", "p"}, {"task.matrix[1][0]", "q"}}) {
                rest.stream().filter(c -> c.path().equals(pq[0])).findFirst()
                        .ifPresent(c -> parts.add(pq[1] + " " + c.before() + " → " + c.after()));
            }
            rest.removeIf(c -> c.path().startsWith("task.matrix["));
        }
        for (Change c : rest) {
            parts.add(FieldLabels.label(c.path(), taskType) + " " + c.before() + " → " + c.after());
        }
        if (parts.isEmpty()) {
            return "no change";
        }
        return parts.size() <= 2 ? String.join(", ", parts) : parts.get(0) + " + " + (parts.size() - 1) + " more";
    }

    /** Only 2×2 matrix cells among the matrix changes. */
    private static boolean binary(List<Change> changes) {
        return changes.stream().filter(c -> c.path().startsWith("task.matrix["))
                .allMatch(c -> c.path().matches("task\\.matrix\\[[01]\\]\\[[01]\\]"))
                && changes.stream().noneMatch(c -> c.path().equals("task.states"));
    }

    /** Leaves of a JSON tree by path: objects by "." and arrays by "[i]"; numbers in a short form. */
    static Map<String, String> flatten(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", root, out);
        return out;
    }

    private static void flatten(String path, JsonNode n, Map<String, String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                flatten(path + "[" + i + "]", n.get(i), out);
            }
        } else {
            out.put(path, n.isNumber() && n.isFloatingPointNumber() ? number(n.doubleValue()) : n.asText());
        }
    }

    /** Up to six significant digits without trailing zeros: 0.35, 1e-05, 0.0123457. */
    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            String[] m = s.split("e");
            return stripZeros(m[0]) + "e" + m[1];
        }
        return stripZeros(s);
    }

    private static String stripZeros(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
