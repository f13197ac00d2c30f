package tdlab.ui.panels.plane;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import tdlab.render.Colormap;
import tdlab.render.PlaneImage;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.LossLegend;
import tdlab.ui.panels.RunColours;
import tdlab.ui.panels.RunTrails;

/**
 * The loss on a plane through the current parameters, for any model: the picture the view model computes,
 * and on an overlay the trajectory projected onto the plane up to the shown frame (in a comparison every run's, in
 * its letter's colour). A click restarts the run from the clicked point of the plane.
 */
final class PlaneView extends BorderPane {
    private static final Color TRAIL = Color.rgb(255, 255, 255, 0.95);
    private static final Color CURRENT = Color.rgb(213, 94, 0);
    private static final Integer[] EVERY = {0, 10, 20, 50, 100};
    private final PlaneViewModel vm;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final LossLegend legend = new LossLegend(Colormap.Named.VIRIDIS.load());
    private final Pane stack = new Pane(base, overlay);
    /** Held here: a bidirectional binding keeps its ends only weakly. */
    private final javafx.beans.property.ObjectProperty<Integer> everyValue;

    PlaneView(PlaneViewModel vm) {
        this.vm = vm;
        base.setId("plane");
        overlay.setId("plane-overlay");
        ChoiceBox<PlaneViewModel.Directions> directions = new ChoiceBox<>();
        directions.getItems().setAll(PlaneViewModel.Directions.values());
        directions.valueProperty().bindBidirectional(vm.directionsProperty());
        directions.setId("plane-directions");
        directions.setTooltip(new Tooltip("Trajectory PCA: δ1, δ2 = the top two principal directions of θ_i − θ_c over"
                + " the recorded frames (the plane the run moved in most).\nRandom: Gaussian directions scaled per"
                + " filter to ‖θ_c‖ of that filter (Li et al. 2018), for runs that have not moved yet."));
        ChoiceBox<Integer> every = new ChoiceBox<>();
        every.getItems().setAll(EVERY);
        everyValue = vm.everyProperty().asObject();
        every.valueProperty().bindBidirectional(everyValue);
        every.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n == 0 ? "on demand" : "every " + n + " frames";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        every.setTooltip(new Tooltip("Recompute the plane while the run records: after this many new frames."));
        Button recompute = new Button("Recompute");
        recompute.setId("plane-recompute");
        recompute.setOnAction(e -> vm.recompute());
        recompute.setTooltip(new Tooltip("The plane through the shown frame's parameters, now (41×41 evaluations"
                + " of the loss on a fixed batch, off the window's thread)."));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.computingProperty());
        Label note = new Label();
        note.setId("plane-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.noteProperty());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {directions, every, recompute}) {
            c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE); // a narrow panel wraps, never truncates
        }
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 4, directions, every, recompute,
                busy);
        controls.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(2, controls, note);
        top.setPadding(new Insets(2, 6, 2, 6));
        setTop(top);
        stack.setMinSize(0, 0);
        stack.setPrefSize(120, 120);
        setCenter(stack);
        setRight(legend.view());
        Tooltip.install(overlay, new Tooltip("Height: the loss L(θ_c + αδ1 + βδ2) on a fixed evaluation batch (the"
                + " exact population loss for the canonical model); white lines: level sets. White path: the"
                + " recorded frames projected onto the plane; square: the start; orange dot: the shown frame."
                + " Comparing runs, each run's path in its letter's colour, projected onto the live run's plane."
                + "\nClick: restart the run from that point of the plane."));
        Tooltip.install(legend.view(), new Tooltip("Colour scale of the loss in nats; the top colour covers everything above"
                + " the 90th percentile of the grid."));
        stack.widthProperty().addListener((o, a, b) -> resized());
        stack.heightProperty().addListener((o, a, b) -> resized());
        overlay.setOnMouseClicked(ev -> {
            PlaneViewModel.Picture p = vm.pictureProperty().get();
            if (p != null && ev.isStillSincePress()) {
                double[] ab = PlaneImage.coordinates(p.surface(), ev.getX(), ev.getY(), p.width(), p.height());
                vm.pick(ab[0], ab[1]);
            }
        });
        vm.pictureProperty().addListener((o, a, b) -> showPicture(b));
        vm.trailProperty().addListener(o -> drawOverlay());
        vm.comparedTrailsProperty().addListener(o -> drawOverlay());
        vm.comparisonProperty().addListener(o -> drawOverlay());
    }

    private void resized() {
        vm.resize((int) stack.getWidth(), (int) stack.getHeight());
    }

    private void showPicture(PlaneViewModel.Picture p) {
        if (p == null) {
            base.getGraphicsContext2D().clearRect(0, 0, base.getWidth(), base.getHeight());
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            return;
        }
        for (Canvas c : new Canvas[] {base, overlay}) {
            c.setWidth(p.width());
            c.setHeight(p.height());
        }
        CanvasPixels.draw(base, p.argb(), p.width(), p.height(), 0, 0);
        legend.show(p.lowest(), p.highest());
        drawOverlay();
    }


    private void drawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        PlaneViewModel.Picture p = vm.pictureProperty().get();
        if (p == null) {
            return;
        }
        tdlab.render.Comparison c = vm.comparisonProperty().get();
        if (!c.active()) {
            trail(g, p, vm.trailProperty().get(), TRAIL, Color.WHITE, CURRENT);
            return;
        }
        java.util.List<PlaneViewModel.Trail> others = vm.comparedTrailsProperty().get();
        for (int k = 0; k < Math.min(others.size(), c.pinned().size()); k++) { // each in its letter's colour
            Color own = RunColours.of(c.pinned().get(k).colour());
            trail(g, p, others.get(k), own, own, own);
        }
        Color live = RunColours.of(c.liveColour());
        trail(g, p, vm.trailProperty().get(), live, live, live);
    }

    /** A run's path on the plane: the line, a square where it started and a dot at the shown step. */
    private static void trail(GraphicsContext g, PlaneViewModel.Picture p, PlaneViewModel.Trail t, Color line,
                              Color start, Color current) {
        int n = t.alpha().length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] px = PlaneImage.pixel(p.surface(), t.alpha()[i], t.beta()[i], p.width(), p.height());
            xs[i] = px[0];
            ys[i] = px[1];
        }
        RunTrails.draw(g, xs, ys, n, line, start, current);
    }
}
