package tdlab.ui.sidebar;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.task.ConfigException;
import tdlab.ui.FieldLabels;
import tdlab.ui.HighOrderDraft;
import tdlab.ui.HighOrderDraft.Field;

/**
 * The view model of the high-order Markov chain's Data section, over the draft's {@link HighOrderDraft}: each
 * field's text and its message when refused, whether the data are online, what the spans make of the
 * sequences and of the model, and a sample sequence. The section's controls only bind to these and pass the
 * user's text back through {@link #set}.
 */
public final class HighOrderDataModel {
    /** A fixed seed: the sample changes with the task, not with every edit elsewhere. */
    private static final long SAMPLE_SEED = 17;

    private final HighOrderDraft draft;
    private final Map<Field, ReadOnlyStringWrapper> texts = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reversed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper shape = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sample = new ReadOnlyStringWrapper();

    public HighOrderDataModel(HighOrderDraft draft) {
        this.draft = draft;
        for (Field f : Field.values()) {
            texts.put(f, new ReadOnlyStringWrapper());
            errors.put(f, new ReadOnlyStringWrapper());
        }
        draft.revisionProperty().addListener(o -> taskChanged());
        draft.errors().addListener((MapChangeListener<Field, ConfigException>) c -> errorsChanged());
        taskChanged();
        errorsChanged();
    }

    /** The user's text for a field: taken into the draft, or refused with the field's message. */
    public void set(Field f, String text) {
        // leaving a field unchanged is no edit; typing back the valid value after a refusal clears the message
        if (draft.errors().containsKey(f) || !text.strip().equals(texts.get(f).get())) {
            draft.set(f, text);
        }
    }

    public void setOnline(boolean value) {
        draft.setOnline(value);
    }

    public void setReversed(boolean value) {
        draft.setReverseConstants(value);
    }

    private void taskChanged() {
        HighOrderMarkovTask t = draft.task();
        if (t == null) {
            return; // the draft holds no high-order task (another family is loaded)
        }
        for (Field f : Field.values()) {
            texts.get(f).set(draft.text(f));
        }
        online.set(t.online());
        reversed.set(t.reverseConstants());
        int w = t.context();
        shape.set("h = " + t.blocks() + " blocks, context w = " + w + "; each sequence: " + w + " uniform prefix"
                + " tokens, then " + t.length() + " generated (" + t.sequenceLength() + " inputs).\nThe model"
                + " follows: vocab " + t.vocab() + ", max length " + t.sequenceLength() + ", loss from input "
                + (w - 1) + " (the first generated target); heads, init and training stay as they are.");
        sample.set(sampleText(t));
    }

    private void errorsChanged() {
        for (Field f : Field.values()) {
            ConfigException e = draft.errors().get(f);
            errors.get(f).set(e == null ? null : FieldLabels.message(e));
        }
    }

    /** "sample: 3 17 5 | 9 …": the prefix, a bar, the generated tokens. */
    private static String sampleText(HighOrderMarkovTask t) {
        TaskSampler s = t.evaluationSampler();
        Batch b = s.allocate(1, t.sequenceLength());
        s.fill(b, SAMPLE_SEED);
        StringBuilder text = new StringBuilder("sample:");
        for (int i = 0; i < t.sequenceLength(); i++) {
            text.append(i == t.context() ? " | " : " ").append(b.input(0, i));
        }
        return text.toString();
    }

    /** The field's current valid value as text. */
    public ReadOnlyStringProperty textProperty(Field f) {
        return texts.get(f).getReadOnlyProperty();
    }

    /** Why the field's last text was refused; null while it stands. */
    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reversedProperty() {
        return reversed.getReadOnlyProperty();
    }

    /** What the spans and the length make of the sequences and of the model. */
    public ReadOnlyStringProperty shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** One sequence of the edited task. */
    public ReadOnlyStringProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }
}
