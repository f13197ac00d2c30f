package tdlab.ui.panels.phase;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import tdlab.render.SweepImage;
import tdlab.sweep.SweepSpec;
import tdlab.ui.controls.IntSpinner;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.KeyDock;
import tdlab.ui.panels.PictureAxes;
import tdlab.ui.panels.PictureKey;

/**
 * Where runs end over a grid: the sweep's controls, its progress, and the cells as a square picture
 * (blue global minimum, orange unigram minimum, grey not converged, darker with the final gap; outlined where
 * the analytic basin test disagrees) with the analytic boundary drawn on top. Clicking a cell loads it.
 */
final class PhaseView extends BorderPane {
    private final PhaseViewModel vm;
    /** The key's chip: a not-converged cell's grey, on which the outline and the dashes show as over the cells. */
    private static final Color KEY_CHIP = Color.rgb(150, 150, 150);
    private final Canvas canvas = new Canvas();
    private final PictureAxes axes = new PictureAxes("phase-axes");
    /** The hovered cell, at the picture's foot while the mouse is on it. */
    private final Label cursor = new Label();
    private final Pane holder = new Pane(canvas, axes.node(), cursor);
    private final VBox bottom = new VBox(1);
    private final VBox side = new VBox();
    private final KeyDock dock = new KeyDock(side, bottom);
    private SweepSpec.Mode keyed;

    PhaseView(PhaseViewModel vm) {
        this.vm = vm;
        ComboBox<SweepSpec.Mode> mode = new ComboBox<>();
        mode.getItems().setAll(SweepSpec.Mode.PQ, SweepSpec.Mode.INIT);
        mode.setButtonCell(new ModeCell());
        mode.setCellFactory(l -> new ModeCell());
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        mode.setTooltip(new Tooltip("(p, q): every binary chain on a grid, trained from the current initialisation."
                + "\n(w0, e0): every canonical start point on [−2.5, 2.5]², trained on the current chain."));
        Spinner<Integer> grid = IntSpinner.of(2, 60, vm.cellsPerAxisProperty().get());
        grid.getValueFactory().valueProperty().bindBidirectional(vm.cellsPerAxisProperty());
        grid.setPrefWidth(70);
        grid.setTooltip(new Tooltip("Cells per axis; the sweep trains grid² runs."));
        Spinner<Integer> steps = IntSpinner.of(10, 1_000_000, vm.stepsProperty().get(), 100);
        steps.getValueFactory().valueProperty().bindBidirectional(vm.stepsProperty());
        steps.setId("phase-steps");
        steps.setPrefWidth(100);
        steps.setTooltip(new Tooltip("Training steps per cell."));
        Button compute = new Button("Compute");
        compute.setId("phase-compute");
        compute.disableProperty().bind(vm.computingProperty());
        compute.setOnAction(e -> vm.compute());
        Button cancel = new Button("Cancel");
        cancel.setId("phase-cancel");
        cancel.disableProperty().bind(vm.computingProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(100);
        progress.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        javafx.scene.control.CheckBox exact = new javafx.scene.control.CheckBox("exact loss");
        exact.setId("phase-exact");
        exact.selectedProperty().bindBidirectional(vm.exactProperty());
        exact.disableProperty().bind(vm.exactAvailableProperty().not());
        exact.setTooltip(new Tooltip("Each cell descends the exact population loss L(e, w, b) of its chain instead of"
                + " sampled batches: the paper's gradient-flow setting, no sampling noise, milliseconds a cell."
                + " Only for the canonical model on a binary chain."));
        FlowPane controls = new FlowPane(6, 4, mode, new Label("grid"), grid, new Label("steps"), steps, exact,
                compute, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 2, 6));
        setTop(controls);
        holder.setMinSize(0, 0);
        holder.setPrefSize(120, 120);
        setCenter(holder);
        cursor.setId("phase-cursor");
        cursor.getStyleClass().add("picture-readout");
        cursor.setMouseTransparent(true);
        cursor.setWrapText(true);
        cursor.textProperty().bind(vm.cursorProperty());
        cursor.visibleProperty().bind(vm.hoveringProperty());
        cursor.setLayoutX(PictureAxes.LEFT + 4);
        status.setPadding(new Insets(0, 6, 0, 6));
        bottom.getChildren().setAll(status);
        setBottom(bottom);
        setRight(side);
        widthProperty().addListener(o -> dock.fit(getWidth(), getHeight()));
        heightProperty().addListener(o -> dock.fit(getWidth(), getHeight()));
        canvas.setId("phase-canvas");
        canvas.relocate(PictureAxes.LEFT, PictureAxes.TOP);
        canvas.setOnMouseMoved(e -> {
            if (canvas.getWidth() > 0) {
                vm.hover(e.getX() / canvas.getWidth(), 1 - e.getY() / canvas.getHeight());
            }
        });
        canvas.setOnMouseExited(e -> vm.endHover());
        canvas.setOnMouseClicked(e -> {
            if (canvas.getWidth() > 0) {
                vm.pick(e.getX() / canvas.getWidth(), 1 - e.getY() / canvas.getHeight());
            }
        });
        holder.widthProperty().addListener((o, a, b) -> draw());
        holder.heightProperty().addListener((o, a, b) -> draw());
        vm.resultProperty().addListener((o, a, b) -> draw());
        vm.boundaryProperty().addListener((o, a, b) -> draw());
        Tooltip.install(canvas, new Tooltip("Blue: global minimum reached; orange: unigram (local) minimum; grey: not"
                + " converged; darker = larger final gap to the entropy rate. Outlined: the analytic basin test"
                + " disagrees. Dashed: p + q = 1. Click a cell to load it into the live run."));
    }

    private void draw() {
        int side = (int) Math.max(40, Math.min(holder.getWidth() - PictureAxes.LEFT - PictureAxes.RIGHT,
                holder.getHeight() - PictureAxes.TOP - PictureAxes.BOTTOM));
        canvas.setWidth(side);
        canvas.setHeight(side);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, side, side);
        PhaseViewModel.Result r = vm.resultProperty().get();
        if (r == null) {
            axes.clear();
            return;
        }
        SweepSpec spec = r.spec();
        BufferedImage img = SweepImage.cells(spec, r.cells(), side);
        CanvasPixels.draw(canvas, img, 0, 0);
        cursor.layoutYProperty().bind(cursor.heightProperty().negate().add(PictureAxes.TOP + side - 4));
        cursor.setMaxWidth(side - 8);
        drawBoundary(g, spec, side);
        axes.place(spec.xName(), spec.xMin(), spec.xMax(), x -> (x - spec.xMin()) / (spec.xMax() - spec.xMin()) * side,
                spec.yName(), spec.yMin(), spec.yMax(), y -> side - (y - spec.yMin()) / (spec.yMax() - spec.yMin())
                        * side, side);
        showKey(spec.mode());
    }

    /** The key under the picture, for the shown sweep's mode (the boundary it draws differs). */
    private void showKey(SweepSpec.Mode mode) {
        if (mode != keyed) {
            keyed = mode;
            dock.show(PictureKey.of("phase-key", SweepImage.legend(mode), KEY_CHIP));
            dock.fit(getWidth(), getHeight());
        }
    }

    private void drawBoundary(GraphicsContext g, SweepSpec spec, int side) {
        g.setStroke(PictureKey.colour(SweepImage.BOUNDARY.getRGB()));
        g.setLineWidth(2);
        g.setLineDashes(7, 4);
        for (List<double[]> line : vm.boundaryProperty().get()) {
            double[] xs = new double[line.size()];
            double[] ys = new double[line.size()];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = (line.get(k)[0] - spec.xMin()) / (spec.xMax() - spec.xMin()) * side;
                ys[k] = side - (line.get(k)[1] - spec.yMin()) / (spec.yMax() - spec.yMin()) * side;
            }
            g.strokePolyline(xs, ys, xs.length);
        }
        g.setLineDashes();
    }

    /** The sweep modes in words. */
    private static final class ModeCell extends ListCell<SweepSpec.Mode> {
        @Override
        protected void updateItem(SweepSpec.Mode m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : m == SweepSpec.Mode.PQ ? "(p, q) phase diagram" : "(w0, e0) basins");
        }
    }
}
