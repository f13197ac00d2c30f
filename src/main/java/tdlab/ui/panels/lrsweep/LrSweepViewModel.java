package tdlab.ui.panels.lrsweep;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tdlab.family.classes.RateGrid;
import tdlab.sweep.RateCell;
import tdlab.sweep.RateSweep;
import tdlab.sweep.Sweep;
import tdlab.task.ConfigException;
import tdlab.train.RunConfig;
import tdlab.ui.panels.BackgroundSweep;

/**
 * The learning-rate sweep panel's state and work: the grid as the user types it (the paper's Fig. 6 grid to
 * start), the sweep of the live run on a background pool with progress and cancel, and the cells it finished.
 * The sweep itself is {@link RateSweep}'s.
 */
public final class LrSweepViewModel {
    /** A sweep's grid, its runs' length and the cells finished (all of them unless cancelled). */
    public record Result(RateGrid grid, int steps, List<RateCell> cells) {
    }

    private final StringProperty etaZ = new SimpleStringProperty(text(RateGrid.FIGURE_6.etaZ()));
    private final StringProperty etaRatio = new SimpleStringProperty(text(RateGrid.FIGURE_6.etaRatio()));
    private final ObjectProperty<Integer> seeds = new SimpleObjectProperty<>(RateGrid.FIGURE_6.seeds());
    private final BackgroundSweep job = new BackgroundSweep("tdlab-lrsweep", "Compute trains every cell of the grid"
            + " from the current run's settings.");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private RunConfig run;

    /** The live run: the base of the next sweep. A finished sweep stays shown. */
    public void newRun(RunConfig cfg) {
        run = cfg;
    }

    /** Starts a sweep of the live run over the typed grid; a bad grid is reported in the status line. */
    public void compute() {
        if (run == null || job.computingProperty().get()) {
            return;
        }
        RateSweep sweep;
        try {
            sweep = new RateSweep(run, new RateGrid(RateGrid.parse(etaZ.get(), "η_Z"),
                    RateGrid.parse(etaRatio.get(), "η_Y/η_Z"), seeds.get() == null ? 0 : seeds.get()));
        } catch (ConfigException e) {
            job.say(e.getMessage());
            return;
        }
        RateGrid grid = sweep.grid();
        int total = sweep.runs(Sweep.Shard.ALL);
        result.set(new Result(grid, sweep.steps(), List.of()));
        job.start(total, "training " + total + " runs…",
                (progress, cancel) -> sweep.run(Sweep.Shard.ALL, BackgroundSweep.threads(), progress, cancel),
                (out, secs, cancelled) -> finished(grid, sweep.steps(), out, secs, cancelled));
    }

    /** Stops starting runs; the cells with finished runs are kept. */
    public void cancel() {
        job.cancel();
    }

    private void finished(RateGrid grid, int steps, List<RateCell> out, double secs, boolean cancelled) {
        result.set(new Result(grid, steps, out));
        int runs = out.stream().mapToInt(RateCell::seeds).sum();
        job.say(String.format(Locale.ROOT, "%s%d of %d cells, %d runs of %d iterations in %.1f s", cancelled
                ? "cancelled: " : "", out.size(), grid.cells(), runs, steps, secs));
    }

    private static String text(List<Double> rates) {
        return String.join(", ", rates.stream().map(v -> v == Math.rint(v) ? String.valueOf(v.longValue())
                : String.valueOf(v)).toList());
    }

    // ----------------------------------------------------------------- properties

    /** η_Z values as typed, "0.5, 1, 2, 3". */
    public StringProperty etaZProperty() {
        return etaZ;
    }

    /** η_Y/η_Z values as typed. */
    public StringProperty etaRatioProperty() {
        return etaRatio;
    }

    public ObjectProperty<Integer> seedsProperty() {
        return seeds;
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

    /** The last sweep, null before the first. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
