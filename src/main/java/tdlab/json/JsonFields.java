package tdlab.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one JSON object field by field, recording a problem (with the field's path) for every missing,
 * mistyped or unknown field instead of stopping at the first, so a user sees all of them at once.
 */
public final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final List<String> problems;
    private final Set<String> seen = new LinkedHashSet<>();

    public JsonFields(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (node != null && !node.isObject()) {
            problems.add(where() + ": must be a JSON object, got " + kind(node));
        }
    }

    public String path() {
        return path;
    }

    /** The object read, or null where it is absent (for sections whose keys are names, not fixed fields). */
    public JsonNode node() {
        return node;
    }

    public List<String> problems() {
        return problems;
    }

    private String where() {
        return path.isEmpty() ? "(top level)" : path;
    }

    public String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public boolean has(String name) {
        return node != null && node.isObject() && node.has(name) && !node.get(name).isNull();
    }

    private JsonNode get(String name) {
        seen.add(name);
        return node != null && node.isObject() ? node.get(name) : null;
    }

    public JsonFields object(String name, boolean required) {
        JsonNode n = get(name);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(child(name) + ": is required");
            }
            return new JsonFields(null, child(name), problems);
        }
        return new JsonFields(n, child(name), problems);
    }

    public Double number(String name, Double fallback, double min, double max) {
        JsonNode n = get(name);
        if (n == null || n.isNull()) {
            if (fallback == null) {
                problems.add(child(name) + ": is required (a number in [" + min + ", " + max + "])");
            }
            return fallback;
        }
        if (!n.isNumber()) {
            problems.add(child(name) + ": must be a number in [" + min + ", " + max + "], got " + kind(n));
            return fallback;
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v) || v < min || v > max) {
            problems.add(child(name) + ": must be in [" + min + ", " + max + "], got " + n.asText());
            return fallback;
        }
        return v;
    }

    public Integer integer(String name, Integer fallback, long min, long max) {
        JsonNode n = get(name);
        if (n == null || n.isNull()) {
            if (fallback == null) {
                problems.add(child(name) + ": is required (an integer in [" + min + ", " + max + "])");
            }
            return fallback;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < min || n.longValue() > max) {
            problems.add(child(name) + ": must be an integer in [" + min + ", " + max + "], got " + n.toString());
            return fallback;
        }
        return (int) n.longValue();
    }

    public Long longValue(String name, Long fallback) {
        JsonNode n = get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            problems.add(child(name) + ": must be an integer, got " + n.toString());
            return fallback;
        }
        return n.longValue();
    }

    public Boolean bool(String name, Boolean fallback) {
        JsonNode n = get(name);
        if (n == null || n.isNull()) {
            if (fallback == null) {
                problems.add(child(name) + ": is required (true or false)");
            }
            return fallback;
        }
        if (!n.isBoolean()) {
            problems.add(child(name) + ": must be true or false, got " + kind(n));
            return fallback;
        }
        return n.booleanValue();
    }

    public String text(String name, String fallback, int maxLength) {
        JsonNode n = get(name);
        if (n == null || n.isNull()) {
            if (fallback == null) {
                problems.add(child(name) + ": is required (text)");
            }
            return fallback;
        }
        if (!n.isTextual()) {
            problems.add(child(name) + ": must be text, got " + kind(n));
            return fallback;
        }
        if (n.textValue().length() > maxLength) {
            problems.add(child(name) + ": at most " + maxLength + " characters, got " + n.textValue().length());
            return fallback;
        }
        return n.textValue();
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String allowed = allowed(type);
        JsonNode n = get(name);
        if (n == null || n.isNull()) {
            if (fallback == null) {
                problems.add(child(name) + ": is required, one of " + allowed);
            }
            return fallback;
        }
        if (n.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(n.textValue().replace('-', '_'))) {
                    return e;
                }
            }
        }
        problems.add(child(name) + ": must be one of " + allowed + ", got " + n.toString());
        return fallback;
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    /** A matrix of numbers, or null (with a problem recorded) if it is not one. */
    /** A list of at most {@code max} finite numbers; empty when absent; null (with a problem) if not one. */
    public double[] numbers(String name, int max) {
        JsonNode n = get(name);
        String f = child(name);
        if (n == null || n.isNull()) {
            return new double[0];
        }
        if (!n.isArray() || n.size() > max) {
            problems.add(f + ": must be a list of at most " + max + " numbers, got " + kind(n)
                    + (n.isArray() ? " of " + n.size() : ""));
            return null;
        }
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            if (!n.get(i).isNumber() || !Double.isFinite(n.get(i).doubleValue())) {
                problems.add(f + "[" + i + "]: must be a finite number, got " + kind(n.get(i)));
                return null;
            }
            out[i] = n.get(i).doubleValue();
        }
        return out;
    }

    public double[][] matrix(String name, int maxRows) {
        JsonNode n = get(name);
        String f = child(name);
        if (n == null || n.isNull()) {
            problems.add(f + ": is required (a list of rows of numbers)");
            return null;
        }
        if (!n.isArray() || n.size() > maxRows) {
            problems.add(f + ": must be a list of at most " + maxRows + " rows, got " + kind(n)
                    + (n.isArray() ? " of " + n.size() : ""));
            return null;
        }
        double[][] out = new double[n.size()][];
        for (int i = 0; i < n.size(); i++) {
            JsonNode row = n.get(i);
            if (!row.isArray() || row.size() > maxRows) {
                problems.add(f + "[" + i + "]: must be a list of at most " + maxRows + " numbers, got " + kind(row));
                return null;
            }
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                if (!row.get(j).isNumber()) {
                    problems.add(f + "[" + i + "][" + j + "]: must be a number, got " + kind(row.get(j)));
                    return null;
                }
                out[i][j] = row.get(j).doubleValue();
            }
        }
        return out;
    }

    public JsonNode raw(String name) {
        return get(name);
    }

    /** Records every field of this object that no reader asked for. */
    public void rejectUnknown() {
        if (node == null || !node.isObject()) {
            return;
        }
        Iterator<String> names = ((ObjectNode) node).fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!seen.contains(n)) {
                problems.add(child(n) + ": unknown field (known here: " + String.join(", ", seen) + ")");
            }
        }
    }

    public static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "text \"" + abbreviate(n.textValue()) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Builds a validated value, recording its ConfigException as a problem (null then). */
    public static <T> T guard(List<String> problems, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (tdlab.task.ConfigException e) {
            problems.add(e.getMessage());
            return null;
        }
    }
}
