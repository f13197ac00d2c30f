package tdlab.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tdlab.train.RunConfig;

/**
 * Undo and redo of the user's edits to the run's settings. An edit is the pair of configurations before and after
 * it (the sidebar's draft built to a valid configuration), named by what changed ("p 0.2 → 0.35"); everything
 * recorded between {@link #beginGesture} and {@link #endGesture} (a mouse press and its release: a drag on the
 * p/q pad, a slider, a held spinner) is one edit. A new edit clears the redo list; opening another file clears
 * both lists, a save keeps them (the file holds the current state).
 */
public final class EditHistory {
    /** One edit: the configuration before it, after it, and its name. */
    public record Edit(String name, RunConfig before, RunConfig after) {
    }

    static final int MAX = 200;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private boolean gesture;
    /** Whether the top of the undo list was recorded in the gesture still open (later records merge into it). */
    private boolean topInGesture;

    /** Records a change of the settings from {@code before} to {@code after} (nothing when they are equal). */
    public void record(RunConfig before, RunConfig after, String taskType) {
        if (before.equals(after)) {
            return;
        }
        RunConfig from = before;
        if (gesture && topInGesture && !undo.isEmpty()) {
            from = undo.pop().before(); // one edit per drag: from where the gesture started
        }
        redo.clear();
        if (!from.equals(after)) {
            undo.push(new Edit(ConfigDiff.between(from, after).describe(taskType), from, after));
            while (undo.size() > MAX) {
                undo.removeLast();
            }
        }
        topInGesture = gesture;
        changed();
    }

    /** The configuration to go back to, if there is an edit to undo. */
    public Optional<RunConfig> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Edit e = undo.pop();
        redo.push(e);
        topInGesture = false;
        changed();
        return Optional.of(e.before());
    }

    /** The configuration to go forward to, if there is an undone edit. */
    public Optional<RunConfig> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit e = redo.pop();
        undo.push(e);
        topInGesture = false;
        changed();
        return Optional.of(e.after());
    }

    public void beginGesture() {
        gesture = true;
        topInGesture = false;
    }

    public void endGesture() {
        gesture = false;
        topInGesture = false;
    }

    /** Forgets every edit (another file was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        topInGesture = false;
        changed();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The name of the edit Undo would take back, or "". */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
