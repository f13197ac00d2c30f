package tdlab.ui.panels.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import tdlab.family.markov.MarkovFamily;
import tdlab.family.markov.Minimum;
import tdlab.render.LandscapeImage;
import tdlab.render.NumberText;
import tdlab.sweep.Sweep;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;
import tdlab.task.ConfigException;
import tdlab.theory.CanonicalTheory;
import tdlab.train.RunConfig;
import tdlab.ui.panels.BackgroundSweep;
import tdlab.ui.panels.PanelContext;

/**
 * The phase panel's state and work: the sweep's settings, the sweep itself on a background pool with
 * progress and cancel, its cells, the analytic basin boundary to draw over them, and what a click on a cell
 * loads into the live run.
 */
public final class PhaseViewModel {
    /** A sweep's grid and the cells finished (all of them unless cancelled). */
    public record Result(SweepSpec spec, List<SweepCell> cells) {
    }

    private final PanelContext context;
    private final ObjectProperty<SweepSpec.Mode> mode = new SimpleObjectProperty<>(SweepSpec.Mode.PQ);
    private final ObjectProperty<Integer> cellsPerAxis = new SimpleObjectProperty<>(12);
    private final ObjectProperty<Integer> steps = new SimpleObjectProperty<>(1500);
    /** Descend the exact population loss (where the run's model has one) instead of sampled batches. */
    private final javafx.beans.property.BooleanProperty exact = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.ReadOnlyBooleanWrapper exactAvailable =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final BackgroundSweep job = new BackgroundSweep("tdlab-phase", "");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<List<double[]>>> boundary = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper cursor = new ReadOnlyStringWrapper("");
    /** Where the mouse is, as fractions of the picture (x from the left, y from the bottom); null: elsewhere. */
    private double[] hovered;
    private final ReadOnlyBooleanWrapper hovering = new ReadOnlyBooleanWrapper();
    private RunConfig run;

    public PhaseViewModel(PanelContext context) {
        this.context = context;
    }

    /** The live run: the base of the next sweep. A finished sweep stays shown, so its cells can be clicked. */
    public void newRun(RunConfig cfg) {
        run = cfg;
        steps.set(cfg.training().steps());
        exactAvailable.set(tdlab.family.Families.of(cfg.task()).exactLoss(cfg.model()) != null);
        updateBoundary();
    }

    /** Starts a sweep with the current settings over the live run. */
    public void compute() {
        SweepSpec s;
        Sweep sweep;
        try {
            s = mode.get() == SweepSpec.Mode.PQ ? SweepSpec.pq(cellsPerAxis.get(), steps.get())
                    : SweepSpec.init(cellsPerAxis.get(), steps.get());
            sweep = new Sweep(exact.get() && exactAvailable.get() ? run.withTraining(run.training().withGradient(
                    tdlab.train.TrainingConfig.Gradient.EXACT)) : run, s);
        } catch (ConfigException e) {
            job.say(e.getMessage());
            return;
        }
        // the diagram shown stays until the new sweep has cells: a cancel must not leave the user with nothing
        job.start(s.cells(), "computing " + s.cells() + " runs…",
                (progress, cancel) -> sweep.run(Sweep.Shard.ALL, BackgroundSweep.threads(), progress, cancel),
                (out, secs, cancelled) -> finished(s, out, secs, cancelled));
    }

    /** Stops starting runs; the cells finished so far are kept. */
    public void cancel() {
        job.cancel();
    }

    private void finished(SweepSpec s, List<SweepCell> out, double secs, boolean cancelled) {
        Result before = result.get();
        if (cancelled && before != null && before.cells().size() == before.spec().cells()) {
            job.say(String.format(Locale.ROOT, "cancelled after %d of %d runs: the complete diagram before it is"
                    + " kept", out.size(), s.cells()));
            return;
        }
        result.set(new Result(s, out));
        updateBoundary();
        updateCursor();
        long disagree = out.stream().filter(SweepCell::disagrees).count();
        long judged = out.stream().filter(c -> c.analytic() != null).count();
        job.say(String.format(Locale.ROOT, "%s%d runs in %.1f s%s", cancelled ? "cancelled: " : "", out.size(),
                secs, judged == 0 ? "" : String.format(Locale.ROOT, "; %d disagree with the analytic basin test",
                        disagree)));
    }

    /**
     * Over (w0, e0), the analytic basin boundary of the live run's chain: the branches of the separatrix
     * E = E* that divide the basins, as polylines of (w, e) points; none over (p, q), whose boundary p + q = 1
     * the cells' picture draws itself.
     */
    private void updateBoundary() {
        Result r = result.get();
        CanonicalTheory th = run == null ? null : MarkovFamily.canonicalTheory(run.task()).orElse(null);
        if (r == null || r.spec().mode() != SweepSpec.Mode.INIT || th == null) {
            boundary.set(List.of());
            return;
        }
        SweepSpec spec = r.spec();
        List<List<double[]>> lines = new ArrayList<>();
        for (int sign : new int[] {1, -1}) {
            List<double[]> line = new ArrayList<>();
            for (int k = 0; k <= 400; k++) {
                double w = spec.xMin() + (spec.xMax() - spec.xMin()) * k / 400.0;
                double e = CanonicalTheory.separatrixE(w);
                if (!Double.isNaN(e) && LandscapeImage.separatrix(th, w)) {
                    line.add(new double[] {w, sign * e});
                } else if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        boundary.set(lines);
    }

    /**
     * A click on the picture at these fractions of its width (from the left) and height (from the bottom):
     * the cell's chain, or its start point, goes to the live run.
     */
    public void pick(double fx, double fy) {
        Result r = result.get();
        if (r == null) {
            return;
        }
        SweepSpec spec = r.spec();
        int i = index(fx, spec);
        int j = index(fy, spec);
        if (cell(r, i, j) == null) { // a cancelled sweep's empty cell
            job.say("That cell was not computed (the sweep was cancelled before it): Compute fills it.");
            return;
        }
        if (spec.mode() == SweepSpec.Mode.PQ) {
            context.pickChain(spec.x(i), spec.y(j));
        } else {
            context.pickStartPoint(spec.y(j), spec.x(i)); // x is w0, y is e0
        }
    }

    /** The mouse is over the picture at these fractions (as {@link #pick}): the readout describes that cell. */
    public void hover(double fx, double fy) {
        hovered = new double[] {fx, fy};
        updateCursor();
    }

    /** The mouse left the picture. */
    public void endHover() {
        hovered = null;
        updateCursor();
    }

    private void updateCursor() {
        Result r = result.get();
        hovering.set(r != null && hovered != null);
        if (!hovering.get()) {
            cursor.set("");
            return;
        }
        SweepSpec spec = r.spec();
        int i = index(hovered[0], spec);
        int j = index(hovered[1], spec);
        SweepCell c = cell(r, i, j);
        String where = String.format(Locale.ROOT, "%s %s, %s %s", spec.xName(), NumberText.of(spec.x(i), 3),
                spec.yName(), NumberText.of(spec.y(j), 3));
        cursor.set(c == null ? where + ": not computed" : String.format(Locale.ROOT, "%s: final loss %s, %s", where,
                NumberText.significant(c.loss(), 3), outcome(c.outcome())));
    }

    /** An outcome in the key's words. */
    static String outcome(Minimum m) {
        return switch (m) {
            case GLOBAL -> "global minimum";
            case LOCAL -> "unigram minimum";
            case NONE -> "not converged";
        };
    }

    /** The cell index under a fraction of the picture (clamped: the last pixel row belongs to the last cell). */
    private static int index(double fraction, SweepSpec spec) {
        return Math.max(0, Math.min(spec.n() - 1, (int) (fraction * spec.n())));
    }

    private static SweepCell cell(Result r, int i, int j) {
        return r.cells().stream().filter(c -> c.i() == i && c.j() == j).findFirst().orElse(null);
    }

    // ----------------------------------------------------------------- properties

    public ObjectProperty<SweepSpec.Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Integer> cellsPerAxisProperty() {
        return cellsPerAxis;
    }

    /** Training steps per cell; a new run sets its own length. */
    public ObjectProperty<Integer> stepsProperty() {
        return steps;
    }

    /** Whether the next sweep descends the exact loss (when {@link #exactAvailableProperty()}). */
    public javafx.beans.property.BooleanProperty exactProperty() {
        return exact;
    }

    /** Whether the run's model has an exact population loss on its task (the canonical model on a binary chain). */
    public ReadOnlyBooleanProperty exactAvailableProperty() {
        return exactAvailable.getReadOnlyProperty();
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

    /** Whether the mouse is over a drawn sweep (the cursor readout is worth showing). */
    public ReadOnlyBooleanProperty hoveringProperty() {
        return hovering.getReadOnlyProperty();
    }

    /** The hovered cell's coordinates, final loss and outcome, in words; empty while the mouse is elsewhere. */
    public ReadOnlyStringProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Polylines of (w, e) points to draw over the cells. */
    public ReadOnlyObjectProperty<List<List<double[]>>> boundaryProperty() {
        return boundary.getReadOnlyProperty();
    }
}
