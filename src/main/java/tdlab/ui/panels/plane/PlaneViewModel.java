package tdlab.ui.panels.plane;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import tdlab.analysis.FixedBatchLoss;
import tdlab.analysis.LossPlane;
import tdlab.analysis.LossSurface;
import tdlab.analysis.PlaneDirections;
import tdlab.analysis.PlaneProjection;
import tdlab.family.markov.MarkovFamily;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.render.Colormap;
import tdlab.render.PlaneImage;
import tdlab.sim.Frame;
import tdlab.theory.CanonicalTheory;
import tdlab.train.RunConfig;

/**
 * The loss-plane panel's state and work: the loss on the plane through the shown frame's parameters,
 * spanned by the trajectory's two principal directions or by two filter-normalised random ones, computed
 * on one background thread (a newer request cancels an older one) on demand and every N recorded frames
 * while the run records; the recorded trajectory projected onto the drawn plane; a click turns a point of
 * the plane into parameters to restart from.
 */
public final class PlaneViewModel {
    /** Seed of the evaluation batch and of random directions: fixed, so a recompute only moves what moved. */
    static final long SEED = 0x5EED;
    /** PCA over at most this many trajectory points (evenly thinned): its cost grows with their square. */
    static final int MAX_PCA_POINTS = 200;
    /**
     * Automatic recomputes take at most this share of one core: after a computation of d seconds on n threads the
     * next one waits (n/share − 1)·d. On two cores the training thread keeps its speed (bench --ui).
     */
    static final double AUTO_SHARE = 0.05;
    /**
     * The grid's rows are shared among this many threads (each with its own evaluator; the same surface whatever the
     * count), leaving two cores to the training thread and the window's drawing: on two cores one thread, as before,
     * since a second one starved the training while the plane recomputed (the window tests' 300-step runs took over a
     * minute on the two-core CI machine); on more cores a picture arrives that much sooner.
     */
    static final int GRID_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 2));

    /** How the plane is spanned. */
    public enum Directions {
        PCA("trajectory PCA"), RANDOM("random, filter-normalised");

        private final String label;

        Directions(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A drawn plane: the picture, its surface, its colour scale and the projection onto it. */
    public record Picture(int width, int height, int[] argb, LossSurface surface, double lowest, double highest,
                          PlaneProjection projection) {
    }

    /** The trajectory's points in the drawn plane up to the shown frame (α, β), in recording order. */
    public record Trail(double[] alpha, double[] beta) {
        static final Trail NONE = new Trail(new double[0], new double[0]);

        /** By value: an unchanged trail (a scrub back and forth, a paused run) is not drawn again. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Trail t && java.util.Arrays.equals(alpha, t.alpha)
                    && java.util.Arrays.equals(beta, t.beta);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(alpha) + java.util.Arrays.hashCode(beta);
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tdlab-loss-plane");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Colormap map = Colormap.Named.VIRIDIS.load();
    private final Consumer<double[]> onPick;
    private final ObjectProperty<Directions> directions = new SimpleObjectProperty<>(Directions.PCA);
    /** Recompute after this many newly recorded frames; 0: only on demand. */
    private final IntegerProperty every = new SimpleIntegerProperty(20);
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Trail> trail = new ReadOnlyObjectWrapper<>(Trail.NONE);
    private final ReadOnlyObjectWrapper<tdlab.render.Comparison> comparison = new ReadOnlyObjectWrapper<>(
            tdlab.render.Comparison.NONE);
    /** The pinned runs' trails on the live run's plane, in the comparison's order (empty for a run of other shape). */
    private final ReadOnlyObjectWrapper<List<Trail>> comparedTrails = new ReadOnlyObjectWrapper<>(List.of());
    private RunConfig run;
    private List<Frame> frames = List.of();
    private int shownIndex = -1;
    private int framesAtLastCompute;
    private int width;
    private int height;
    /** One evaluator per grid thread, built on the worker thread for the run; null until the first picture. */
    private List<ToDoubleFunction<double[]>> losses;
    private final SurfaceCache cache = new SurfaceCache(); // worker thread only
    /** Set by whichever thread closes the window (a test's, or the FX thread), read on the FX thread. */
    private volatile boolean disposed;
    private boolean live;
    /** System.nanoTime() before which no automatic recompute starts (see {@link #AUTO_SHARE}). */
    private long autoNotBefore;
    /** Each frame's (α, β) in the drawn plane: a new frame is projected once, not the whole trail again. */
    private final java.util.Map<Frame, double[]> projected = new java.util.IdentityHashMap<>();
    /** The same for the pinned runs' frames. */
    private final java.util.Map<Frame, double[]> projectedPinned = new java.util.IdentityHashMap<>();

    /** {@code onPick} gets the parameters of a picked point. */
    public PlaneViewModel(Consumer<double[]> onPick) {
        this.onPick = onPick;
        directions.addListener((o, a, b) -> recompute());
    }

    public void newRun(RunConfig cfg) {
        generation.incrementAndGet(); // a plane still being computed belongs to the old run: never shown
        computing.set(false);
        run = cfg;
        frames = List.of();
        shownIndex = -1;
        framesAtLastCompute = 0;
        if (!disposed) {
            submit(() -> losses = null); // the next computation builds the new run's evaluation
        }
        picture.set(null);
        projected.clear();
        projectedPinned.clear();
        trail.set(Trail.NONE);
        comparedTrails.set(List.of());
        note.set("");
    }

    /**
     * The runs pinned beside this one: their recorded frames, projected onto this run's plane up to the shown step
     * (one time cursor for every run), are drawn on it in their own colours.
     */
    public void showComparison(tdlab.render.Comparison c) {
        comparison.set(c);
        updateTrail();
    }

    /** The recorded frames and the shown one (null: the newest); recomputes every {@link #everyProperty()}. */
    public void show(List<Frame> recorded, Frame shown) {
        frames = recorded;
        shownIndex = recorded.isEmpty() ? -1 : shown == null ? recorded.size() - 1
                : Frame.indexAtOrBefore(recorded, shown.step());
        boolean due = picture.get() == null && !computing.get()
                || every.get() > 0 && recorded.size() - framesAtLastCompute >= every.get() && !computing.get()
                && System.nanoTime() >= autoNotBefore
                || every.get() > 0 && !live && recorded.size() > framesAtLastCompute && !computing.get();
        if (due && recorded.size() >= 1) {
            recompute();
        } else {
            updateTrail();
        }
    }

    /**
     * Whether the run plays. When it stops (paused, finished, diverged) the CPU is the plane's again: frames
     * recorded since the last computation get their plane now, whatever the throttle said while it played.
     */
    public void setLive(boolean live) {
        this.live = live;
        if (!live && !computing.get() && frames.size() > framesAtLastCompute && every.get() > 0) {
            recompute();
        }
    }

    /** The space the view has for the picture, in pixels. */
    public void resize(int width, int height) {
        if (width != this.width || height != this.height) {
            this.width = width;
            this.height = height;
            recompute();
        }
    }

    /** Computes the plane through the shown frame's parameters off the FX thread. */
    public void recompute() {
        long gen = generation.incrementAndGet();
        RunConfig cfg = run;
        int w = width;
        int h = height;
        List<Frame> snapshot = frames; // an immutable snapshot of the timeline
        int upTo = shownIndex;
        if (disposed || cfg == null || upTo < 0 || w < 20 || h < 20) {
            computing.set(false);
            return;
        }
        framesAtLastCompute = frames.size();
        computing.set(true);
        Directions mode = directions.get();
        boolean queued = submit(() -> {
            if (generation.get() != gen) {
                return;
            }
            long started = System.nanoTime();
            try {
                List<double[]> path = parameters(snapshot, upTo);
                double[] centre = path.get(path.size() - 1);
                SurfaceCache.Key key = new SurfaceCache.Key(cfg, mode, path);
                LossSurface cached = cache.get(key);
                if (cached == null) {
                    List<double[]> spanning = thinned(path, MAX_PCA_POINTS);
                    if (losses == null) {
                        losses = java.util.stream.Stream.generate(() -> evaluation(cfg)).limit(GRID_THREADS).toList();
                    }
                    PlaneDirections d = mode == Directions.PCA ? PlaneDirections.pca(spanning, centre, SEED)
                            : PlaneDirections.filterNormalisedRandom(cfg.model().create(Backend.PLAIN).layout(),
                            centre, SEED);
                    cached = LossPlane.compute(centre, d, path, null, LossPlane.DEFAULT_POINTS, losses,
                            () -> generation.get() != gen);
                    cache.put(key, cached);
                }
                LossSurface s = cached;
                PlaneDirections d = s.directions();
                BufferedImage img = PlaneImage.render(s, w, h, map, false, -1);
                double[] range = PlaneImage.colourRange(s);
                Picture p = new Picture(w, h, ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer())
                        .getData(), s, range[0], range[1], new PlaneProjection(centre, d));
                long took = System.nanoTime() - started;
                Platform.runLater(() -> {
                    autoNotBefore = System.nanoTime() + (long) (took * (GRID_THREADS / AUTO_SHARE - 1));
                    if (generation.get() == gen) {
                        computing.set(false);
                        projected.clear();
                        picture.set(p);
                        note.set(describe(s));
                        updateTrail();
                    }
                });
            } catch (CancellationException superseded) {
                // a newer request is on its way
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (generation.get() == gen) {
                        computing.set(false);
                        note.set("Cannot compute the plane: " + e.getMessage());
                    }
                });
            }
        });
        if (!queued) {
            computing.set(false);
        }
    }

    /**
     * The canonical model's exact population loss where the chain has it (the plane then samples the exact
     * landscape); otherwise the model's loss on a fixed batch of whole sequences of the run's length.
     */
    static ToDoubleFunction<double[]> evaluation(RunConfig cfg) {
        CanonicalTheory exact = cfg.model() instanceof CanonicalConfig
                ? MarkovFamily.canonicalTheory(cfg.task()).orElse(null) : null;
        if (exact != null) {
            return p -> exact.loss(p[0], p[1], p[2]);
        }
        return FixedBatchLoss.ofDefaultSize(cfg.model(), Backend.PLAIN, cfg.task(), cfg.training().sequenceLength(),
                SEED);
    }

    private static String describe(LossSurface s) {
        PlaneDirections d = s.directions();
        return String.format(Locale.ROOT, "%s · loss here %s", d.description(),
                tdlab.render.NumberText.significant(s.centreValue(), 4));
    }

    /** The frames' parameters up to the shown one (frames without a checkpoint are skipped). */
    static List<double[]> parameters(List<Frame> frames, int shownIndex) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i <= shownIndex && i < frames.size(); i++) {
            if (frames.get(i).checkpoint() != null) {
                out.add(frames.get(i).checkpoint().params());
            }
        }
        return out;
    }

    /** At most {@code max} points evenly spread over the path, its first and last always among them. */
    static List<double[]> thinned(List<double[]> path, int max) {
        if (path.size() <= max) {
            return path;
        }
        List<double[]> out = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            out.add(path.get((int) Math.round((double) k * (path.size() - 1) / (max - 1))));
        }
        return out;
    }

    /** Projects the recorded frames up to the shown one onto the drawn plane (cheap: two dot products each). */
    private void updateTrail() {
        Picture p = picture.get();
        if (p == null) {
            trail.set(Trail.NONE);
            return;
        }
        int n = Math.min(shownIndex + 1, frames.size());
        trail.set(projectedTrail(frames, n - 1, p, projected));
        forgetAbsent(projected, frames);
        long shownStep = n == 0 ? -1 : frames.get(n - 1).step();
        List<tdlab.render.ComparedRun> pinned = comparison.get().pinned();
        List<Trail> others = new java.util.ArrayList<>(pinned.size());
        int pinnedFrames = 0;
        for (tdlab.render.ComparedRun r : pinned) {
            others.add(projectedTrail(r.frames(), tdlab.render.CompareCharts.upTo(r.frames(), shownStep), p,
                    projectedPinned));
            pinnedFrames += r.frames().size();
        }
        if (!others.equals(comparedTrails.get())) {
            comparedTrails.set(List.copyOf(others));
        }
        if (outgrown(projectedPinned, pinnedFrames)) { // the pinned runs' frames listed only when there is to forget
            forgetAbsent(projectedPinned, pinned.stream().flatMap(r -> r.frames().stream()).toList());
        }
    }

    /**
     * A run's frames up to index {@code last} on the drawn plane, each projected once ({@code memo}); a frame without
     * a checkpoint, or of a model with another parameter count (a compared run), has no point there.
     */
    private static Trail projectedTrail(List<Frame> runFrames, int last, Picture p,
                                        java.util.Map<Frame, double[]> memo) {
        double[] a = new double[last + 1];
        double[] b = new double[last + 1];
        int k = 0;
        for (int i = 0; i <= last; i++) {
            Frame f = runFrames.get(i);
            if (f.checkpoint() == null || f.checkpoint().params().length != p.projection().dimension()) {
                continue;
            }
            double[] c = memo.computeIfAbsent(f, x -> p.projection().coordinates(x.checkpoint().params()));
            a[k] = c[0];
            b[k++] = c[1];
        }
        return new Trail(java.util.Arrays.copyOf(a, k), java.util.Arrays.copyOf(b, k));
    }

    /**
     * Drops the memo's entries for keys no longer in {@code current} once they outnumber it: frames a thinning
     * dropped, and a restarted run's (a run restarted on the same settings is not a new run to the panels, so
     * {@link #newRun} does not clear it; bench --soak's restarts kept every run's frames here, 3 MB a run).
     */
    static <K> void forgetAbsent(java.util.Map<K, ?> memo, List<K> current) {
        if (outgrown(memo, current.size())) {
            java.util.Set<K> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            keep.addAll(current);
            memo.keySet().retainAll(keep);
        }
    }

    /**
     * Runs this on the plane's thread. False once the window has closed that thread: a last layout pass of a closing
     * window may still resize the view, after another thread has disposed of it but before it sees the flag.
     */
    private boolean submit(Runnable task) {
        try {
            worker.submit(task);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return false;
        }
    }

    /** Whether the memo holds more than twice as many keys as there are now (and 64): time to forget. */
    private static boolean outgrown(java.util.Map<?, ?> memo, int current) {
        return memo.size() > 2 * current + 64;
    }

    /** Restart from the point (α, β) of the drawn plane. */
    public void pick(double alpha, double beta) {
        Picture p = picture.get();
        if (p != null) {
            onPick.accept(p.projection().point(alpha, beta));
        }
    }

    /** The window is closing: no more work (a last layout pass may still ask). */
    public void dispose() {
        disposed = true;
        generation.incrementAndGet();
        worker.shutdownNow();
    }

    public ObjectProperty<Directions> directionsProperty() {
        return directions;
    }

    public IntegerProperty everyProperty() {
        return every;
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trail> trailProperty() {
        return trail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<tdlab.render.Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Trail>> comparedTrailsProperty() {
        return comparedTrails.getReadOnlyProperty();
    }
}
