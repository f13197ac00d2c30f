package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of a comparison: a preset's own run (A) and one run per {@link Variant}, each the preset with the
 * variant's overrides written into its JSON at their field paths and read back by {@link PresetReader}, so an
 * override is validated like every field and refused with its path. Only the run's sections can be overridden.
 */
public final class Comparisons {
    /** The top-level keys a variant may change: the run's, not the title, view or classroom. */
    static final Set<String> RUN_SECTIONS = Set.of(TopSection.TASK, TopSection.MODEL, TopSection.INIT,
            TopSection.TRAINING, TopSection.BACKEND, TopSection.SEED, TopSection.PROBE_LENGTH);
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private Comparisons() {
    }

    /** The variant's preset: the base with the overrides, without a comparison of its own. */
    public static Preset variant(Preset base, Variant v, int index) throws PresetException {
        return variant(base, v, "compare[" + index + "].overrides");
    }

    /**
     * The same, with problems named from {@code where} (the preset's "compare[i].overrides", or the command line's
     * option) followed by the field path.
     */
    public static Preset variant(Preset base, Variant v, String where) throws PresetException {
        ObjectNode tree = PresetWriter.tree(base.withVariants(List.of()));
        List<String> problems = new ArrayList<>();
        v.overrides().forEach((path, value) -> {
            inherit(tree, path);
            String problem = set(tree, path, value);
            if (problem != null) {
                problems.add(where + ": " + path + ": " + problem);
            }
        });
        if (!problems.isEmpty()) {
            throw new PresetException("comparison \"" + v.name() + "\"", problems);
        }
        try {
            Preset p = PresetReader.parse(tree.toString(), "comparison \"" + v.name() + "\"");
            return p;
        } catch (PresetException e) {
            throw new PresetException("comparison \"" + v.name() + "\"",
                    e.problems().stream().map(s -> where + ": " + s).toList());
        }
    }

    /** Every variant of the preset, in order (run A not included). */
    public static List<Preset> variants(Preset base) throws PresetException {
        List<Preset> out = new ArrayList<>();
        for (int i = 0; i < base.variants().size(); i++) {
            out.add(variant(base, base.variants().get(i), i));
        }
        return out;
    }

    /**
     * The writer spells out every group's rate and decay; a group that only inherited the base value must follow an
     * override of that base value ("training.learning_rate": 0.05 means every group not set on its own), so such
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

    /** Writes value at a dotted path with [i] indices into existing arrays; a problem in words, or null. */
    static String set(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        if (steps.length == 0 || !RUN_SECTIONS.contains(steps[0].replaceAll("\\[.*", ""))) {
            return "only the run's settings can differ (" + String.join(", ", RUN_SECTIONS.stream().sorted().toList())
                    + ")";
        }
        JsonNode node = root;
        for (int s = 0; s < steps.length; s++) {
            Matcher m = STEP.matcher(steps[s]);
            if (!m.matches()) {
                return "not a field path";
            }
            String key = m.group(1);
            List<Integer> indices = new ArrayList<>();
            Matcher im = INDEX.matcher(m.group(2));
            while (im.find()) {
                indices.add(Integer.parseInt(im.group(1)));
            }
            boolean last = s == steps.length - 1;
            if (!(node instanceof ObjectNode obj)) {
                return "no such field";
            }
            if (last && indices.isEmpty()) {
                obj.set(key, value.deepCopy()); // an unknown key is refused by the reader, with its path
                return null;
            }
            JsonNode child = obj.get(key);
            if (child == null) {
                if (!indices.isEmpty()) {
                    return "no such field";
                }
                child = obj.putObject(key); // a section the base leaves at its defaults
            }
            for (int k = 0; k < indices.size(); k++) {
                int i = indices.get(k);
                if (!(child instanceof ArrayNode arr) || i >= arr.size()) {
                    return "no element [" + i + "]";
                }
                if (last && k == indices.size() - 1) {
                    arr.set(i, value.deepCopy());
                    return null;
                }
                child = arr.get(i);
            }
            node = child;
        }
        return null;
    }
}
