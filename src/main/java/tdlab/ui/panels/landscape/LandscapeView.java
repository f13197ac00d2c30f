package tdlab.ui.panels.landscape;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import tdlab.render.Colormap;
import tdlab.render.CompareCharts;
import tdlab.render.Comparison;
import tdlab.render.LandscapeImage;
import tdlab.theory.Landscape;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.KeyDock;
import tdlab.ui.panels.LossLegend;
import tdlab.ui.panels.PictureAxes;
import tdlab.ui.panels.PictureKey;
import tdlab.ui.panels.RunColours;
import tdlab.ui.panels.RunTrails;

/**
 * The energy landscape of the canonical model for the run's chain (Local to Global, Fig. 1), live: the
 * picture the view model computes, and on an overlay the run's trail up to the shown frame, the exact
 * gradient flow on demand and the flow previewed while dragging. A click restarts from the clicked start
 * point. The overlay repaints only when what it draws changes.
 */
final class LandscapeView extends BorderPane {
    private static final Color TRAIL = Color.rgb(255, 255, 255, 0.95);
    private static final Color CURRENT = Color.rgb(213, 94, 0);
    private static final Color FLOW = Color.rgb(240, 228, 66);
    private final LandscapeViewModel vm;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Colormap map = Colormap.Named.VIRIDIS.load();
    private final LossLegend legend = new LossLegend(map);
    /** The shown frame's (w, e, b): a label, so its changing digits do not repaint the whole overlay. */
    private final Label readout = new Label();
    /** The point under the mouse and its height, at the picture's foot while the mouse is on it. */
    private final Label cursor = new Label();
    private final PictureAxes axes = new PictureAxes("landscape-axes");
    private final Pane stack = new Pane(base, overlay, readout, cursor, axes.node());
    private LandscapeImage.Transform transform;
    private Object[] drawnOverlay;
    /** The pinned runs' trails last drawn. */
    private List<Trail> drawnOthers = List.of();

    LandscapeView(LandscapeViewModel vm) {
        this.vm = vm;
        getStylesheets().add(LandscapeView.class.getResource("landscape.css").toExternalForm());
        base.setId("landscape");
        overlay.setId("landscape-overlay");
        readout.setId("landscape-readout");
        readout.getStyleClass().add("landscape-readout");
        readout.setMouseTransparent(true);
        readout.relocate(PictureAxes.LEFT + 6, PictureAxes.TOP + 4);
        readout.setWrapText(true); // on a small picture the values wrap, not spill over the colour bar
        base.relocate(PictureAxes.LEFT, PictureAxes.TOP);
        overlay.relocate(PictureAxes.LEFT, PictureAxes.TOP);
        readout.textProperty().bind(vm.readoutProperty());
        readout.visibleProperty().bind(readout.textProperty().isEmpty().not()); // no empty dark box
        CheckBox flow = new CheckBox("exact gradient flow");
        flow.setMinWidth(Region.USE_PREF_SIZE); // the note beside it wraps first
        flow.selectedProperty().bindBidirectional(vm.flowProperty());
        flow.setTooltip(new Tooltip("Also draw the exact gradient flow ė = −∂L/∂e, ẇ = −∂L/∂w with b = b*(e, w)"
                + " from the run's start point (Dormand–Prince), beside the discrete training trajectory."));
        Label note = new Label();
        note.setId("landscape-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.noteProperty());
        HBox top = new HBox(10, flow, note);
        top.setPadding(new Insets(2, 6, 2, 6));
        setTop(top);
        stack.setMinSize(0, 0);
        stack.setPrefSize(120, 120);
        setCenter(stack);
        // beside the picture: the colour bar, then a column with the key (and the top bar: in a panel wide enough
        // for the key there, the height is what the picture lacks)
        VBox keyColumn = new VBox(4);
        keyColumn.setMaxWidth(KeyDock.SIDE_WIDTH);
        HBox side = new HBox(6, legend.view(), keyColumn);
        VBox under = new VBox();
        setRight(side);
        setBottom(under);
        KeyDock dock = new KeyDock(keyColumn, under);
        dock.besideProperty().addListener((o, a, beside) -> {
            if (beside) { // the top bar and the frame's readout join the key: the picture keeps all the height
                setTop(null);
                stack.getChildren().remove(readout);
                keyColumn.getChildren().addAll(0, List.of(top, readout));
                readout.setMaxWidth(KeyDock.SIDE_WIDTH);
            } else {
                keyColumn.getChildren().removeAll(top, readout);
                setTop(top);
                stack.getChildren().add(2, readout);
                readout.relocate(PictureAxes.LEFT + 6, PictureAxes.TOP + 4);
                readout.setMaxWidth(transform == null ? Double.MAX_VALUE : base.getWidth() - 12);
            }
        });
        cursor.setId("landscape-cursor");
        cursor.getStyleClass().add("picture-readout");
        cursor.setMouseTransparent(true);
        cursor.setWrapText(true);
        cursor.textProperty().bind(vm.cursorProperty());
        cursor.visibleProperty().bind(vm.hoveringProperty());
        // the marks on a chip of the map's low heights, where the basin tints look as they do on the map
        dock.show(PictureKey.of("landscape-key", LandscapeImage.LEGEND, PictureKey.colour(map.argb(0.1))));
        widthProperty().addListener(o -> dock.fit(getWidth(), getHeight()));
        heightProperty().addListener(o -> dock.fit(getWidth(), getHeight()));
        Tooltip.install(legend.view(), new Tooltip("Colour scale of the height L(e, w, b*) in nats; the top colour covers"
                + " everything above the 90th percentile of the view."));
        Tooltip.install(overlay, new Tooltip("Height: L(e, w, b*) (viridis, legend in exports). White: level sets of"
                + " the conserved energy E = e² − w² − sign(w) ln|w|; orange: the separatrix E = E* = −(1+ln 2)/2."
                + "\nPink dashed: global minima e²(1+2w|w|) = ln[(1−p)(1−q)/(pq)]; ×: local minima, •: local maxima on"
                + " e = 0; ▲: saddle (−1/√2, 0).\nBlue shade: basin of the global minimum, orange: of the unigram"
                + " minimum. Click: restart from that (w, e). Drag: preview the flow."));
        stack.widthProperty().addListener((o, a, b) -> resized());
        stack.heightProperty().addListener((o, a, b) -> resized());
        overlay.setOnMouseMoved(ev -> hover(ev.getX(), ev.getY()));
        overlay.setOnMouseExited(ev -> vm.endHover());
        overlay.setOnMousePressed(ev -> previewFrom(ev.getX(), ev.getY()));
        overlay.setOnMouseDragged(ev -> {
            previewFrom(ev.getX(), ev.getY());
            hover(ev.getX(), ev.getY());
        });
        overlay.setOnMouseReleased(ev -> {
            vm.endPreview();
            if (transform != null && ev.isStillSincePress()) {
                vm.pick(transform.e(ev.getY()), transform.w(ev.getX()));
            }
        });
        vm.pictureProperty().addListener((o, a, b) -> showPicture(b));
        vm.trajectoryProperty().addListener(o -> drawOverlay());
        vm.flowProperty().addListener(o -> drawOverlay());
        vm.flowPathProperty().addListener(o -> drawOverlay());
        vm.previewProperty().addListener(o -> drawOverlay());
        vm.comparisonProperty().addListener(o -> drawOverlay());
    }

    private void resized() {
        vm.resize((int) (stack.getWidth() - PictureAxes.LEFT - PictureAxes.RIGHT),
                (int) (stack.getHeight() - PictureAxes.TOP - PictureAxes.BOTTOM));
    }

    private void hover(double x, double y) {
        if (transform != null) {
            vm.hover(transform.e(y), transform.w(x));
        }
    }

    private void previewFrom(double x, double y) {
        if (transform != null) {
            vm.previewFrom(transform.e(y), transform.w(x));
        }
    }

    private void showPicture(LandscapeViewModel.Picture p) {
        if (p == null) {
            base.getGraphicsContext2D().clearRect(0, 0, base.getWidth(), base.getHeight());
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            transform = null;
            drawnOverlay = null;
            axes.clear();
            return;
        }
        base.setWidth(p.side());
        base.setHeight(p.side());
        overlay.setWidth(p.side());
        overlay.setHeight(p.side());
        CanvasPixels.draw(base, p.argb(), p.side(), p.side(), 0, 0);
        cursor.layoutYProperty().bind(cursor.heightProperty().negate().add(PictureAxes.TOP + p.side() - 4));
        cursor.setMaxWidth(p.side() - 8);
        if (readout.getParent() == stack) { // over the picture: as wide as the picture
            readout.setMaxWidth(p.side() - 12);
        }
        cursor.setLayoutX(PictureAxes.LEFT + 4);
        transform = p.transform();
        LandscapeImage.Transform t = transform;
        Landscape.Viewport v = t.viewport();
        axes.place("w", v.wMin(), v.wMax(), t::x, "e", v.eMin(), v.eMax(), t::y, p.side());
        legend.show(p.lowest(), p.highest());
        drawOverlay();
    }


    private void drawOverlay() {
        LandscapeViewModel.Trajectory t = vm.trajectoryProperty().get();
        Trail trail = Trail.of(t.frames(), t.shownIndex(), transform);
        Comparison c = vm.comparisonProperty().get();
        // the pinned runs' trails up to the shown step: one time cursor for every run
        long shownStep = t.shownIndex() < 0 ? -1 : t.frames().get(t.shownIndex()).step();
        List<Trail> others = c.pinned().stream()
                .map(r -> Trail.of(r.frames(), CompareCharts.upTo(r.frames(), shownStep), transform)).toList();
        Object[] key = {trail, others, c.liveColour(), transform, vm.flowProperty().get(), vm.flowPathProperty().get(),
            vm.previewProperty().get(), overlay.getWidth(), overlay.getHeight()};
        if (Arrays.equals(key, drawnOverlay)) {
            return; // same pixels: leave the canvas (and the frame's dirty region) alone
        }
        drawnOverlay = key;
        drawnOthers = others;
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (transform == null) {
            return;
        }
        if (vm.flowProperty().get()) {
            path(g, vm.flowPathProperty().get(), FLOW, 2.5);
        }
        path(g, vm.previewProperty().get(), Color.WHITE, 2);
        if (!c.active()) {
            trail(g, trail, TRAIL, Color.WHITE, CURRENT);
            return;
        }
        for (int k = 0; k < others.size(); k++) { // each run in its letter's colour, as in the loss chart
            Color own = RunColours.of(c.pinned().get(k).colour());
            trail(g, others.get(k), own, own, own);
        }
        Color live = RunColours.of(c.liveColour());
        trail(g, trail, live, live, live);
    }

    /** A run's trail: the line, a square where it started and a dot where it is. */
    private static void trail(GraphicsContext g, Trail trail, Color line, Color start, Color current) {
        RunTrails.draw(g, trail.xs(), trail.ys(), trail.points(), line, start, current);
    }

    /** Where each drawn pinned trail starts, (x, y) in pixels; none for a run without a trail yet. */
    List<double[]> comparedTrailStarts() {
        return drawnOthers.stream().filter(tr -> tr.points() > 0).map(tr -> new double[] {tr.xs()[0], tr.ys()[0]})
                .toList();
    }

    /** A dashed polyline through (e, w) points. */
    private void path(GraphicsContext g, List<double[]> pts, Color c, double width) {
        if (pts.size() < 2) {
            return;
        }
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineDashes(6, 4);
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = transform.x(pts.get(i)[1]);
            ys[i] = transform.y(pts.get(i)[0]);
        }
        g.strokePolyline(xs, ys, xs.length);
        g.setLineDashes();
    }

    LandscapeImage.Transform transform() {
        return transform;
    }
}
