package tdlab.ui.panels.headsweep;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tdlab.model.mha.MultiHeadClassifierConfig;
import tdlab.sweep.HeadsCell;
import tdlab.sweep.HeadsSweep;
import tdlab.task.ConfigException;
import tdlab.train.RunConfig;
import tdlab.ui.panels.BackgroundSweep;

/**
 * The heads sweep panel's state and work: the list of H as typed (science.md's 1, 2, 4, 8, 16 to start), the sweep
 * of the live run on a background pool with progress and cancel, and the runs it finished. The sweep itself is
 * {@link HeadsSweep}'s.
 */
public final class HeadSweepViewModel {
    private final StringProperty heads = new SimpleStringProperty("1, 2, 4, 8, 16");
    private final BackgroundSweep job = new BackgroundSweep("tdlab-headsweep", "Compute trains the current run"
            + " with each number of heads (same data, same seed; η scaled with H as the run's Model says).");
    private final ReadOnlyObjectWrapper<List<HeadsCell>> result = new ReadOnlyObjectWrapper<>();
    private RunConfig run;

    /** The live run: the base of the next sweep. A finished sweep stays shown. */
    public void newRun(RunConfig cfg) {
        run = cfg;
    }

    /** Starts a sweep of the live run over the typed heads; a bad list or run is reported in the status line. */
    public void compute() {
        if (run == null || job.computingProperty().get()) {
            return;
        }
        HeadsSweep sweep;
        try {
            sweep = new HeadsSweep(run, HeadsSweep.parse(heads.get().replace(" ", ""), "H"));
        } catch (ConfigException e) {
            job.say(e.getMessage());
            return;
        }
        int total = sweep.heads().size();
        boolean scaled = run.model() instanceof MultiHeadClassifierConfig m && m.scaleLearningRate();
        result.set(List.of());
        job.start(total, "training " + total + " runs…",
                (progress, cancel) -> sweep.run(BackgroundSweep.threads(), progress, cancel),
                (out, secs, cancelled) -> finished(total, sweep.steps(), scaled, out, secs, cancelled));
    }

    /** Stops starting runs; the finished ones are kept. */
    public void cancel() {
        job.cancel();
    }

    private void finished(int total, int steps, boolean scaled, List<HeadsCell> out, double secs, boolean cancelled) {
        result.set(out);
        job.say(String.format(Locale.ROOT, "%s%d of %d runs of %d iterations in %.1f s, η %s", cancelled
                ? "cancelled: " : "", out.size(), total, steps, secs, scaled ? "scaled with H" : "not scaled"));
    }

    /** H values as typed, "1, 2, 4, 8, 16". */
    public StringProperty headsProperty() {
        return heads;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return job.computingProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    /** The last sweep's runs, null before the first. */
    public ReadOnlyObjectProperty<List<HeadsCell>> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
