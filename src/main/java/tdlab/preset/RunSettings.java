package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tdlab.train.RunConfig;

/**
 * Run settings by field path ({@code "init.e0": 0.5}), as a lesson step carries them. They are applied by writing
 * the run as a preset tree, setting each path in it and reading it again through {@link PresetReader}: a setting
 * is validated exactly as the same field in a preset file, with the same message, prefixed by where it came from.
 */
public final class RunSettings {
    /** The top-level keys of a run's sections: what a setting may change (not the title, view or classroom). */
    static final List<String> RUN_KEYS = List.of(TopSection.TASK, TopSection.MODEL, TopSection.BACKEND,
            TopSection.INIT, TopSection.TRAINING, TopSection.SEED, TopSection.PROBE_LENGTH);
    private static final Pattern PATH = Pattern.compile("[a-z0-9_]+(\\[\\d+\\])*(\\.[a-z0-9_]+(\\[\\d+\\])*)*");
    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private RunSettings() {
    }

    /** Why this is not a setting's path, or null when it is one. */
    static String checkPath(String path) {
        if (!PATH.matcher(path).matches()) {
            return "not a field path (lower-case names joined by dots, e.g. init.e0, an element as task.spans[1])";
        }
        String top = path.split("\\.", 2)[0];
        return RUN_KEYS.contains(top) ? null : "not a run setting; a path starts with one of " + RUN_KEYS;
    }

    /** The run with these settings; a problem throws with the settings' paths. */
    public static RunConfig apply(RunConfig base, Map<String, JsonNode> settings) throws PresetException {
        List<String> problems = new ArrayList<>();
        RunConfig out = apply(base, settings, "settings.", problems);
        if (out == null) {
            throw new PresetException("the lesson step's settings", problems);
        }
        return out;
    }

    /** The run with these settings, or null with the problems recorded, each path prefixed by {@code prefix}. */
    static RunConfig apply(RunConfig base, Map<String, JsonNode> settings, String prefix, List<String> problems) {
        if (settings.isEmpty()) {
            return base;
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(TopSection.FORMAT, Preset.FORMAT);
        root.put(TopSection.VERSION, Preset.FORMAT_VERSION);
        root.put(TopSection.NAME, base.name());
        root.setAll(PresetWriter.runTree(base));
        int before = problems.size();
        for (Map.Entry<String, JsonNode> e : settings.entrySet()) {
            String problem = set(root, e.getKey(), e.getValue());
            if (problem != null) {
                problems.add(prefix + e.getKey() + ": " + problem);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        List<String> found = new ArrayList<>();
        Preset p = PresetReader.readTree(root, found);
        found.forEach(m -> problems.add(prefix + m));
        return p == null ? null : p.run();
    }

    private static String set(ObjectNode root, String path, JsonNode value) {
        String check = checkPath(path);
        if (check != null) {
            return check;
        }
        inherit(root, path);
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int s = 0; s < steps.length; s++) {
            Matcher m = STEP.matcher(steps[s]);
            m.matches();
            String key = m.group(1);
            List<Integer> indices = new ArrayList<>();
            Matcher im = INDEX.matcher(m.group(2));
            while (im.find()) {
                indices.add(Integer.parseInt(im.group(1)));
            }
            ObjectNode obj = (ObjectNode) node;
            boolean last = s == steps.length - 1;
            if (last && indices.isEmpty()) {
                obj.set(key, value.deepCopy()); // an unknown key is refused by the reader, with its path
                return null;
            }
            JsonNode child = obj.get(key);
            if (child == null || child.isNull()) {
                if (!indices.isEmpty()) {
                    return String.join(".", java.util.Arrays.copyOf(steps, s + 1)) + ": no such list";
                }
                child = obj.putObject(key); // a section the run leaves at its defaults
            }
            for (int k = 0; k < indices.size(); k++) {
                int i = indices.get(k);
                if (!(child instanceof ArrayNode arr) || i >= arr.size()) {
                    return "no element [" + i + "] in " + key;
                }
                if (last && k == indices.size() - 1) {
                    arr.set(i, value.deepCopy());
                    return null;
                }
                child = arr.get(i);
            }
            if (!child.isObject()) {
                return String.join(".", java.util.Arrays.copyOf(steps, s + 1)) + " is a value, not a section";
            }
            node = child;
        }
        return null;
    }

    /**
     * The writer spells out every group's rate and decay; a group that only inherited the base value must follow a
     * setting of that base value ("training.learning_rate": 0.05 means every group not set on its own), so such
     * entries are dropped before the base value is written.
     */
    private static void inherit(ObjectNode root, String path) {
        for (String[] pair : new String[][] {{"learning_rate", "group_learning_rates"},
                {"weight_decay", "group_weight_decay"}}) {
            if (path.equals(TopSection.TRAINING + "." + pair[0]) && root.get(TopSection.TRAINING) instanceof ObjectNode t
                    && t.get(pair[1]) instanceof ObjectNode groups && t.get(pair[0]) != null) {
                JsonNode old = t.get(pair[0]);
                groups.properties().removeIf(e -> e.getValue().asDouble() == old.asDouble());
            }
        }
    }

    /**
     * The settings that turn {@code from} into {@code to}: every field of {@code to}'s written tree whose value
     * differs (a list counts as one value). Applying them to {@code from} gives {@code to}.
     */
    public static Map<String, JsonNode> difference(RunConfig from, RunConfig to) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        difference("", PresetWriter.runTree(from), PresetWriter.runTree(to), out);
        return out;
    }

    private static void difference(String path, JsonNode a, JsonNode b, Map<String, JsonNode> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode old = a == null ? null : a.get(e.getKey());
            if (e.getValue().isObject() && old != null && old.isObject()) {
                difference(p, old, e.getValue(), out);
            } else if (!e.getValue().equals(old)) {
                out.put(p, e.getValue().deepCopy());
            }
        }
    }
}
