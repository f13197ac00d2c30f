package tdlab.ui.panels.landscape;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import tdlab.family.markov.MarkovFamily;
import tdlab.render.Comparison;
import tdlab.render.Colormap;
import tdlab.render.LandscapeImage;
import tdlab.sim.Frame;
import tdlab.sim.ReducedCoordinates;
import tdlab.task.TaskSpec;
import tdlab.theory.CanonicalFlow;
import tdlab.render.NumberText;
import tdlab.theory.CanonicalTheory;
import tdlab.theory.Landscape;
import tdlab.train.RunConfig;

/**
 * The landscape panel's state and work: which chain's landscape to show (the running one, or the one being
 * edited in the sidebar), the landscape picture and the exact gradient flows, computed on one background
 * thread (a newer request supersedes an older one), the run's trajectory and the shown frame's (w, e, b).
 * E does not depend on p or q, so the traced level sets are kept between chains.
 */
public final class LandscapeViewModel {
    private static final int GRID = 200;

    /**
     * The landscape drawn at a size: its pixels, its colour scale (lowest height, height of the top colour)
     * and the map from (w, e) to its pixels.
     */
    public record Picture(int side, int[] argb, double lowest, double highest, LandscapeImage.Transform transform) {
    }

    /** The recorded frames and the index of the shown one: the trail runs up to it. */
    public record Trajectory(List<Frame> frames, int shownIndex) {
        static final Trajectory NONE = new Trajectory(List.of(), -1);
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tdlab-landscape");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    /**
     * Counts previews asked for and ended: a flow integrated for a drag that has since ended (the release,
     * or a new run, came while it was computed) is dropped, else it would stay drawn over later runs.
     */
    private final AtomicLong previewGeneration = new AtomicLong();
    private final Colormap map = Colormap.Named.VIRIDIS.load();
    private final BiConsumer<Double, Double> onPick;
    private final ReadOnlyObjectWrapper<CanonicalTheory> theory = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(Trajectory.NONE);
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(Comparison.NONE);
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cursor = new ReadOnlyStringWrapper("");
    /** The (e, w) under the mouse; null while it is off the picture. */
    private double[] hovered;
    private final ReadOnlyBooleanWrapper hovering = new ReadOnlyBooleanWrapper();
    private final BooleanProperty flow = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<double[]>> flowPath = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<double[]>> preview = new ReadOnlyObjectWrapper<>(List.of());
    private CanonicalTheory runTheory;
    private boolean shownEdited;
    private double[] flowStart;
    private int width;
    private int height;
    private LandscapeImage.EnergyContours contours; // touched only on the worker thread

    /** {@code onPick} gets (e0, w0) when the user picks a start point. */
    public LandscapeViewModel(BiConsumer<Double, Double> onPick) {
        this.onPick = onPick;
        flow.addListener((o, a, b) -> updateFlow());
    }

    public void newRun(RunConfig cfg) {
        endPreview();
        runTheory = MarkovFamily.canonicalTheory(cfg.task()).orElse(null);
        flowPath.set(List.of());
        flowStart = null;
        show(List.of(), null);
        showTheory(runTheory, false);
    }

    /**
     * The landscape of a task being edited in the sidebar, before it is applied; the trajectory shown stays
     * the running one's. Null returns to the running chain.
     */
    public void previewTask(TaskSpec edited) {
        CanonicalTheory th = edited == null ? runTheory : MarkovFamily.canonicalTheory(edited).orElse(null);
        showTheory(th, th != null && runTheory != null && !th.equals(runTheory));
    }

    private void showTheory(CanonicalTheory th, boolean edited) {
        if (Objects.equals(th, theory.get()) && edited == shownEdited) {
            return; // same chain, same note: a new run on it or a repeated edit event need no recompute
        }
        shownEdited = edited;
        theory.set(th);
        note.set(th == null ? "The canonical landscape needs a binary chain with 0 < p, q < 1 and a stationary"
                + " start." : String.format(Locale.ROOT, "p = %.2f, q = %.2f (p + q %s 1)%s", th.p(), th.q(),
                th.p() + th.q() < 1 ? "<" : th.p() + th.q() > 1 ? ">" : "=",
                edited ? " — edited chain, apply to train on it" : ""));
        flowPath.set(List.of());
        flowStart = null;
        updateReadout();
        updateCursor();
        recompute();
        updateFlow();
    }

    /** The space the view has for the picture, in pixels. */
    public void resize(int width, int height) {
        // the picture is square: only a new side (or the first size) needs a new landscape
        boolean sameSide = Math.min(width, height) == Math.min(this.width, this.height) && picture.get() != null;
        this.width = width;
        this.height = height;
        if (!sameSide) {
            recompute();
        }
    }

    /** Computes the picture off the FX thread; a newer request supersedes an older one. */
    private void recompute() {
        CanonicalTheory th = theory.get();
        long gen = generation.incrementAndGet();
        if (th == null || width < 20 || height < 20) {
            computing.set(false);
            picture.set(null);
            return;
        }
        computing.set(true);
        int side = Math.min(width, height);
        submit(() -> {
            if (generation.get() != gen) {
                return;
            }
            Landscape l = Landscape.compute(th, Landscape.Viewport.DEFAULT, GRID);
            contours = contours == null ? LandscapeImage.EnergyContours.of(l) : contours.reuseFor(l);
            BufferedImage img = LandscapeImage.render(l, contours, side, side, map, LandscapeImage.Layers.ALL);
            Picture p = new Picture(side, LandscapeImage.argb(img), l.minLoss(), LandscapeImage.colourTop(l),
                    new LandscapeImage.Transform(Landscape.Viewport.DEFAULT, side, side));
            Platform.runLater(() -> {
                if (generation.get() == gen) {
                    computing.set(false);
                    picture.set(p);
                }
            });
        });
    }

    /** The recorded frames and the shown one (null: the newest). */
    public void show(List<Frame> frames, Frame shown) {
        int last = frames.isEmpty() ? -1 : shown == null ? frames.size() - 1 : Frame.indexAtOrBefore(frames,
                shown.step());
        trajectory.set(new Trajectory(frames, last));
        updateReadout();
        updateFlow();
    }

    private void updateReadout() {
        Trajectory t = trajectory.get();
        ReducedCoordinates r = null;
        for (int i = t.shownIndex(); i >= 0 && r == null; i--) {
            r = t.frames().get(i).reduced();
        }
        readout.set(r == null || theory.get() == null ? "" : String.format(Locale.ROOT, "w %s  e %s  b %s%s",
                NumberText.of(r.w(), 3), NumberText.of(r.e(), 3), NumberText.of(r.b(), 3), r.explained() < 1
                ? String.format(Locale.ROOT,
                        "  (projection explains %.0f%%)", 100 * r.explained()) : ""));
    }

    /** The mouse is over the picture at (e, w): the readout names the point and the height there. */
    public void hover(double e, double w) {
        hovered = new double[] {e, w};
        updateCursor();
    }

    /** The mouse left the picture. */
    public void endHover() {
        hovered = null;
        updateCursor();
    }

    private void updateCursor() {
        CanonicalTheory th = theory.get();
        hovering.set(th != null && hovered != null);
        if (th == null || hovered == null) {
            cursor.set("");
        } else {
            double e = hovered[0];
            double w = hovered[1];
            cursor.set(String.format(Locale.ROOT, "cursor: w %s, e %s, L(e, w, b*) = %s", NumberText.of(w, 2),
                    NumberText.of(e, 2), NumberText.of(th.lossAtOptimalBias(e, w), 3)));
        }
    }

    /** With the flow switched on, integrates it once from the run's start point. */
    private void updateFlow() {
        List<Frame> frames = trajectory.get().frames();
        CanonicalTheory th = theory.get();
        if (!flow.get() || th == null || frames.isEmpty() || frames.get(0).reduced() == null) {
            return;
        }
        double e0 = frames.get(0).reduced().e();
        double w0 = frames.get(0).reduced().w();
        if (flowStart != null && flowStart[0] == e0 && flowStart[1] == w0) {
            return;
        }
        flowStart = new double[] {e0, w0};
        submit(() -> {
            List<double[]> path = new CanonicalFlow(th, 1e-8).path(e0, w0, 1e4, 1e-7, 4000);
            Platform.runLater(() -> {
                if (th.equals(theory.get())) {
                    flowPath.set(path);
                }
            });
        });
    }

    /** Previews the exact flow from (e, w) while the user drags. */
    public void previewFrom(double e, double w) {
        CanonicalTheory th = theory.get();
        if (th == null) {
            return;
        }
        long asked = previewGeneration.get();
        submit(() -> {
            List<double[]> path = new CanonicalFlow(th, 1e-7).path(e, w, 1e4, 1e-6, 2000);
            Platform.runLater(() -> {
                if (previewGeneration.get() == asked) {
                    preview.set(path);
                }
            });
        });
    }

    /** The drag ended: no preview, including one still being computed. */
    public void endPreview() {
        previewGeneration.incrementAndGet();
        preview.set(List.of());
    }

    /** The user picked (e, w) as the start point: restart there, rounded to two decimals. */
    public void pick(double e, double w) {
        onPick.accept(round(e), round(w));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Work for the worker; none once the panel is disposed (a closing window still lays out and resizes). */
    private void submit(Runnable task) {
        if (!worker.isShutdown()) {
            worker.submit(task);
        }
    }

    public void dispose() {
        worker.shutdownNow();
    }

    // ----------------------------------------------------------------- properties

    /** The shown chain's canonical theory; null where it has none. */
    public ReadOnlyObjectProperty<CanonicalTheory> theoryProperty() {
        return theory.getReadOnlyProperty();
    }

    /** The chain shown, in words. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The computed landscape; null while there is none to show. */
    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** True from a request for a new picture (another chain, another size) until it is in. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    /** The runs pinned beside this one: their trails are drawn on the same landscape, up to the shown step. */
    public void showComparison(Comparison c) {
        comparison.set(c);
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The shown frame's (w, e, b), in words. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Whether the mouse is over a picture with a theory (the cursor readout is worth showing). */
    public ReadOnlyBooleanProperty hoveringProperty() {
        return hovering.getReadOnlyProperty();
    }

    /** The point under the mouse and its height L(e, w, b*), in words; empty while the mouse is elsewhere. */
    public ReadOnlyStringProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Whether the exact gradient flow from the run's start is drawn. */
    public BooleanProperty flowProperty() {
        return flow;
    }

    /** The exact flow from the run's start, as (e, w) points. */
    public ReadOnlyObjectProperty<List<double[]>> flowPathProperty() {
        return flowPath.getReadOnlyProperty();
    }

    /** The flow previewed from the dragged point, as (e, w) points. */
    public ReadOnlyObjectProperty<List<double[]>> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
