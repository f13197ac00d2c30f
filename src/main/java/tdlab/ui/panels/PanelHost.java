package tdlab.ui.panels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import tdlab.preset.Preset;
import tdlab.render.Colormap;
import tdlab.render.Comparison;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;

/**
 * The panels of one window: builds those a run shows (through the {@link PanelRegistry}), lays them out in
 * the grid and hands them the window's events. A panel is built the first time a run shows it and kept for
 * the window's life, so what the user set in it (a computed sweep, the log axis) survives the next run;
 * every panel that (re)enters the grid is told of the current run first, so none shows another run's data.
 */
public final class PanelHost {
    private final PanelRegistry registry;
    private final PanelContext context;
    private final PanelGrid grid = new PanelGrid();
    private final Map<String, Panel> built = new LinkedHashMap<>();
    private final ObservableList<Panel> shown = FXCollections.observableArrayList();
    private final ObservableList<Panel> shownView = FXCollections.unmodifiableObservableList(shown);
    private List<Panel> charts = List.of();
    private int nextChart;
    private boolean dark;
    private boolean live;
    private Colormap palette = Colormap.Named.VIRIDIS.load();
    private Comparison comparison = Comparison.NONE;

    public PanelHost(PanelRegistry registry, PanelContext context) {
        this.registry = registry;
        this.context = context;
    }

    /** The key of the maximised panel; "" while the grid shows every panel. */
    public String maximised() {
        return grid.maximisedKey();
    }

    /** Maximises this shown panel ("": restores the grid), as its title bar's button does. */
    public void maximise(String key) {
        grid.maximise(key);
    }

    /** Told of each maximise or restore the user clicks: (key before, key after), "" for the whole grid. */
    public void onUserMaximise(java.util.function.BiConsumer<String, String> listener) {
        grid.onUserMaximise(listener);
    }

    /** The dividers' positions between the panels (the columns', then each column's), as a drag leaves them. */
    public List<List<Double>> dividers() {
        return grid.dividers();
    }

    /** Puts the dividers back where {@link #dividers} found them (the grid still arranged as it was then). */
    public void setDividers(List<List<Double>> positions) {
        grid.setDividers(positions);
    }

    /** Told of each divider drag the user makes: the positions before and after. */
    public void onUserResize(java.util.function.BiConsumer<List<List<Double>>, List<List<Double>>> listener) {
        grid.onUserResize(listener);
    }

    /** The grid of shown panels. */
    public Node view() {
        return grid;
    }

    /**
     * A new run of this preset: the panels it shows (the grid is rebuilt when the set changes), each told of
     * the run; its frames follow through {@link #showFrame}.
     */
    public void newRun(Preset preset, RunInfo info) {
        List<Panel> next = registry.keysFor(preset).stream().map(this::panel).toList();
        if (!next.equals(shown)) {
            shown.setAll(next);
            charts = next.stream().filter(Panel::redrawsPeriodically).toList();
            nextChart = 0;
            grid.show(next);
        }
        for (Panel p : shown) {
            guarded(p, "a new run", () -> p.newRun(preset.run(), info));
            guarded(p, "a comparison", () -> p.showComparison(comparison));
        }
    }

    /** The runs pinned beside the live one (a panel that enters the grid later is told on its first run). */
    public void showComparison(Comparison next) {
        comparison = next;
        for (Panel p : shown) {
            guarded(p, "a comparison", () -> p.showComparison(next));
        }
    }

    /**
     * Runs one panel's hook so that its failure reaches neither the other panels nor the window: it is logged with
     * the panel's key. A ConcurrentModificationException is tried once more first: it is how OpenJFX 21's
     * text-layout race shows (see ui.GlyphLayoutRace, which closes it where the toolkit lets us; a JavaFX run
     * without that workaround still meets it), and it does not last.
     */
    private static void guarded(Panel panel, String what, Runnable hook) {
        try {
            hook.run();
        } catch (java.util.ConcurrentModificationException transientRace) {
            try { // the toolkit's race is over by now; a real bug fails the same way again and is logged
                hook.run();
            } catch (RuntimeException again) {
                again.addSuppressed(transientRace);
                log(panel, what, again);
            }
        } catch (RuntimeException e) {
            log(panel, what, e);
        }
    }

    private static void log(Panel panel, String what, RuntimeException e) {
        System.getLogger(PanelHost.class.getName()).log(System.Logger.Level.ERROR,
                "the " + panel.key() + " panel failed on " + what, e);
    }

    private Panel panel(String key) {
        return built.computeIfAbsent(key, k -> {
            Panel p = registry.create(k, context);
            p.setDark(dark);
            p.setLive(live);
            p.setPalette(palette);
            return p;
        });
    }

    public void showFrame(Frame frame, List<Frame> recorded) {
        for (Panel p : shown) {
            guarded(p, "a frame", () -> p.showFrame(frame, recorded));
        }
    }

    /** Redraws the next chart in turn (the window calls this every few pulses). */
    public void redrawNext(List<Frame> recorded) {
        if (charts.isEmpty()) {
            return;
        }
        nextChart = (nextChart + 1) % charts.size();
        Panel p = charts.get(nextChart);
        guarded(p, "a redraw", () -> p.redraw(recorded));
    }

    /** Redraws every chart now (tests and screenshots). */
    public void redrawAll(List<Frame> recorded) {
        charts.forEach(p -> guarded(p, "a redraw", () -> p.redraw(recorded)));
    }

    /** Teachers' notes by panel key. */
    public void annotate(Map<String, String> notes) {
        grid.annotate(notes);
    }

    /** The panels a lesson step points at, by key (empty: none). */
    public void highlight(java.util.Collection<String> keys) {
        grid.highlight(keys);
    }

    // settings reach the hidden panels too, so one that comes back shows the current ones

    public void setDark(boolean dark) {
        this.dark = dark;
        built.values().forEach(p -> guarded(p, "the theme", () -> p.setDark(dark)));
    }

    public void setLive(boolean live) {
        this.live = live;
        built.values().forEach(p -> guarded(p, "live/paused", () -> p.setLive(live)));
    }

    public void setPalette(Colormap palette) {
        this.palette = palette;
        built.values().forEach(p -> guarded(p, "the palette", () -> p.setPalette(palette)));
    }

    /** The panels in the grid, in order; it changes when a run shows another set. */
    public ObservableList<Panel> shown() {
        return shownView;
    }

    /** The shown panel of this type, if the run shows one. */
    public <T extends Panel> Optional<T> shown(Class<T> type) {
        return shown.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public void dispose() {
        built.values().forEach(p -> guarded(p, "closing", p::dispose));
    }
}
