package tdlab.task;

/**
 * Bad user input, reported with the path of the offending field (e.g. {@code task.matrix[2]}) so that
 * the CLI, the preset loader and the UI can point at it.
 */
public class ConfigException extends IllegalArgumentException {
    private final String field;

    public ConfigException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        String m = getMessage();
        return m.substring(field.length() + 2);
    }

    /** Throws a ConfigException for {@code field} unless {@code ok}. */
    public static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new ConfigException(field, message);
        }
    }

    public static void requireRange(double v, double lo, double hi, String field) {
        if (!(v >= lo && v <= hi)) {
            throw new ConfigException(field, "must be in [" + lo + ", " + hi + "], got " + v);
        }
    }

    public static void requireRange(int v, int lo, int hi, String field) {
        if (v < lo || v > hi) {
            throw new ConfigException(field, "must be an integer in [" + lo + ", " + hi + "], got " + v);
        }
    }
}
