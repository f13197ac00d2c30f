package tdlab.ui.panels;

import java.util.List;
import tdlab.render.CompareCharts;
import tdlab.render.Comparison;
import tdlab.sim.Frame;

/**
 * A chart view's time cursor in a comparison: the runs compared, the shown frame's step (every run is drawn up to
 * it, so the timeline is one cursor for all) and what was last drawn, so a redraw happens only when the frames,
 * the runs or, in a comparison, the cursor changed. Outside a comparison the view draws all its run's frames.
 */
public final class CompareCursor {
    private Comparison comparison = Comparison.NONE;
    private long step = -1;
    private boolean live;
    private List<Frame> drawn = List.of();
    private Comparison drawnComparison = Comparison.NONE;
    private long drawnStep = -1;

    public void show(Comparison next) {
        comparison = next;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** True while the run plays (the window then redraws the charts in turn). */
    public void setLive(boolean live) {
        this.live = live;
    }

    /**
     * The timeline shows {@code shown}: true when the view should redraw at once (paused in a comparison, the
     * timeline scrubs every run to the step; playing, the window's turn comes soon enough).
     */
    public boolean moveTo(Frame shown) {
        step = shown == null ? -1 : shown.step();
        return comparison.active() && !live && step != drawnStep;
    }

    /** The shown frame's step (−1 before the first frame). */
    public long step() {
        return step;
    }

    /** Whether drawing {@code frames} would change the chart. */
    public boolean stale(List<Frame> frames) {
        return frames != drawn || comparison != drawnComparison || comparison.active() && step != drawnStep;
    }

    /** The view drew {@code frames} at the current cursor. */
    public void drawn(List<Frame> frames) {
        drawn = frames;
        drawnComparison = comparison;
        drawnStep = step;
    }

    /**
     * The last of the live run's frames to draw: all of them alone; up to the cursor in a comparison, and side by
     * side also no later than a blow-up (each small chart fits its axes to every point it has).
     */
    public int upTo(List<Frame> frames) {
        if (!comparison.active()) {
            return frames.size() - 1;
        }
        return comparison.sideBySide() ? CompareCharts.drawnUpTo(frames, step) : CompareCharts.upTo(frames, step);
    }
}
