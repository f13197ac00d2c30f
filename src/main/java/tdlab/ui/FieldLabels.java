package tdlab.ui;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tdlab.task.ConfigException;

/**
 * The window's names for the configuration's fields: a preset's field path ({@code task.matrix[0][1]},
 * {@code training.batch_size}) as the label the sidebar shows beside it ("Row 0 → 1", "batch"). Validation speaks
 * in field paths, which the CLI and the preset loader print as they are; the window shows the user's words, and
 * every editor takes both its labels and its messages from this one table, so they cannot drift apart.
 */
public final class FieldLabels {
    /** A field path pattern and the label of a path it matches (the matcher gives the indices). */
    private record Rule(Pattern path, Function<Matcher, String> label) {
        boolean matches(String field) {
            return path.matcher(field).matches();
        }

        String labelOf(String field) {
            Matcher m = path.matcher(field);
            m.matches();
            return label.apply(m);
        }
    }

    private static final List<Rule> RULES = List.of(
            // the chain's matrix editor: rows and columns as the grid heads them ("0:", "→1")
            rule("task\\.matrix\\[(\\d+)\\]\\[(\\d+)\\]", m -> "Row " + m.group(1) + " → " + m.group(2)),
            rule("task\\.matrix\\[(\\d+)\\]", m -> "Row " + m.group(1)),
            fixed("task\\.matrix", "Transition matrix"),
            fixed("(task\\.)?states", "states"),
            fixed("task\\.initial", "initial distribution"),
            fixed("p", "p"),
            fixed("q", "q"),
            // the high-order chain's form (S3): one field holds every span, oldest block first
            fixed("task\\.vocab", "V (tokens)"),
            rule("task\\.spans\\[(\\d+)\\]", m -> "spans, block " + (Integer.parseInt(m.group(1)) + 1)
                    + " (oldest = 1)"),
            fixed("task\\.spans", "spans"),
            fixed("task\\.constant", "c"),
            fixed("task\\.temperature", "τ"),
            fixed("task\\.length", "generated"),
            fixed("task\\.train_sequences", "n sequences"),
            fixed("task\\.seed", "task seed"),
            // sequence classes (S4)
            fixed("task\\.queries", "queries"),
            fixed("task\\.next_per_query", "classes per query"),
            fixed("task\\.common", "common tokens"),
            fixed("task\\.common_per_query", "common per query"),
            fixed("task\\.distinct_per_class", "distinct per class"),
            fixed("task\\.common_weight", "common weight"),
            fixed("task\\.distinct_min", "distinct min"),
            fixed("task\\.distinct_max", "distinct max"),
            // partial orders (S6); K is task.vocab, labelled with the high-order chain's V above
            fixed("task\\.train_sentences", "training sentences"),
            fixed("task\\.max_length", "longest sentence"),
            fixed("task\\.shift_sentences", "shift sentences"),
            fixed("task\\.shift_min_length", "shift shortest"),
            fixed("task\\.shift_max_length", "shift longest"),
            fixed("task\\.order", "order"),
            fixed("task\\.edge_probability", "edge probability"),
            // the Model section
            fixed("model\\.type", "model"),
            fixed("model\\.(embedding_dim|dim)", "width d"),
            fixed("model\\.heads", "heads"),
            fixed("model\\.positional", "positions"),
            fixed("model\\.feed_forward", "feed-forward"),
            fixed("model\\.vocab", "the model's vocabulary"),
            fixed("model\\.max_length", "the model's longest sequence"),
            fixed("model\\.loss_from", "the model's first counted position"),
            fixed("(model\\.)?backend", "backend"),
            // the Initialization section
            fixed("init\\.scheme", "scheme"),
            fixed("init\\.std", "σ"),
            fixed("init\\.e0", "e0"),
            fixed("init\\.w0", "w0"),
            fixed("init\\.b0", "b0"),
            fixed("init\\.params(\\[\\d+\\])?", "the picked start point"),
            fixed("seed", "seed"),
            // the Training section
            fixed("training\\.optimizer(\\.type)?", "optimizer"),
            fixed("training\\.optimizer\\.momentum", "momentum μ"),
            fixed("training\\.optimizer\\.beta1", "β1"),
            fixed("training\\.optimizer\\.beta2", "β2"),
            fixed("training\\.optimizer\\.eps", "ε"),
            rule("training\\.groups\\.(\\w+)(\\..*)?", m -> "learning rate " + m.group(1)),
            // a preset's own spelling of a group's rate and decay (what ConfigDiff compares)
            rule("training\\.group_learning_rates\\.(\\w+)", m -> "learning rate " + m.group(1)),
            rule("training\\.group_weight_decay\\.(\\w+)", m -> "weight decay " + m.group(1)),
            fixed("training\\.learning_rate", "learning rate"),
            fixed("training\\.batch_size", "batch"),
            fixed("training\\.sequence_length", "length T"),
            fixed("training\\.steps", "steps"),
            fixed("training\\.schedule(\\..*)?", "schedule"));

    /** What a preset's field path looks like: lower-case keys, dots, indices. */
    private static final Pattern PATH = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+|\\[\\d+\\])*");

    private FieldLabels() {
    }

    private static Rule rule(String regex, Function<Matcher, String> label) {
        return new Rule(Pattern.compile(regex), label);
    }

    private static Rule fixed(String regex, String label) {
        return rule(regex, m -> label);
    }

    /**
     * Where one family's form names a shared field otherwise: partial orders call their vocabulary K, as their
     * paper does, where the high-order chain says V.
     */
    private static final java.util.Map<String, java.util.Map<String, String>> BY_FAMILY = java.util.Map.of(
            "partial_orders", java.util.Map.of("task.vocab", "K (tokens)"));

    /** The label in the words of the form of this task family ({@code task.type}). */
    public static String label(String field, String taskType) {
        String own = BY_FAMILY.getOrDefault(taskType, java.util.Map.of()).get(field);
        return own != null ? own : label(field);
    }

    /** {@link #message(ConfigException)} in the words of this task family's form. */
    public static String message(ConfigException e, String taskType) {
        return label(e.field(), taskType) + ": " + e.reason();
    }

    /**
     * The sidebar's label for a field path; a field no editor shows reads as its last name in words
     * ("training.clip_norm" → "clip norm"), never as a path.
     */
    public static String label(String field) {
        for (Rule r : RULES) {
            if (r.matches(field)) {
                return r.labelOf(field);
            }
        }
        if (!PATH.matcher(field).matches()) {
            return field; // already the form's words (a control that names its own refusals: "η_Z")
        }
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
        return last.replace('_', ' ');
    }

    /** The refusal as the window shows it: "Row 0 → 1: a probability must be in [0, 1]; 1.5 given". */
    public static String message(ConfigException e) {
        return label(e.field()) + ": " + e.reason();
    }
}
