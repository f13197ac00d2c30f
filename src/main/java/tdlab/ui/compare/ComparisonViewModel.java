package tdlab.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tdlab.preset.Comparisons;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.Variant;
import tdlab.render.CompareLayout;
import tdlab.render.ComparedRun;
import tdlab.render.Comparison;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;
import tdlab.ui.ConfigDiff;
import tdlab.ui.SessionViewModel;

/**
 * Compare: runs pinned beside the live one, up to {@link #MAX_RUNS} in all, each training on its own thread. A pin
 * takes over the live run's {@link Simulation} (it keeps its frames, its step and its letter) and the session goes
 * on with a fresh run of the same settings, free to be edited. The pinned runs follow the session's transport and
 * speed ({@link SessionViewModel.Followers}), so every run moves together; {@link #poll()} reads their frames on
 * the window's clock. A preset with a "compare" section opens with its own run live (A) and each variant pinned (B,
 * C, …); any other preset closes the pinned runs. JavaFX properties only, no controls.
 */
public final class ComparisonViewModel implements AutoCloseable {
    /** Runs side by side, the live one included. */
    public static final int MAX_RUNS = 4;
    private static final String LETTERS = "ABCD";
    private static final System.Logger LOG = System.getLogger(ComparisonViewModel.class.getName());

    private final SessionViewModel live;
    /** In letter order. */
    private final ObservableList<PinnedRun> pinned = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(Comparison.NONE);
    private final ReadOnlyObjectWrapper<DiffTable> diff = new ReadOnlyObjectWrapper<>(DiffTable.EMPTY);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final BooleanBinding comparing = Bindings.isNotEmpty(pinned);
    private final BooleanBinding canPin = Bindings.size(pinned).lessThan(MAX_RUNS - 1);
    private double speedLimit;
    private final ObjectProperty<CompareLayout> layout = new SimpleObjectProperty<>(CompareLayout.OVERLAY);
    /** Each pinned run's legend, named from the settings when they last changed. */
    private final Map<PinnedRun, String> legends = new HashMap<>();

    public ComparisonViewModel(SessionViewModel live) {
        this.live = live;
        live.setFollowers(new Mirror());
        live.onPresetOpened(this::open);
        // the legends and the table name the differences from the live run's current settings
        live.presetProperty().addListener((o, a, b) -> publish());
        layout.addListener((o, a, b) -> publishRuns());
        open(live.preset());
    }

    // ----------------------------------------------------------------- commands

    /**
     * Pins the live run (it keeps its letter, and pauses if it was playing); the session goes on with a fresh run of
     * the same settings. Returns the pinned run's simulation (for Edit → Undo), null when there is no room.
     */
    public Simulation pin() {
        if (!canPin.get()) {
            return null;
        }
        String name = liveName();
        RunConfig config = live.runConfig();
        PinnedRun run = new PinnedRun(name, null, config, live.handOverRun());
        if (run.alive()) { // the fresh live run waits at step 0: the next Play starts them together
            run.sim.pause();
        }
        add(run);
        return run.sim;
    }

    /** Whether this run is pinned (Stop comparing or another preset closes the pinned runs). */
    public boolean isPinned(Simulation run) {
        return pinned.stream().anyMatch(r -> r.sim == run);
    }

    /** Undo of a pin: the run leaves the comparison without being closed (the caller makes it live again). */
    public void unpin(Simulation run) {
        pinned.removeIf(r -> r.sim == run);
        publish();
    }

    /** Redo of a pin: this run, with these settings, pinned again under the live run's letter. */
    public void repin(Simulation run, RunConfig config) {
        add(new PinnedRun(liveName(), null, config, run));
    }

    /** Stop comparing: closes every pinned run; the live one goes on alone. */
    public void stop() {
        List<PinnedRun> closing = List.copyOf(pinned);
        pinned.clear();
        closing.forEach(r -> r.sim.close());
        publish();
    }

    /** Reads the pinned runs' newest frames; called on the FX thread once per pulse, never blocks. */
    public void poll() {
        boolean changed = false;
        for (PinnedRun r : pinned) {
            changed |= r.poll();
        }
        if (changed) {
            publishRuns();
        }
    }

    /**
     * The window is closing: the pinned runs' threads stop. Nothing is published (the window may be closed from any
     * thread, and it shows nothing more).
     */
    @Override
    public void close() {
        pinned.forEach(r -> r.sim.close());
    }

    /** A preset opened: its comparison's variants are pinned (its own run is live, A); no variants, no pinned runs. */
    private void open(Preset p) {
        stop();
        if (p.variants().isEmpty()) {
            return;
        }
        List<Preset> variants;
        try {
            variants = Comparisons.variants(p);
        } catch (PresetException e) { // the reader checked them; a refusal here is a bug, not the user's
            LOG.log(System.Logger.Level.ERROR, "cannot open the comparison of " + p.title() + ": " + e.problems());
            return;
        }
        int room = Math.min(variants.size(), MAX_RUNS - 1);
        if (room < variants.size()) {
            LOG.log(System.Logger.Level.WARNING, p.title() + ": only the first " + room + " compared runs are shown");
        }
        for (int i = 0; i < room; i++) {
            Variant v = p.variants().get(i);
            RunConfig config = variants.get(i).run();
            try {
                add(new PinnedRun(String.valueOf(LETTERS.charAt(i + 1)), v.name(), config,
                        new Simulation(config).start()));
            } catch (RuntimeException e) { // a model the run cannot build: the others are still compared
                LOG.log(System.Logger.Level.ERROR, "cannot start the compared run " + v.name(), e);
            }
        }
    }

    private void add(PinnedRun run) {
        run.sim.setSpeedLimit(speedLimit);
        run.poll();
        pinned.add(run);
        pinned.sort(Comparator.comparing(r -> r.name));
        publish();
    }

    // ----------------------------------------------------------------- what the window shows

    /** The live run's letter: the first one no pinned run holds. */
    public String liveName() {
        for (char c : LETTERS.toCharArray()) {
            String s = String.valueOf(c);
            if (pinned.stream().noneMatch(r -> r.name.equals(s))) {
                return s;
            }
        }
        throw new IllegalStateException("more than " + MAX_RUNS + " runs");
    }

    /** The runs or the settings changed: the legends and the table, then the runs. */
    private void publish() {
        legends.clear();
        if (pinned.isEmpty()) {
            diff.set(DiffTable.EMPTY);
            publishRuns();
            return;
        }
        String liveName = liveName();
        RunConfig now = live.runConfig();
        List<String> names = new ArrayList<>();
        List<RunConfig> configs = new ArrayList<>();
        for (PinnedRun r : pinned) {
            legends.put(r, legend(r, liveName, now));
            names.add(r.name);
            configs.add(r.config);
        }
        int at = (int) names.stream().filter(n -> n.compareTo(liveName) < 0).count(); // the live run in letter order
        names.add(at, liveName + " (live)");
        configs.add(at, now);
        DiffTable next = DiffTable.of(names, configs, now.task().type());
        if (!next.equals(diff.get())) {
            diff.set(next);
        }
        publishRuns();
    }

    /** The runs with their newest frames (each poll that brought frames: no settings compared again). */
    private void publishRuns() {
        progress.set(String.join(" · ", pinned.stream().map(PinnedRun::progress).toList()));
        if (pinned.isEmpty()) {
            comparison.set(Comparison.NONE);
            return;
        }
        String liveName = liveName();
        List<ComparedRun> runs = new ArrayList<>();
        for (PinnedRun r : pinned) {
            runs.add(new ComparedRun(r.name, legends.get(r), colour(r.name), r.frames));
        }
        comparison.set(new Comparison(liveName, colour(liveName), runs, layout.get()));
    }

    /**
     * A preset's variant by its name ("B: recommended start (0.5, −1)"); a pinned run by what it changes on the way
     * to the live run ("A → B: learning rate 0.01 → 0.05").
     */
    static String legend(PinnedRun r, String liveName, RunConfig now) {
        if (r.presetName != null) {
            return r.presetName.startsWith(r.name + ":") ? r.presetName : r.name + ": " + r.presetName;
        }
        ConfigDiff d = ConfigDiff.between(r.config, now);
        return d.isEmpty() ? r.name + ": same settings as " + liveName
                : r.name + " → " + liveName + ": " + d.describe(now.task().type());
    }

    /** A run's colour ({@link tdlab.render.CompareCharts#colour}) follows its letter: A, B, C, D in Okabe–Ito order. */
    public static int colour(String name) {
        return Math.max(0, LETTERS.indexOf(name.charAt(0)));
    }

    /** The pinned runs and the live run's name and colour (empty outside a comparison). */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** How the chart panels that can overlay show the runs: overlaid, or side by side (the compare bar's choice). */
    public ObjectProperty<CompareLayout> layoutProperty() {
        return layout;
    }

    /** Where each pinned run is ("A at step 600, finished"); the transport's counter tells the live run's step. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Every setting in which the runs differ. */
    public ReadOnlyObjectProperty<DiffTable> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    /** True while runs are pinned. */
    public BooleanBinding comparingProperty() {
        return comparing;
    }

    /** False when the window holds {@link #MAX_RUNS} runs. */
    public BooleanBinding canPinProperty() {
        return canPin;
    }

    /** The pinned runs' simulations, in letter order (for tests). */
    public List<Simulation> pinnedSimulations() {
        return pinned.stream().map(r -> r.sim).toList();
    }

    // ----------------------------------------------------------------- the transport, mirrored

    /** Sends the live run's commands to every pinned run that can still take them. */
    private final class Mirror implements SessionViewModel.Followers {
        private void each(Consumer<Simulation> command) {
            for (PinnedRun r : pinned) {
                if (r.alive()) {
                    command.accept(r.sim);
                }
            }
        }

        @Override
        public void play() {
            each(Simulation::play);
        }

        @Override
        public void pause() {
            each(Simulation::pause);
        }

        @Override
        public void step(int n) {
            each(s -> s.step(n));
        }

        @Override
        public void runTo(long step) {
            each(s -> s.runTo(step));
        }

        @Override
        public void reset() {
            each(Simulation::reset);
        }

        @Override
        public void setSpeedLimit(double stepsPerSecond) {
            speedLimit = stepsPerSecond;
            each(s -> s.setSpeedLimit(stepsPerSecond));
        }

        @Override
        public boolean anyRunning() {
            return pinned.stream().anyMatch(r -> r.sim.status() == Simulation.Status.RUNNING);
        }
    }
}
