package tdlab.ui.panels;

import java.util.List;
import javafx.scene.Node;
import tdlab.render.Colormap;
import tdlab.render.Comparison;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;

/**
 * One panel of the grid as a unit: the key families and presets call it by, its title bar, its nodes and
 * the window events it needs. The window knows panels only through this interface and builds them through
 * {@link PanelRegistry}, so a scenario adds panels without editing window code. Every hook runs on the FX
 * thread; the defaults ignore the event.
 */
public interface Panel {

    /** Identifier in task families, a preset's {@code view.panels}, {@code classroom.hidden} and annotations. */
    String key();

    /** The title bar's text. */
    String title();

    /** One line on what the panel shows (the title's tooltip). */
    String description();

    /** The panel's content, below the title bar the grid adds. */
    Node view();

    /** A new run: a load or an applied edit. The old run's frames are gone. */
    default void newRun(RunConfig config, RunInfo info) {
    }

    /**
     * The frame the timeline shows (null before the first) and the recorded frames it belongs to; called
     * whenever the shown frame changes, so it must be cheap.
     */
    default void showFrame(Frame shown, List<Frame> recorded) {
    }

    /**
     * Whether the window should call {@link #redraw} in turn with the other charts: a chart repaint costs
     * milliseconds of FX-thread time, so charts are redrawn a few times a second, one per slot, not per frame.
     */
    default boolean redrawsPeriodically() {
        return false;
    }

    /** Redraws the chart from the recorded frames (see {@link #redrawsPeriodically()}). */
    default void redraw(List<Frame> recorded) {
    }

    /**
     * The runs pinned beside the live one and their recorded frames ({@link Comparison#NONE} outside a
     * comparison); called when they change, so it must be cheap. A panel that overlays runs draws them at its
     * next redraw, each up to the step of the shown frame.
     */
    default void showComparison(Comparison comparison) {
    }

    /** Dark or light theme, for what the stylesheets cannot reach (JFreeChart colours). */
    default void setDark(boolean dark) {
    }

    /** True while the run plays: charts are then images, interactive when paused (see {@link ChartView}). */
    default void setLive(boolean live) {
    }

    /** The sequential palette for magnitudes and probabilities (View → palette). */
    default void setPalette(Colormap palette) {
    }

    /** The node a "Panel as PNG" export pictures. */
    default Node exportNode() {
        return view();
    }

    /** The window is closing: stop background work. */
    default void dispose() {
    }
}
