package tdlab.ui.panels;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import tdlab.render.Colormap;
import tdlab.render.LandscapeImage;
import tdlab.sim.Frame;
import tdlab.family.markov.MarkovFamily;
import tdlab.task.MarkovTask;
import tdlab.theory.CanonicalFlow;
import tdlab.theory.CanonicalTheory;
import tdlab.theory.Landscape;
import tdlab.train.RunConfig;

/**
 * The energy landscape of the canonical model for the run's chain (Local to Global, Fig. 1), live: the
 * run's trajectory in the (w, e) plane with a trail (the canonical model directly, the simple transformer
 * through its rank-one projection), the exact gradient flow from the same start on demand, a click to
 * restart from a chosen start point and a drag to preview the flow from there. The landscape is computed
 * and drawn off the FX thread whenever the chain or the size changes.
 */
public final class LandscapePanel extends BorderPane {
    private static final int GRID = 200;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Canvas legend = new Canvas(64, 160);
    /** The shown frame's (w, e, b): a label, so its changing digits do not repaint the whole overlay. */
    private final Label readout = new Label();
    private final Pane stack = new Pane(base, overlay, readout);
    private Object[] drawnOverlay;
    private final Label note = new Label();
    private final CheckBox flow = new CheckBox("exact gradient flow");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tdlab-landscape");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Colormap map = Colormap.Named.VIRIDIS.load();
    private CanonicalTheory theory;
    private CanonicalTheory runTheory;
    private boolean shownEdited;
    private LandscapeImage.EnergyContours contours; // touched only on the worker thread
    private LandscapeImage.Transform transform;
    private List<Frame> frames = List.of();
    private Frame shown;
    private List<double[]> flowPath = List.of();
    private List<double[]> preview = List.of();
    private double[] flowStart;
    private BiConsumer<Double, Double> onPick = (e, w) -> { };
    private long lastDrawMillis;

    public LandscapePanel() {
        base.setId("landscape");
        overlay.setId("landscape-overlay");
        overlay.setMouseTransparent(false);
        readout.setId("landscape-readout");
        readout.setMouseTransparent(true);
        readout.setStyle("-fx-text-fill: white; -fx-background-color: rgba(0, 0, 0, 0.55); -fx-padding: 1 5 1 5;"
                + " -fx-background-radius: 3;"); // legible on the bright corners of the map too
        readout.relocate(6, 4);
        readout.visibleProperty().bind(readout.textProperty().isEmpty().not()); // no empty dark box
        flow.setTooltip(new Tooltip("Also draw the exact gradient flow ė = −∂L/∂e, ẇ = −∂L/∂w with b = b*(e, w)"
                + " from the run's start point (Dormand–Prince), beside the discrete training trajectory."));
        flow.selectedProperty().addListener((o, a, b) -> drawOverlay());
        note.setWrapText(true);
        HBox top = new HBox(10, flow, note);
        top.setPadding(new Insets(2, 6, 2, 6));
        setTop(top);
        stack.setMinSize(0, 0);
        stack.setPrefSize(120, 120);
        setCenter(stack);
        setRight(legend);
        Tooltip.install(legend, new Tooltip("Colour scale of the height L(e, w, b*) in nats; the top colour covers"
                + " everything above the 90th percentile of the view."));
        Tooltip.install(overlay, new Tooltip("Height: L(e, w, b*) (viridis, legend in exports). White: level sets of"
                + " the conserved energy E = e² − w² − sign(w) ln|w|; orange: the separatrix E = E* = −(1+ln 2)/2."
                + "\nPink dashed: global minima e²(1+2w|w|) = ln[(1−p)(1−q)/(pq)]; ×: local minima, •: local maxima on"
                + " e = 0; ▲: saddle (−1/√2, 0).\nBlue shade: basin of the global minimum, orange: of the unigram"
                + " minimum. Click: restart from that (w, e). Drag: preview the flow."));
        stack.widthProperty().addListener((o, a, b) -> recompute());
        stack.heightProperty().addListener((o, a, b) -> recompute());
        overlay.setOnMousePressed(ev -> previewFrom(ev.getX(), ev.getY()));
        overlay.setOnMouseDragged(ev -> previewFrom(ev.getX(), ev.getY()));
        overlay.setOnMouseReleased(ev -> {
            preview = List.of();
            if (transform != null && ev.isStillSincePress()) {
                onPick.accept(round(transform.e(ev.getY())), round(transform.w(ev.getX())));
            }
            drawOverlay();
        });
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Called with (e0, w0) when the user clicks a start point. */
    public void setOnPick(BiConsumer<Double, Double> onPick) {
        this.onPick = onPick;
    }

    public void setRun(RunConfig cfg) {
        runTheory = MarkovFamily.canonicalTheory(cfg.task()).orElse(null);
        flowPath = List.of();
        flowStart = null;
        frames = List.of();
        shown = null;
        showTheory(runTheory, false);
        drawOverlay(); // the old run's trail goes even when the landscape itself is unchanged
    }

    /**
     * Redraws the landscape for a chain being edited in the sidebar (p/q pad, matrix editor), before it is
     * applied; the trajectory shown stays the running one's. Null returns to the running chain.
     */
    public void previewChain(MarkovTask edited) {
        CanonicalTheory th = edited == null ? runTheory : CanonicalTheory.of(edited).orElse(null);
        boolean differs = th != null && runTheory != null && !th.equals(runTheory);
        showTheory(th, differs);
    }

    private void showTheory(CanonicalTheory th, boolean edited) {
        if (java.util.Objects.equals(th, theory) && edited == shownEdited) {
            return; // same chain, same note: a new run on it or a repeated edit event need no recompute
        }
        shownEdited = edited;
        theory = th;
        note.setText(theory == null ? "The canonical landscape needs a binary chain with 0 < p, q < 1 and a stationary"
                + " start." : String.format(Locale.ROOT, "p = %.2f, q = %.2f (p + q %s 1)%s", theory.p(), theory.q(),
                theory.p() + theory.q() < 1 ? "<" : theory.p() + theory.q() > 1 ? ">" : "=",
                edited ? " — edited chain, apply to train on it" : ""));
        flowPath = List.of();
        flowStart = null;
        recompute();
    }

    /** Recomputes the landscape image off the FX thread; a newer request supersedes an older one. */
    private void recompute() {
        int w = (int) stack.getWidth();
        int h = (int) stack.getHeight();
        CanonicalTheory th = theory;
        long gen = generation.incrementAndGet();
        if (th == null || w < 20 || h < 20) {
            base.getGraphicsContext2D().clearRect(0, 0, base.getWidth(), base.getHeight());
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            drawnOverlay = null;
            readout.setText("");
            return;
        }
        int side = Math.min(w, h);
        worker.submit(() -> {
            if (generation.get() != gen) {
                return;
            }
            long t0 = System.nanoTime();
            Landscape l = Landscape.compute(th, Landscape.Viewport.DEFAULT, GRID);
            contours = contours == null ? LandscapeImage.EnergyContours.of(l) : contours.reuseFor(l);
            BufferedImage img = LandscapeImage.render(l, contours, side, side, map, LandscapeImage.Layers.ALL);
            int[] px = LandscapeImage.argb(img);
            double lo = l.minLoss();
            double hi = LandscapeImage.colourTop(l);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Platform.runLater(() -> {
                if (generation.get() != gen) {
                    return;
                }
                lastDrawMillis = ms;
                base.setWidth(side);
                base.setHeight(side);
                overlay.setWidth(side);
                overlay.setHeight(side);
                CanvasPixels.draw(base, px, side, side, 0, 0);
                transform = new LandscapeImage.Transform(Landscape.Viewport.DEFAULT, side, side);
                drawLegend(lo, hi);
                drawOverlay();
            });
        });
    }

    private void drawLegend(double lo, double hi) {
        GraphicsContext g = legend.getGraphicsContext2D();
        g.clearRect(0, 0, legend.getWidth(), legend.getHeight());
        CanvasPixels.draw(legend, map.verticalBar(12, 140), 4, 10);
        g.setFill(Color.gray(0.45));
        g.fillText(String.format(Locale.ROOT, "≥%.2f", hi), 18, 16);
        g.fillText(String.format(Locale.ROOT, "%.3f", lo), 18, 152);
        g.fillText("L", 20, 84);
    }

    /** The recorded frames and the displayed one: the trail runs up to it. */
    public void show(List<Frame> frames, Frame displayed) {
        this.frames = frames;
        this.shown = displayed;
        drawOverlay();
    }

    private void computeFlow(double e0, double w0) {
        if (flowStart != null && flowStart[0] == e0 && flowStart[1] == w0) {
            return;
        }
        flowStart = new double[] {e0, w0};
        CanonicalTheory th = theory;
        worker.submit(() -> {
            List<double[]> path = new CanonicalFlow(th, 1e-8).path(e0, w0, 1e4, 1e-7, 4000);
            Platform.runLater(() -> {
                flowPath = path;
                drawOverlay();
            });
        });
    }

    private void previewFrom(double x, double y) {
        if (transform == null || theory == null) {
            return;
        }
        double e = transform.e(y);
        double w = transform.w(x);
        CanonicalTheory th = theory;
        worker.submit(() -> {
            List<double[]> path = new CanonicalFlow(th, 1e-7).path(e, w, 1e4, 1e-6, 2000);
            Platform.runLater(() -> {
                preview = path;
                drawOverlay();
            });
        });
    }

    private void drawOverlay() {
        Trail trail = trail();
        var r = trail.points() == 0 || theory == null ? null : frames.get(trail.lastFrame()).reduced();
        readout.setText(r == null ? "" : String.format(Locale.ROOT, "w %.3f  e %.3f  b %.3f%s", r.w(), r.e(), r.b(),
                r.explained() < 1 ? String.format(Locale.ROOT, "  (projection explains %.0f%%)", 100 * r.explained())
                        : ""));
        Object[] key = {trail, transform, theory, flow.isSelected(), flowPath, preview, overlay.getWidth(),
            overlay.getHeight()};
        if (Arrays.equals(key, drawnOverlay)) {
            return; // same pixels: leave the canvas (and the frame's dirty region) alone
        }
        drawnOverlay = key;
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (transform == null || theory == null) {
            return;
        }
        if (flow.isSelected()) {
            if (flowPath.isEmpty() && !frames.isEmpty() && frames.get(0).reduced() != null) {
                computeFlow(frames.get(0).reduced().e(), frames.get(0).reduced().w());
            }
            path(g, flowPath, Color.rgb(240, 228, 66), 2.5, true);
        }
        path(g, preview, Color.WHITE, 2, true);
        int points = trail.points();
        if (points > 0) {
            double[] xs = trail.xs();
            double[] ys = trail.ys();
            g.setStroke(Color.rgb(255, 255, 255, 0.95));
            g.setLineWidth(2.2);
            g.setLineDashes();
            g.strokePolyline(xs, ys, points); // the trail, one path
            g.setFill(Color.WHITE);
            g.fillRect(xs[0] - 4, ys[0] - 4, 8, 8); // where the run started
            double px = xs[points - 1];
            double py = ys[points - 1];
            g.setFill(Color.rgb(213, 94, 0));
            g.fillOval(px - 6, py - 6, 12, 12);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(px - 6, py - 6, 12, 12);
        }
    }

    /**
     * The trajectory up to the shown frame in canvas pixels, keeping a point only where it lies a quarter
     * pixel or more from the last one kept: a converged run adds frames without moving, and thousands of
     * coincident vertices would cost stroke time every frame for no visible change.
     */
    private Trail trail() {
        if (frames.isEmpty() || transform == null) {
            return Trail.EMPTY;
        }
        int last = shown == null ? frames.size() - 1 : Frame.indexAtOrBefore(frames, shown.step());
        double[] xs = new double[Math.max(0, last + 1)];
        double[] ys = new double[xs.length];
        int points = 0;
        int lastFrame = -1;
        for (int i = 0; i <= last; i++) {
            var r = frames.get(i).reduced();
            if (r == null) {
                continue;
            }
            double x = transform.x(r.w());
            double y = transform.y(r.e());
            lastFrame = i;
            if (points > 0 && Math.abs(x - xs[points - 1]) < 0.25 && Math.abs(y - ys[points - 1]) < 0.25) {
                continue;
            }
            xs[points] = x;
            ys[points] = y;
            points++;
        }
        return points == 0 ? Trail.EMPTY : new Trail(Arrays.copyOf(xs, points), Arrays.copyOf(ys, points), lastFrame);
    }

    /**
     * Trail vertices in pixels and the index of the frame whose coordinates the readout shows; two trails are
     * equal when they draw the same (the readout is a label of its own).
     */
    private record Trail(double[] xs, double[] ys, int lastFrame) {
        static final Trail EMPTY = new Trail(new double[0], new double[0], -1);

        int points() {
            return xs.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Trail t && Arrays.equals(xs, t.xs) && Arrays.equals(ys, t.ys);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(xs) * 31 + Arrays.hashCode(ys);
        }
    }

    private void path(GraphicsContext g, List<double[]> pts, Color c, double width, boolean dashed) {
        if (pts.size() < 2) {
            return;
        }
        g.setStroke(c);
        g.setLineWidth(width);
        if (dashed) {
            g.setLineDashes(6, 4);
        }
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = transform.x(pts.get(i)[1]);
            ys[i] = transform.y(pts.get(i)[0]);
        }
        g.strokePolyline(xs, ys, xs.length);
        g.setLineDashes();
    }

    /** Milliseconds the last landscape recompute took, off the FX thread. */
    public long lastDrawMillis() {
        return lastDrawMillis;
    }

    public LandscapeImage.Transform transform() {
        return transform;
    }
}
