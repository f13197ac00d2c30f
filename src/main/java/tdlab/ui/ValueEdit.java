package tdlab.ui;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * An edit of one value (the settings, the speed, the theme, a maximised panel): undo sets the value before it, redo
 * the value after. Two edits of the same key in one drag merge into one, from the first one's before to the second
 * one's after.
 *
 * @param key    what is edited; only edits of the same key merge
 * @param apply  sets the value (the window's own setter, which the history does not record while it replays)
 * @param namer  the edit's name from (before, after), as the Edit menu shows it
 */
public record ValueEdit<T>(String key, T before, T after, Consumer<T> apply, BiFunction<T, T, String> namer)
        implements EditHistory.Edit {

    public static <T> ValueEdit<T> of(String key, T before, T after, Consumer<T> apply,
            BiFunction<T, T, String> namer) {
        return new ValueEdit<>(key, before, after, apply, namer);
    }

    @Override
    public String name() {
        return namer.apply(before, after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }

    @Override
    public void redo() {
        apply.accept(after);
    }

    @Override
    public EditHistory.Edit then(EditHistory.Edit next) {
        return next instanceof ValueEdit<?> v && v.key.equals(key) ? merge(v) : null;
    }

    @SuppressWarnings("unchecked")
    private ValueEdit<T> merge(ValueEdit<?> v) {
        return new ValueEdit<>(key, before, (T) v.after, apply, namer);
    }

    @Override
    public boolean isEmpty() {
        return Objects.equals(before, after);
    }
}
