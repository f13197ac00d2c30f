package tdlab.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import tdlab.model.ParamGroup;
import tdlab.preset.Preset;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;

/**
 * The live session the window shows: the current run (a {@link Simulation}), what the panels display
 * (the newest frame, or the frame the timeline is scrubbed to) and the transport commands. JavaFX
 * properties only, no controls; {@link #poll()} is called once per animation pulse on the FX thread and
 * never blocks on training.
 */
public final class SessionViewModel implements AutoCloseable {
    /** Steps per second at speed 1×: one step per frame of a 60 Hz display. */
    public static final double STEPS_PER_SECOND_AT_1X = 60;
    public static final double MAX_SPEED = 100;
    /**
     * A step's threads in the window where the preset leaves it open: one core stays with drawing (one thread on a
     * two-core laptop, where a second would take the UI's core).
     */
    static final int WINDOW_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunInfo> info = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Frame>> frames = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Simulation.Status> status = new ReadOnlyObjectWrapper<>(Simulation.Status.PAUSED);
    private final ReadOnlyStringWrapper divergence = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper timelineIndex = new ReadOnlyIntegerWrapper();
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Preset> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyStringWrapper editedFrom = new javafx.beans.property.ReadOnlyStringWrapper();
    /** Where Play stops on its own (a lesson step's at_step); −1: it plays to the end. */
    private final javafx.beans.property.LongProperty pauseAt = new javafx.beans.property.SimpleLongProperty(-1);
    /** Counts the presets opened (not the restarts of an applied edit): a lesson starts over on each. */
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper();
    /** Counts the runs shown, new or brought back: two runs of the same settings have equal infos. */
    private final ReadOnlyIntegerWrapper runs = new ReadOnlyIntegerWrapper();
    /** The live run's timeline marks (its learning-rate changes), oldest first. */
    private final ReadOnlyObjectWrapper<List<TimelineMark>> marks = new ReadOnlyObjectWrapper<>(List.of());
    private Simulation sim;
    private List<Frame> lastFrames;
    /** What a run's thread waits for before it starts (see the two-argument constructor). */
    private final java.util.concurrent.CompletionStage<?> startWhen;

    public SessionViewModel(Preset initial) {
        this(initial, java.util.concurrent.CompletableFuture.completedFuture(null));
    }

    /**
     * Starts the first run's thread only when {@code startWhen} completes (the window passes its first drawn frame):
     * the step-0 frame's evaluation, and the loss plane that follows it, would otherwise take one of a two-core
     * laptop's cores while the window is being built and drawn (docs/performance.md, "Start"). Commands sent
     * before then wait for the thread. Complete it on the FX thread.
     */
    public SessionViewModel(Preset initial, java.util.concurrent.CompletionStage<?> startWhen) {
        this.startWhen = startWhen;
        speed.addListener((o, a, b) -> applySpeed());
        preset.addListener((o, a, b) -> {
            dirty.set(!java.util.Objects.equals(b, saved.get()));
            editedFrom.set(editedFrom(b, saved.get()));
        });
        saved.addListener((o, a, b) -> {
            dirty.set(!java.util.Objects.equals(preset.get(), b));
            editedFrom.set(editedFrom(preset.get(), b));
        });
        load(initial);
    }

    /** Replaces the run with a fresh one from this preset (paused at step 0). */
    public void load(Preset p) {
        replaceRun(p, true);
        opened.set(opened.get() + 1);
    }

    private void replaceRun(Preset p, boolean fromFile) {
        Simulation next = new Simulation(p.run(), WINDOW_THREADS); // config errors surface before the old run stops
        if (fromFile) { // before the run is announced, so what the preset's settings send reaches the new followers
            presetOpened.forEach(l -> l.accept(p));
        }
        if (sim != null) {
            sim.close();
        }
        sim = next;
        // the old run's frames go before the new run is announced: a panel told of the new run must never be
        // shown the old frames (the loss plane would project another model's parameters)
        forgetShownRun();
        saved.set(p); // what was loaded is what is on disk
        preset.set(p);
        marks.set(List.of());
        announceRun();
        if (startWhen.toCompletableFuture().isDone()) {
            sim.start();
        } else {
            // on the thread that completes it: the FX thread. A run replaced meanwhile starts too unless it was
            // closed: a pin or an undoable Apply hands it over alive, and its keeper sends it commands
            startWhen.thenRun(() -> {
                if (next.status() != Simulation.Status.CLOSED) {
                    next.start();
                }
            });
        }
        applySpeed();
        poll();
    }

    private void forgetShownRun() {
        lastFrames = null;
        pendingScrub = -1;
        following.set(true);
        frames.set(List.of());
        frame.set(null);
    }

    private void announceRun() {
        info.set(sim.info());
        runs.set(runs.get() + 1);
    }

    /** Restarts with a new run configuration, keeping the preset's title, description, view and classroom. */
    public void apply(RunConfig cfg) {
        Preset keep = saved.get();
        replaceRun(preset.get().withRun(cfg), false);
        saved.set(keep); // an applied edit is not saved yet
    }

    // ----------------------------------------------------------------- runs that move with this one (comparisons)

    /** Runs that take the live run's transport commands and speed too (a comparison's pinned runs). */
    public interface Followers {
        default void play() {
        }

        default void pause() {
        }

        default void step(int n) {
        }

        default void runTo(long step) {
        }

        default void reset() {
        }

        /** Steps per second; 0 removes the cap. */
        default void setSpeedLimit(double stepsPerSecond) {
        }

        /** Whether any of them is training (Play / pause then pauses them all). */
        default boolean anyRunning() {
            return false;
        }
    }

    private static final Followers NO_FOLLOWERS = new Followers() {
    };
    private Followers followers = NO_FOLLOWERS;
    private final List<java.util.function.Consumer<Preset>> presetOpened =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** These runs move with the live one from now on (null: none); they get the current speed at once. */
    public void setFollowers(Followers f) {
        followers = f == null ? NO_FOLLOWERS : f;
        followers.setSpeedLimit(speedLimit());
    }

    /** Told of every preset opened (not of an applied edit), before its run is announced. */
    public void onPresetOpened(java.util.function.Consumer<Preset> listener) {
        presetOpened.add(listener);
    }

    /**
     * Hands the current run to the caller, who closes it, instead of closing it: the session goes on with a fresh
     * run of the same settings, paused at step 0 (Compare's pin: the pinned run keeps its thread and its frames, the
     * live one is free to be edited).
     */
    public Simulation handOverRun() {
        return applyKeeping(runConfig()).sim();
    }

    /**
     * A run as the window shows it: its simulation, its settings (live learning-rate changes included) and its
     * timeline's marks. An undoable Apply &amp; restart or pin keeps the run it replaced as one.
     */
    public record LiveRun(Simulation sim, RunConfig config, List<TimelineMark> marks) {
    }

    /** The live run as it is now. */
    public LiveRun liveRun() {
        return new LiveRun(sim, runConfig(), marks.get());
    }

    /**
     * {@link #apply} that hands the replaced run to the caller (who closes it) instead of closing it; it is paused.
     */
    public LiveRun applyKeeping(RunConfig cfg) {
        LiveRun old = liveRun();
        sim = null; // so the restart does not close it
        try {
            apply(cfg);
        } catch (RuntimeException e) { // the new run could not be built: the old one stays
            sim = old.sim();
            throw e;
        }
        pauseIfTraining(old.sim());
        return old;
    }

    /**
     * Brings this run back as the live one, with its frames, its step and its settings (the preset's title, view and
     * classroom stay); the run it replaces is paused and handed to the caller, not closed.
     */
    public LiveRun swap(LiveRun back) {
        LiveRun out = liveRun();
        pauseIfTraining(out.sim());
        sim = back.sim();
        forgetShownRun();
        preset.set(preset.get().withRun(back.config()));
        marks.set(back.marks());
        announceRun();
        applySpeed();
        poll();
        return out;
    }

    private static void pauseIfTraining(Simulation s) {
        if (s.status() == Simulation.Status.RUNNING) {
            s.pause();
        }
    }

    /**
     * Marks the live run's timeline at its current step (a learning rate changed or put back); {@code merge} replaces
     * the last mark's text and keeps its step (one drag of a slider is one change).
     */
    public void markTimeline(String text, boolean merge) {
        List<TimelineMark> m = new java.util.ArrayList<>(marks.get());
        long at = sim.currentStep();
        if (merge && !m.isEmpty()) {
            at = m.remove(m.size() - 1).step();
        }
        m.add(new TimelineMark(at, text));
        marks.set(List.copyOf(m));
    }

    /** Marks after this step go with the frames they belong to (a reset, a branch, a rollback). */
    private void dropMarksAfter(long step) {
        marks.set(marks.get().stream().filter(k -> k.step() <= step).toList());
    }

    /** The file now holds the current setup (after a save). */
    public void markSaved(Preset p) {
        preset.set(p);
        saved.set(p);
    }

    /** Replaces the classroom of the current preset (a lesson edited in the app) without a restart. */
    public void setClassroom(tdlab.preset.Classroom classroom) {
        preset.set(preset.get().withClassroom(classroom));
    }

    /** Replaces the view settings of the current preset (palette, theme, panels, timeline) without a restart. */
    public void setView(tdlab.preset.ViewSettings view) {
        Preset p = preset.get();
        preset.set(p.withView(view));
    }

    // ----------------------------------------------------------------- commands

    public void togglePlay() {
        if (running.get() || followers.anyRunning()) {
            sim.pause();
            followers.pause();
        } else if (divergence.get() == null) {
            following.set(true);
            long stop = pauseAt.get();
            if (stop > step.get()) {
                sim.runTo(stop); // a lesson's next stop: the run pauses there by itself
                followers.runTo(stop);
            } else {
                sim.play();
                followers.play();
            }
        }
    }

    public void pause() {
        sim.pause();
        followers.pause();
    }

    public void step(int n) {
        if (divergence.get() == null) {
            following.set(true);
            sim.step(n);
            followers.step(n);
        }
    }

    public void reset() {
        following.set(true);
        dropMarksAfter(-1);
        sim.reset();
        followers.reset();
    }

    /** Continues from the displayed frame with the current settings; later frames are dropped. */
    public void branchHere() {
        Frame f = frame.get();
        if (f != null) {
            sim.branch(f.step());
            dropMarksAfter(f.step());
            following.set(true);
        }
    }

    /**
     * Branch here as an undoable edit: the live run becomes a fork that holds the frames up to the displayed one and
     * goes on from it with the current settings, and the run it replaces (every frame kept, paused) is handed to the
     * caller, who closes it. Empty when nothing is displayed or the run cannot fork (its thread has stopped); then
     * nothing changed.
     */
    public java.util.Optional<LiveRun> branchKeeping() {
        Frame f = frame.get();
        return f == null ? java.util.Optional.empty() : forkKeeping(f.step(), runConfig());
    }

    /** A run forked from this recorded step with these settings becomes the live one; the replaced run is kept. */
    private java.util.Optional<LiveRun> forkKeeping(long step, RunConfig cfg) {
        List<TimelineMark> kept = marks.get().stream().filter(k -> k.step() <= step).toList();
        return sim.fork(step, cfg).map(fork -> {
            LiveRun replaced = swap(new LiveRun(fork, cfg, kept));
            following.set(true);
            return replaced;
        });
    }

    /** The step a rollback returns to: the last recorded frame that did not diverge; −1 when there is none. */
    public long rollbackStep() {
        List<Frame> fs = frames.get();
        for (int i = fs.size() - 1; i >= 0; i--) {
            if (!fs.get(i).diverged()) {
                return fs.get(i).step();
            }
        }
        return -1;
    }

    /**
     * After a divergence: a run forked from the last recorded finite frame with these settings (the current ones, or
     * {@link #withLearningRatesScaled lower rates}) becomes the live one, and the diverged run is paused and handed to
     * the caller, who keeps it for Undo. Empty when no frame before the divergence was recorded.
     */
    public java.util.Optional<LiveRun> rollbackKeeping(RunConfig cfg) {
        long to = rollbackStep();
        return to < 0 ? java.util.Optional.empty() : forkKeeping(to, cfg);
    }

    /** The live run's settings with every group's learning rate times this factor. */
    public RunConfig withLearningRatesScaled(double factor) {
        RunConfig r = runConfig();
        tdlab.train.TrainingConfig t = r.training();
        for (ParamGroup g : ParamGroup.values()) {
            t = t.withLearningRate(g, t.group(g).learningRate() * factor);
        }
        return r.withTraining(t);
    }

    /**
     * Applies at the next step; the step counter and optimizer state are kept. The current preset records
     * the new rate, so a save reproduces the run from here on.
     */
    public void setLearningRate(ParamGroup group, double lr) {
        sim.setLearningRate(group, lr);
        RunConfig r = preset.get().run();
        preset.set(preset.get().withRun(r.withTraining(r.training().withLearningRate(group, lr))));
    }

    /**
     * Trains to this step at full speed and then shows the recorded frame at it (a preset's saved timeline
     * position).
     */
    public void runToAndShow(long target) {
        following.set(false);
        pendingScrub = target;
        sim.runTo(target);
        followers.runTo(target);
    }

    private long pendingScrub = -1;
    private Object[] narrated;

    /** Shows the recorded frame at this timeline index (and stops following the newest). */
    public void scrubTo(int index) {
        List<Frame> fs = frames.get();
        if (fs.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(fs.size() - 1, index));
        timelineIndex.set(i);
        following.set(i == fs.size() - 1);
        frame.set(fs.get(i));
    }

    private void applySpeed() {
        if (sim != null) {
            sim.setSpeedLimit(speedLimit());
        }
        followers.setSpeedLimit(speedLimit());
    }

    /** The speed as steps per second; 0 for no cap. */
    private double speedLimit() {
        double s = speed.get();
        return s >= MAX_SPEED ? 0 : s * STEPS_PER_SECOND_AT_1X;
    }

    // ----------------------------------------------------------------- polling

    /** Reads the simulation's newest state; called on the FX thread, cheap and non-blocking. */
    public void poll() {
        step.set(sim.currentStep());
        Simulation.Status s = sim.status();
        status.set(s);
        running.set(s == Simulation.Status.RUNNING);
        List<Frame> fs = sim.frames();
        boolean scrubNow = pendingScrub >= 0 && s != Simulation.Status.RUNNING && !fs.isEmpty()
                && fs.get(fs.size() - 1).step() >= pendingScrub;
        if (scrubNow || fs != lastFrames) {
            lastFrames = fs;
            frames.set(fs);
            if (scrubNow) { // a preset's saved timeline position, once the run has got there
                int k = Frame.indexAtOrBefore(fs, pendingScrub);
                pendingScrub = -1;
                scrubTo(k);
            } else if (following.get() && !fs.isEmpty()) {
                timelineIndex.set(fs.size() - 1);
                frame.set(fs.get(fs.size() - 1));
            } else if (!fs.isEmpty()) {
                scrubTo(Math.min(timelineIndex.get(), fs.size() - 1));
            }
        }
        String why = null;
        if (s == Simulation.Status.DIVERGED) { // derived from the run each pulse, so a rollback clears it
            Frame last = sim.latest();
            why = last != null && last.divergence() != null ? last.divergence() : "the run diverged";
        }
        if (!java.util.Objects.equals(why, divergence.get())) {
            divergence.set(why);
        }
        // following a playing run, the sentence speaks of the newest frame, the step its numbers belong to; the
        // live counter runs ahead between frames and would flicker "(showing step …)" in and out every pulse
        long told = following.get() && s == Simulation.Status.RUNNING && frame.get() != null ? frame.get().step()
                : step.get();
        Object[] inputs = {frame.get(), info.get(), s, told, divergence.get()};
        if (!java.util.Arrays.equals(inputs, narrated)) { // the sentence is formatted only when what it says changed
            narrated = inputs;
            narration.set(Narrator.describe(frame.get(), info.get(), s, told, divergence.get()));
        }
    }

    /** Blocks until the training thread is idle (for tests and exports), then polls. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        boolean idle = sim.awaitIdle(millis);
        return idle;
    }

    @Override
    public void close() {
        if (sim != null) {
            sim.close();
        }
    }

    // ----------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public Preset preset() {
        return preset.get();
    }

    public ReadOnlyObjectProperty<RunInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Frame>> framesProperty() {
        return frames.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Simulation.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the run diverged, or null. */
    public ReadOnlyStringProperty divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty timelineIndexProperty() {
        return timelineIndex.getReadOnlyProperty();
    }

    public BooleanProperty followingProperty() {
        return following;
    }

    /** Training speed, 0.1× to 100× (×60 steps per second); 100× removes the cap. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The step at which Play pauses by itself (−1: none); a lesson sets it to its next step's at_step. */
    public javafx.beans.property.LongProperty pauseAtProperty() {
        return pauseAt;
    }

    /** Incremented by every run shown: a new one (opened or applied) or one brought back by Undo / Redo. */
    public ReadOnlyIntegerProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** The live run's timeline marks. */
    public ReadOnlyObjectProperty<List<TimelineMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Incremented by every {@link #load} (a preset opened), not by an applied edit's restart. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** Shows the recorded frame at (or just before) this step, if the run has recorded that far. */
    public void showStep(long target) {
        List<Frame> fs = frames.get();
        if (!fs.isEmpty() && fs.get(fs.size() - 1).step() >= target) {
            scrubTo(Frame.indexAtOrBefore(fs, target));
        }
    }

    public ReadOnlyStringProperty narrationProperty() {
        return narration.getReadOnlyProperty();
    }


    public RunConfig runConfig() {
        return preset.get().run();
    }

    /**
     * The title of the preset last loaded or saved when the current run's settings differ from its (its
     * description no longer describes what runs); null when they are the same. A changed view alone is no edit.
     */
    public javafx.beans.property.ReadOnlyStringProperty editedFromProperty() {
        return editedFrom.getReadOnlyProperty();
    }

    private static String editedFrom(Preset current, Preset origin) {
        return current == null || origin == null || current.run().equals(origin.run()) ? null : origin.title();
    }

    /** True when the current setup differs from the preset last loaded or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The simulation itself, for the UI benchmark and tests. */
    Simulation simulation() {
        return sim;
    }
}
