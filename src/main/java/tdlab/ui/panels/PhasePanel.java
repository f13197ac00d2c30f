package tdlab.ui.panels;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import tdlab.render.LandscapeImage;
import tdlab.render.SweepImage;
import tdlab.sweep.Sweep;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;
import tdlab.task.ConfigException;
import tdlab.family.markov.MarkovFamily;
import tdlab.theory.CanonicalTheory;
import tdlab.train.RunConfig;
import tdlab.ui.controls.IntSpinner;

/**
 * Where runs end over a grid, computed on a background pool with progress and cancel: over (p, q) for the
 * current initialisation (the phase diagram), or over the canonical start point (w0, e0) for the current
 * chain (the basins measured by training). Cells: blue global minimum, orange unigram minimum, grey not
 * converged, darker with the final gap; outlined where the analytic basin test disagrees; the analytic
 * boundary (p + q = 1, or the separatrix) drawn on top. Clicking a cell loads it into the live run.
 */
public final class PhasePanel extends BorderPane {
    private final ComboBox<String> mode = new ComboBox<>();
    private final Spinner<Integer> grid = IntSpinner.of(2, 60, 12);
    private final Spinner<Integer> steps = IntSpinner.of(10, 1_000_000, 1500, 100);
    private final Button compute = new Button("Compute");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Canvas canvas = new Canvas();
    private final Pane holder = new Pane(canvas);
    private AtomicBoolean cancelFlag;
    private RunConfig run;
    private SweepSpec spec;
    private List<SweepCell> cells = List.of();
    private BiConsumer<SweepSpec.Mode, double[]> onPick = (m, xy) -> { };

    public PhasePanel() {
        mode.getItems().setAll("(p, q) phase diagram", "(w0, e0) basins");
        mode.getSelectionModel().select(0);
        mode.setTooltip(new Tooltip("(p, q): every binary chain on a grid, trained from the current initialisation."
                + "\n(w0, e0): every canonical start point on [−2.5, 2.5]², trained on the current chain."));
        grid.setPrefWidth(70);
        grid.setTooltip(new Tooltip("Cells per axis; the sweep trains grid² runs."));
        steps.setPrefWidth(100);
        steps.setTooltip(new Tooltip("Training steps per cell."));
        compute.setId("phase-compute");
        cancel.setId("phase-cancel");
        cancel.setDisable(true);
        progress.setPrefWidth(100);
        compute.setOnAction(e -> start());
        cancel.setOnAction(e -> {
            if (cancelFlag != null) {
                cancelFlag.set(true);
            }
        });
        status.setWrapText(true);
        FlowPane controls = new FlowPane(6, 4, mode, new Label("grid"), grid, new Label("steps"), steps, compute,
                cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 2, 6));
        setTop(controls);
        holder.setMinSize(0, 0);
        holder.setPrefSize(120, 120);
        setCenter(holder);
        setBottom(status);
        canvas.setId("phase-canvas");
        canvas.setOnMouseClicked(e -> pick(e.getX(), e.getY()));
        holder.widthProperty().addListener((o, a, b) -> draw());
        holder.heightProperty().addListener((o, a, b) -> draw());
        Tooltip.install(canvas, new Tooltip("Blue: global minimum reached; orange: unigram (local) minimum; grey: not"
                + " converged; darker = larger final gap to the entropy rate. Outlined: the analytic basin test"
                + " disagrees. Dashed: p + q = 1. Click a cell to load it into the live run."));
    }

    public void setOnPick(BiConsumer<SweepSpec.Mode, double[]> onPick) {
        this.onPick = onPick;
    }

    public void setRun(RunConfig cfg) {
        run = cfg;
        steps.getValueFactory().setValue(cfg.training().steps());
    }

    private void start() {
        SweepSpec.Mode m = mode.getSelectionModel().getSelectedIndex() == 0 ? SweepSpec.Mode.PQ : SweepSpec.Mode.INIT;
        SweepSpec s;
        Sweep sweep;
        try {
            s = m == SweepSpec.Mode.PQ ? SweepSpec.pq(grid.getValue(), steps.getValue())
                    : SweepSpec.init(grid.getValue(), steps.getValue());
            sweep = new Sweep(run, s);
        } catch (ConfigException e) {
            status.setText(e.getMessage());
            return;
        }
        spec = s;
        cells = List.of();
        AtomicBoolean flag = new AtomicBoolean();
        cancelFlag = flag;
        compute.setDisable(true);
        cancel.setDisable(false);
        progress.setProgress(0);
        status.setText("computing " + s.cells() + " runs…");
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                List<SweepCell> out = sweep.run(Sweep.Shard.ALL, Math.max(1,
                        Runtime.getRuntime().availableProcessors()), done -> Platform.runLater(() ->
                        progress.setProgress(done / (double) s.cells())), flag);
                double secs = (System.nanoTime() - t0) / 1e9;
                Platform.runLater(() -> finished(out, secs, flag.get()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    status.setText("the sweep failed: " + e.getMessage());
                    compute.setDisable(false);
                    cancel.setDisable(true);
                });
            }
        }, "tdlab-phase");
        t.setDaemon(true);
        t.start();
    }

    private void finished(List<SweepCell> out, double secs, boolean cancelled) {
        cells = out;
        compute.setDisable(false);
        cancel.setDisable(true);
        long disagree = out.stream().filter(SweepCell::disagrees).count();
        long judged = out.stream().filter(c -> c.analytic() != null).count();
        status.setText(String.format(Locale.ROOT, "%s%d runs in %.1f s%s", cancelled ? "cancelled: " : "", out.size(),
                secs, judged == 0 ? "" : String.format(Locale.ROOT, "; %d disagree with the analytic basin test",
                        disagree)));
        draw();
    }

    private void draw() {
        int side = (int) Math.max(40, Math.min(holder.getWidth(), holder.getHeight()) - 4);
        canvas.setWidth(side);
        canvas.setHeight(side);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, side, side);
        if (spec == null) {
            return;
        }
        BufferedImage img = SweepImage.cells(spec, cells, side);
        CanvasPixels.draw(canvas, img, 0, 0);
        if (spec.mode() == SweepSpec.Mode.INIT && run != null && MarkovFamily.chainOf(run.task()).map(m -> m.matrix().isBinary()).orElse(false)) {
            drawSeparatrix(g, side);
        }
    }

    /** The analytic basin boundary over (w0, e0): the branches of E = E* that divide the basins. */
    private void drawSeparatrix(GraphicsContext g, int side) {
        CanonicalTheory th = MarkovFamily.canonicalTheory(run.task()).orElse(null);
        if (th == null) {
            return;
        }
        g.setStroke(Color.rgb(30, 30, 30));
        g.setLineWidth(2);
        g.setLineDashes(7, 4);
        for (int sign : new int[] {1, -1}) {
            double px = Double.NaN;
            double py = Double.NaN;
            for (int k = 0; k <= 400; k++) {
                double w = spec.xMin() + (spec.xMax() - spec.xMin()) * k / 400.0;
                double e = CanonicalTheory.separatrixE(w);
                boolean draw = !Double.isNaN(e) && LandscapeImage.separatrix(th, w);
                double x = (w - spec.xMin()) / (spec.xMax() - spec.xMin()) * side;
                double y = side - (sign * e - spec.yMin()) / (spec.yMax() - spec.yMin()) * side;
                if (draw && !Double.isNaN(px)) {
                    g.strokeLine(px, py, x, y);
                }
                px = draw ? x : Double.NaN;
                py = draw ? y : Double.NaN;
            }
        }
        g.setLineDashes();
    }

    private void pick(double x, double y) {
        if (spec == null || canvas.getWidth() <= 0) {
            return;
        }
        double fx = x / canvas.getWidth();
        double fy = 1 - y / canvas.getHeight();
        int i = Math.min(spec.n() - 1, (int) (fx * spec.n()));
        int j = Math.min(spec.n() - 1, (int) (fy * spec.n()));
        onPick.accept(spec.mode(), new double[] {spec.x(i), spec.y(j)});
    }

    /** Finished cells (for tests). */
    public List<SweepCell> cells() {
        return cells;
    }

    /** Starts a sweep as the Compute button does (for tests). */
    public void compute(SweepSpec.Mode m, int n, int stepCount) {
        mode.getSelectionModel().select(m == SweepSpec.Mode.PQ ? 0 : 1);
        grid.getValueFactory().setValue(n);
        steps.getValueFactory().setValue(stepCount);
        start();
    }
}
