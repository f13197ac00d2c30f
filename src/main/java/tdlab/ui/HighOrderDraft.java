package tdlab.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import tdlab.model.TransformerConfig;
import tdlab.task.ConfigException;
import tdlab.task.highorder.HighOrderMarkovTask;

/**
 * The editable copy of a high-order Markov task (the Data section of S3), part of the {@link ConfigDraft}.
 * Every field is entered as text: text that does not make a valid task is recorded against its field (the
 * refusal with its field path, which {@link FieldLabels} puts in the form's words) and leaves the last valid value
 * in place, so nothing invalid reaches
 * {@link #build()}. The task's own checks decide validity, so the ranges are spelled once, in the task record.
 */
public final class HighOrderDraft {
    /** The edited fields in form order. */
    public enum Field {
        VOCAB, SPANS, CONSTANT, TEMPERATURE, LENGTH, TRAIN_SEQUENCES, SEED;

        /** The field's path in a preset, "task.train_sequences". */
        public String path() {
            return "task." + name().toLowerCase(Locale.ROOT);
        }

        /** The words the form shows for the field. */
        public String label() {
            return FieldLabels.label(path());
        }
    }

    private HighOrderMarkovTask task;
    private final ObservableMap<Field, ConfigException> errors =
            FXCollections.observableMap(new EnumMap<>(Field.class));
    /** Counts changes of the valid task, so a form can show the values again after a reset. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Back to this task, without errors. */
    void reset(HighOrderMarkovTask t) {
        task = t;
        errors.clear();
        revision.set(revision.get() + 1);
    }

    /** The valid task the fields stand for (the last valid value of a field with an error). */
    public HighOrderMarkovTask task() {
        return task;
    }

    /** The field's current valid value as the form shows it. */
    public String text(Field f) {
        HighOrderMarkovTask t = task;
        return switch (f) {
            case VOCAB -> Integer.toString(t.vocab());
            case SPANS -> String.join(",", t.spans().stream().map(String::valueOf).toList());
            case CONSTANT -> decimalText(t.constant());
            case TEMPERATURE -> decimalText(t.temperature());
            case LENGTH -> Integer.toString(t.length());
            case TRAIN_SEQUENCES -> t.online() ? "" : Integer.toString(t.trainSequences()); // online: no n
            case SEED -> Long.toString(t.seed());
        };
    }

    /**
     * Takes the field's text if it makes a valid task; otherwise records why (shown next to the field) and
     * keeps the task as it was. Returns whether the text was taken.
     */
    public boolean set(Field f, String text) {
        String s = text.strip();
        HighOrderMarkovTask t = task;
        try {
            HighOrderMarkovTask next = switch (f) {
                case VOCAB -> new HighOrderMarkovTask(whole(s), t.spans(), t.constant(), t.reverseConstants(),
                        t.temperature(), t.length(), t.trainSequences(), t.seed());
                case SPANS -> new HighOrderMarkovTask(t.vocab(), spans(s), t.constant(), t.reverseConstants(),
                        t.temperature(), t.length(), t.trainSequences(), t.seed());
                case CONSTANT -> new HighOrderMarkovTask(t.vocab(), t.spans(), decimal(s), t.reverseConstants(),
                        t.temperature(), t.length(), t.trainSequences(), t.seed());
                case TEMPERATURE -> new HighOrderMarkovTask(t.vocab(), t.spans(), t.constant(), t.reverseConstants(),
                        decimal(s), t.length(), t.trainSequences(), t.seed());
                case LENGTH -> new HighOrderMarkovTask(t.vocab(), t.spans(), t.constant(), t.reverseConstants(),
                        t.temperature(), whole(s), t.trainSequences(), t.seed());
                case TRAIN_SEQUENCES -> withTrainSequences(t, positive(s));
                case SEED -> new HighOrderMarkovTask(t.vocab(), t.spans(), t.constant(), t.reverseConstants(),
                        t.temperature(), t.length(), t.trainSequences(), seed(s));
            };
            errors.remove(f);
            change(next);
            return true;
        } catch (NumberFormatException e) {
            errors.put(f, new ConfigException(f.path(), e.getMessage() + ", got \"" + s + "\""));
        } catch (ConfigException e) {
            errors.put(f, e); // its own path: a span's refusal names its block
        }
        return false;
    }

    /** Online sampling (fresh sequences every step) or a finite training set of n sequences. */
    public void setOnline(boolean online) {
        if (online != task.online()) {
            // a finite set starts at 1000 sequences, S3c's size; online forgets n (the task stores 0 for online)
            change(withTrainSequences(task, online ? 0 : 1000));
            errors.remove(Field.TRAIN_SEQUENCES);
        }
    }

    public void setReverseConstants(boolean reverse) {
        HighOrderMarkovTask t = task;
        if (reverse != t.reverseConstants()) {
            change(new HighOrderMarkovTask(t.vocab(), t.spans(), t.constant(), reverse, t.temperature(), t.length(),
                    t.trainSequences(), t.seed()));
        }
    }

    /** Field → the refusal of its last text (with the task's field path; {@link FieldLabels} words it). */
    public ObservableMap<Field, ConfigException> errors() {
        return errors;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The edited task; throws the first refusal (in form order) when a field's text was refused. */
    HighOrderMarkovTask build() {
        ConfigException first = errors.values().stream().findFirst().orElse(null); // EnumMap: form order
        if (first != null) {
            throw first;
        }
        return task;
    }

    /**
     * The minimal model sized for the task: vocab V, one position per input (w + length − 1, so one-hot
     * positions widen the stream exactly as far as the sequences reach) and the loss from input w − 1 (the
     * first generated target); heads, initial scales and everything else stay as they are.
     */
    static TransformerConfig sizedFor(TransformerConfig m, HighOrderMarkovTask t) {
        if (m.vocab() == t.vocab() && m.maxLength() == t.sequenceLength() && m.lossFrom() == t.context() - 1) {
            return m;
        }
        return new TransformerConfig(t.vocab(), t.sequenceLength(), m.embedding(), m.embeddingDim(), m.positional(),
                m.heads(), m.headDim(), m.keyProjection(), m.outputProjection(), m.residual(), m.layerNorm(),
                m.feedForward(), m.ffMultiplier(), m.output(), m.head(), m.headBias(), t.context() - 1);
    }

    /** Four decimals where that is exact ("0.1", "2"), else every digit: showing a value must not change it. */
    private static String decimalText(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return Double.parseDouble(s) == v ? s : Double.toString(v);
    }

    private void change(HighOrderMarkovTask next) {
        if (!next.equals(task)) {
            task = next;
            revision.set(revision.get() + 1);
        }
    }

    private static HighOrderMarkovTask withTrainSequences(HighOrderMarkovTask t, int n) {
        return new HighOrderMarkovTask(t.vocab(), t.spans(), t.constant(), t.reverseConstants(), t.temperature(),
                t.length(), n, t.seed());
    }

    private static int whole(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("must be a whole number");
        }
    }

    /** n of a finite set: 0 is how the task spells "online", which the checkbox chooses, not this field. */
    private static int positive(String s) {
        int n = whole(s);
        if (n < 1) {
            throw new NumberFormatException("must be at least 1 (tick \"online\" for fresh sequences every step)");
        }
        return n;
    }

    private static long seed(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("must be a whole number");
        }
    }

    private static double decimal(String s) {
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new NumberFormatException("must be a number");
        }
    }

    /** "1,1,1" (spaces allowed) → [1, 1, 1]; the task checks each length and their sum. */
    private static List<Integer> spans(String s) {
        List<Integer> out = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new NumberFormatException("must be whole numbers separated by commas, oldest block first"
                        + " (e.g. 1,1,1)");
            }
        }
        return out;
    }
}
