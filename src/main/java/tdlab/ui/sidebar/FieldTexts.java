package tdlab.ui.sidebar;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import tdlab.task.ConfigException;
import tdlab.ui.FieldLabels;
import tdlab.ui.TaskFieldsDraft;

/**
 * What a family's form shows for each field of a {@link TaskFieldsDraft}: its current valid text and its refusal
 * in the form's words, kept up to date from the draft; and the one way the user's text goes back to it.
 *
 * @param <F> the form's fields
 */
final class FieldTexts<F extends Enum<F>> {
    private final TaskFieldsDraft<F, ?> draft;
    private final Map<F, ReadOnlyStringWrapper> texts = new HashMap<>();
    private final Map<F, ReadOnlyStringWrapper> errors = new HashMap<>();

    FieldTexts(TaskFieldsDraft<F, ?> draft) {
        this.draft = draft;
        for (F f : draft.fields()) {
            texts.put(f, new ReadOnlyStringWrapper());
            errors.put(f, new ReadOnlyStringWrapper());
        }
        draft.errors().addListener((MapChangeListener<F, ConfigException>) c -> errorsChanged());
        errorsChanged();
    }

    /** The user's text for a field: taken into the draft, or refused with the field's message. */
    void set(F f, String text) {
        // leaving a field unchanged is no edit; typing back the valid value after a refusal clears the message
        if (draft.errors().containsKey(f) || !text.strip().equals(texts.get(f).get())) {
            draft.set(f, text);
        }
    }

    /** Shows the draft's task again (after a change of it); nothing while it holds no task of this family. */
    void taskChanged() {
        if (draft.task() == null) {
            return;
        }
        for (F f : draft.fields()) {
            texts.get(f).set(draft.text(f));
        }
    }

    private void errorsChanged() {
        for (F f : draft.fields()) {
            ConfigException e = draft.errors().get(f);
            errors.get(f).set(e == null ? null : FieldLabels.message(e, draft.taskType()));
        }
    }

    ReadOnlyStringProperty text(F f) {
        return texts.get(f).getReadOnlyProperty();
    }

    ReadOnlyStringProperty error(F f) {
        return errors.get(f).getReadOnlyProperty();
    }
}
