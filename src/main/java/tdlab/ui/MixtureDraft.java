package tdlab.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tdlab.task.ConfigException;
import tdlab.task.mixture.TokenizedMixtureTask;

/**
 * The editable copy of S5's tokenized mixture (the Data section), part of the {@link ConfigDraft}. Every field is
 * text: text that does not make a valid task is kept against the field with the task's own message (its field path
 * first, e.g. "task.relevant_share: must be in (0, 1] …") and leaves the last valid task in place. The ranges are
 * spelled once, in {@link TokenizedMixtureTask}. A valid change makes the training shape follow the task (batch =
 * n_train, sequence length and probe = T, validation set = n_test; see {@link ConfigDraft#build()}).
 */
public final class MixtureDraft {
    /** The edited fields in form order, with the words the form shows and their preset keys. */
    public enum Field {
        DIM("d (token width)", "dim", true),
        TOKENS("T (tokens)", "tokens", true),
        RELEVANT_SHARE("ζ (relevant share)", "relevant_share", false),
        IRRELEVANT_MEANS("M (irrelevant means)", "irrelevant_means", true),
        SIGNAL("S (signal)", "signal", false),
        NOISE("σ (noise)", "noise", false),
        TRAIN_SIZE("n train", "train_size", true),
        TEST_SIZE("n test", "test_size", true),
        SEED("data seed", "seed", true);

        private final String label;
        private final String key;
        private final boolean whole;

        Field(String label, String key, boolean whole) {
            this.label = label;
            this.key = key;
            this.whole = whole;
        }

        public String label() {
            return label;
        }

        public String path() {
            return "task." + key;
        }
    }

    private TokenizedMixtureTask task;
    private final Map<Field, ReadOnlyStringWrapper> texts = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public MixtureDraft() {
        for (Field f : Field.values()) {
            texts.put(f, new ReadOnlyStringWrapper(""));
            errors.put(f, new ReadOnlyStringWrapper());
        }
    }

    /** Back to this task, without errors. */
    void reset(TokenizedMixtureTask t) {
        task = t;
        errors.values().forEach(e -> e.set(null));
        changed();
    }

    public TokenizedMixtureTask task() {
        return task;
    }

    /** Takes the text if it makes a valid task; otherwise keeps the task and records why. */
    public boolean set(Field f, String text) {
        if (task == null) {
            return false;
        }
        String s = text.strip();
        if (errors.get(f).get() == null && s.equals(texts.get(f).get())) {
            return true; // leaving a field unchanged is no edit
        }
        try {
            TokenizedMixtureTask next = with(f, s);
            errors.get(f).set(null);
            if (!next.equals(task)) {
                task = next;
            }
            changed();
            return true;
        } catch (ConfigException e) {
            errors.get(f).set(e.getMessage());
            revision.set(revision.get() + 1);
            return false;
        }
    }

    /** The edited task; throws the first refusal in form order. */
    TokenizedMixtureTask build() {
        for (Field f : Field.values()) {
            String e = errors.get(f).get();
            if (e != null) {
                throw new ConfigException(f.path(), e.startsWith(f.path() + ": ") ? e.substring(f.path().length() + 2)
                        : e);
            }
        }
        return task;
    }

    private TokenizedMixtureTask with(Field f, String s) {
        TokenizedMixtureTask t = task;
        long n = 0;
        double x = 0;
        try {
            if (f.whole) {
                n = Long.parseLong(s);
            } else {
                x = Double.parseDouble(s.replace(',', '.'));
            }
        } catch (NumberFormatException e) {
            throw new ConfigException(f.path(), "must be " + (f.whole ? "a whole number" : "a number") + ", got \"" + s
                    + "\"");
        }
        int i = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
        return new TokenizedMixtureTask(f == Field.DIM ? i : t.dim(), f == Field.TOKENS ? i : t.tokens(),
                f == Field.RELEVANT_SHARE ? x : t.relevantShare(), f == Field.IRRELEVANT_MEANS ? i : t.irrelevantMeans(),
                f == Field.SIGNAL ? x : t.signal(), f == Field.NOISE ? x : t.noise(),
                f == Field.TRAIN_SIZE ? i : t.trainSize(), f == Field.TEST_SIZE ? i : t.testSize(),
                f == Field.SEED ? n : t.seed());
    }

    private void changed() {
        TokenizedMixtureTask t = task;
        if (t != null) {
            texts.get(Field.DIM).set(Integer.toString(t.dim()));
            texts.get(Field.TOKENS).set(Integer.toString(t.tokens()));
            texts.get(Field.RELEVANT_SHARE).set(decimal(t.relevantShare()));
            texts.get(Field.IRRELEVANT_MEANS).set(Integer.toString(t.irrelevantMeans()));
            texts.get(Field.SIGNAL).set(decimal(t.signal()));
            texts.get(Field.NOISE).set(decimal(t.noise()));
            texts.get(Field.TRAIN_SIZE).set(Integer.toString(t.trainSize()));
            texts.get(Field.TEST_SIZE).set(Integer.toString(t.testSize()));
            texts.get(Field.SEED).set(Long.toString(t.seed()));
            summary.set(String.format(Locale.ROOT, "%d relevant of %d tokens per sequence (⌈ζT⌉); full batch of %d,"
                    + " tested on %d", t.relevantTokens(), t.tokens(), t.trainSize(), t.testSize()));
        }
        revision.set(revision.get() + 1);
    }

    private static String decimal(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return Double.parseDouble(s) == v ? s : Double.toString(v);
    }

    public ReadOnlyStringProperty textProperty(Field f) {
        return texts.get(f).getReadOnlyProperty();
    }

    /** The task's refusal of the field's last text, its field path first; null while the text stands. */
    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Counts changes of the task or of a refusal. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
