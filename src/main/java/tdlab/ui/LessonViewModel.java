package tdlab.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import tdlab.preset.LessonStep;
import tdlab.preset.PresetException;
import tdlab.preset.RunSettings;
import tdlab.train.RunConfig;

/**
 * Plays a guided lesson (the preset's {@code classroom.steps}) over the session: the run pauses at the next step's
 * at_step (the session's pause point), and on getting there the step is shown: its note, its question with the
 * answer hidden until revealed, its highlighted panels; its settings, if any, restart the run with them. Next
 * moves on (playing to the next stop, or at once where the run is already past it); Back shows the previous
 * step and, where the run has recorded it, its frame. Back never undoes a step's settings (Edit → Undo does).
 * Properties only, no controls.
 */
public final class LessonViewModel {
    private final SessionViewModel session;
    private final Consumer<RunConfig> applyRun;
    private List<LessonStep> steps = List.of();
    /** The preset the lesson last started for: opening a file announces itself twice (new preset, opened). */
    private tdlab.preset.Preset startedFor;
    /** While the lesson is being edited: no pauses, no bar, until the next start. */
    private boolean suspended;
    /** After {@link #fromTheTop}: the lesson starts once the run is back at step 0 (and plays on if asked). */
    private Boolean startWhenAtZero;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<LessonStep> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
    private final BooleanProperty revealed = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<RunConfig> settingsRun = new ReadOnlyObjectWrapper<>();

    /**
     * @param applyRun restarts the run with a step's settings (the sidebar's path, so it is one undoable edit)
     */
    public LessonViewModel(SessionViewModel session, Consumer<RunConfig> applyRun) {
        this.session = session;
        this.applyRun = applyRun;
        session.openedProperty().addListener((o, a, b) -> {
            if (session.preset() != startedFor || suspended) {
                start();
            }
        });
        session.presetProperty().addListener((o, a, b) -> {
            if (b != null && !suspended && !b.classroom().steps().equals(steps)) { // edited in the app, or another preset
                start();
            }
        });
        session.stepProperty().addListener((o, a, b) -> {
            if (startWhenAtZero != null) {
                if (b.longValue() == 0) {
                    startAtZero();
                }
                return;
            }
            passed(a.longValue(), b.longValue());
        });
        start();
    }

    /**
     * The run went from step {@code from} to {@code to}: the steps in between are arrived at in turn (a fast run
     * crosses several between two polls), up to one with settings, whose restart leaves the later ones ahead; a
     * step at the same at_step as the one just shown waits for Next, as it would after a pause there.
     */
    private void passed(long from, long to) {
        long shown = -1;
        for (int k = index.get() + 1; k < steps.size(); k++) {
            long at = steps.get(k).atStep();
            if (from >= at || to < at || at == shown) {
                return;
            }
            arrive(k, true);
            shown = at;
            if (!steps.get(k).settings().isEmpty()) {
                return;
            }
        }
    }

    /** From the top: before the first step (or at it, where it is at the run's current step). */
    public void start() {
        suspended = false;
        startedFor = session.preset();
        steps = startedFor.classroom().steps();
        count.set(steps.size());
        problem.set("");
        settingsRun.set(null);
        show(-1);
        if (!steps.isEmpty() && session.stepProperty().get() == steps.get(0).atStep()) { // a step at the start
            arrive(0, true);
        }
    }

    /**
     * The run back to step 0 and the lesson before its first step; with {@code play}, on to the first step. The
     * reset reaches the run a moment later, so the lesson starts when the session reports step 0.
     */
    public void fromTheTop(boolean play) {
        startWhenAtZero = play;
        session.reset();
        if (session.stepProperty().get() == 0) {
            startAtZero();
        }
    }

    private void startAtZero() {
        boolean play = startWhenAtZero;
        startWhenAtZero = null;
        start();
        if (play) {
            next();
        }
    }

    /** While the lesson is edited: the run plays without stopping and the bar is hidden; {@link #start} resumes. */
    public void suspend() {
        suspended = true;
        steps = List.of();
        count.set(0);
        problem.set("");
        show(-1);
    }

    /** To the next step: at once where the run is already there, else the run plays to it and pauses. */
    public void next() {
        int k = index.get() + 1;
        if (k >= steps.size()) {
            return;
        }
        if (session.stepProperty().get() >= steps.get(k).atStep()) {
            session.showStep(steps.get(k).atStep());
            arrive(k, true);
        } else if (!session.runningProperty().get()) {
            session.togglePlay(); // to the pause point: this step's at_step
        }
    }

    /** To the previous step: its note, and its frame where the run has recorded it; its settings are not re-applied. */
    public void back() {
        int k = index.get() - 1;
        if (k < 0) {
            return;
        }
        if (session.runningProperty().get()) {
            session.pause();
        }
        session.showStep(steps.get(k).atStep());
        arrive(k, false);
    }

    private void arrive(int k, boolean forward) {
        if (session.runningProperty().get() && session.pauseAtProperty().get() != steps.get(k).atStep()) {
            session.pause(); // got here without the pause point (a run started before the lesson): stop now
        }
        show(k);
        LessonStep s = steps.get(k);
        if (forward && !s.settings().isEmpty()) {
            try {
                RunConfig next = RunSettings.apply(session.runConfig(), s.settings());
                settingsRun.set(next); // before the restart, so the window knows whose change it is
                applyRun.accept(next);
                problem.set("");
            } catch (PresetException e) { // the user changed the run so that the lesson's settings no longer fit
                problem.set("This step's settings do not fit the current run: " + String.join("; ", e.problems()));
            }
        }
    }

    private void show(int k) {
        index.set(k);
        revealed.set(false);
        current.set(k < 0 ? null : steps.get(k));
        int n = steps.size();
        position.set(n == 0 ? "" : k < 0 ? "Before step 1 of " + n : "Step " + (k + 1) + " of " + n);
        canNext.set(k + 1 < n);
        canBack.set(k > 0);
        session.pauseAtProperty().set(k + 1 < n ? steps.get(k + 1).atStep() : -1);
    }

    // ----------------------------------------------------------------- properties

    /** Whether the preset has a guided lesson. */
    public boolean active() {
        return !steps.isEmpty();
    }

    /** The shown step's index, −1 before the first. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** How many steps the lesson has (0: no lesson). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The shown step; null before the first or without a lesson. */
    public ReadOnlyObjectProperty<LessonStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "Step 2 of 5". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Why a step's settings could not be applied; empty when they were. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    /** The run the lesson starts from: the preset's as it was when the lesson started, before any step's settings. */
    public RunConfig startRun() {
        return startedFor.run();
    }

    /** The run the lesson's last settings made (null: none since it started): a change of the lesson's, not the user's. */
    public ReadOnlyObjectProperty<RunConfig> settingsRunProperty() {
        return settingsRun.getReadOnlyProperty();
    }

    /** Whether the shown question's answer is revealed; a new step hides it again. */
    public BooleanProperty revealedProperty() {
        return revealed;
    }
}
