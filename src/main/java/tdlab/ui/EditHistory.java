package tdlab.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tdlab.train.RunConfig;

/**
 * Undo and redo of the user's edits in the window: the settings (the sidebar's draft built to a valid configuration,
 * named by what changed, "p 0.2 → 0.35"), an Apply &amp; restart (the replaced run itself comes back), a pin, the
 * speed, the panels' layout, the look. Everything recorded between {@link #beginGesture} and {@link #endGesture} (a
 * mouse press and its release: a drag on the p/q pad, a slider, a held spinner) that {@link Edit#then merges} is one
 * edit. A new edit clears the redo list; opening another file clears both lists, a save keeps them (the file holds
 * the current state). Edits that keep a replaced run alive are capped at {@link #KEPT_RUNS}: the oldest such edit is
 * forgotten (its run closed) when another would exceed it.
 */
public final class EditHistory {
    /** One edit the user made, already done when recorded. */
    public interface Edit {
        String name();

        void undo();

        void redo();

        /** This edit followed by {@code next} as one edit (within a drag); null when they stay two. */
        default Edit then(Edit next) {
            return null;
        }

        /** True when undoing it would change nothing (a drag that came back to where it started). */
        default boolean isEmpty() {
            return false;
        }

        /** False once what it would undo is gone (a pinned run closed by Stop comparing). */
        default boolean possible() {
            return true;
        }

        /** Whether it keeps a run that is not live (a replaced run, for Undo; an undone one, for Redo). */
        default boolean keepsRun() {
            return false;
        }

        /** The history forgets it: what it keeps (a run's thread) is released. */
        default void forget() {
        }
    }

    static final int MAX = 200;
    /**
     * Replaced runs kept alive for Undo / Redo: each holds up to {@link tdlab.sim.Simulation#TIMELINE_BUDGET_BYTES} of
     * checkpoints, and the window runs under a 1 GB heap beside up to three pinned runs.
     */
    public static final int KEPT_RUNS = 2;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private boolean gesture;
    private int gestures;
    /** Whether the top of the undo list was recorded in the gesture still open (later records merge into it). */
    private boolean topInGesture;
    /** Which way an edit is being replayed. */
    public enum Replay { UNDO, REDO }

    /** While an edit is undone or redone (what it sets is not a new edit); null otherwise. */
    private Replay replaying;

    /**
     * An edit of the run's settings from {@code before} to {@code after}, named by their differences;
     * {@code restore} puts a configuration back.
     */
    public static Edit settings(RunConfig before, RunConfig after, String taskType, Consumer<RunConfig> restore) {
        return ValueEdit.of("settings", before, after, restore,
                (a, b) -> ConfigDiff.between(a, b).describe(taskType));
    }

    /** Records an edit that has just been done (nothing while an undo or redo is being applied). */
    public void push(Edit e) {
        if (replaying != null) {
            return;
        }
        Edit next = e;
        if (gesture && topInGesture && !undo.isEmpty()) {
            Edit merged = undo.peek().then(e);
            if (merged != null) { // one edit per drag: from where the gesture started
                undo.pop();
                next = merged;
            }
        }
        forgetAll(redo);
        if (!next.isEmpty()) {
            undo.push(next);
            while (undo.size() > MAX) {
                undo.removeLast().forget();
            }
        }
        topInGesture = gesture;
        capKeptRuns();
        changed();
    }

    /** Takes the last edit back; false when there is none. */
    public boolean undo() {
        return move(undo, redo, true);
    }

    /** Does the last undone edit again; false when there is none. */
    public boolean redo() {
        return move(redo, undo, false);
    }

    private boolean move(Deque<Edit> from, Deque<Edit> to, boolean back) {
        prune();
        if (from.isEmpty()) {
            return false;
        }
        Edit e = from.pop();
        replaying = back ? Replay.UNDO : Replay.REDO;
        try {
            if (back) {
                e.undo();
            } else {
                e.redo();
            }
        } finally {
            replaying = null;
        }
        to.push(e);
        topInGesture = false;
        capKeptRuns();
        changed();
        return true;
    }

    /** The undo or redo being applied (what it sets is no edit of the user's), or null. */
    public Replay replaying() {
        return replaying;
    }

    public void beginGesture() {
        gesture = true;
        gestures++;
        topInGesture = false;
    }

    public void endGesture() {
        gesture = false;
        topInGesture = false;
    }

    /** The mouse gesture now open, counted from 1; 0 outside a gesture. */
    public int gesture() {
        return gesture ? gestures : 0;
    }

    /** Forgets every edit (another file was opened); kept runs are closed. */
    public void clear() {
        forgetAll(undo);
        forgetAll(redo);
        topInGesture = false;
        changed();
    }

    /** Forgets the edits that can no longer be undone or redone (what they would bring back is gone). */
    public void prune() {
        boolean any = drop(undo, e -> !e.possible()) | drop(redo, e -> !e.possible());
        if (any) {
            changed();
        }
    }

    /** The oldest edits that keep a run go first, the undo list's before the redo list's far end. */
    private void capKeptRuns() {
        int kept = (int) (undo.stream().filter(Edit::keepsRun).count() + redo.stream().filter(Edit::keepsRun).count());
        for (Deque<Edit> list : java.util.List.of(undo, redo)) {
            for (Iterator<Edit> it = list.descendingIterator(); it.hasNext() && kept > KEPT_RUNS; ) {
                Edit e = it.next();
                if (e.keepsRun()) {
                    it.remove();
                    e.forget();
                    kept--;
                }
            }
        }
    }

    private static boolean drop(Deque<Edit> list, java.util.function.Predicate<Edit> gone) {
        boolean any = false;
        for (Iterator<Edit> it = list.iterator(); it.hasNext(); ) {
            Edit e = it.next();
            if (gone.test(e)) {
                it.remove();
                e.forget();
                any = true;
            }
        }
        return any;
    }

    private static void forgetAll(Deque<Edit> list) {
        list.forEach(Edit::forget);
        list.clear();
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
