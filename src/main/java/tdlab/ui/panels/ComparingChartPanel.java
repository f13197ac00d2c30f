package tdlab.ui.panels;

import java.util.List;
import tdlab.render.Comparison;
import tdlab.sim.Frame;

/**
 * A chart panel that draws a comparison's runs (overlaid or side by side) up to the timeline's step: its view
 * keeps a {@link CompareCursor}, and scrubbing the timeline while paused redraws every run at once.
 */
public interface ComparingChartPanel extends ChartPanel {

    /** The view's cursor. */
    CompareCursor cursor();

    @Override
    default void showComparison(Comparison comparison) {
        cursor().show(comparison);
    }

    @Override
    default void setLive(boolean live) {
        cursor().setLive(live);
        ChartPanel.super.setLive(live);
    }

    @Override
    default void showFrame(Frame shown, List<Frame> recorded) {
        ChartPanel.super.showFrame(shown, recorded);
        if (cursor().moveTo(shown)) {
            charts().update(recorded);
        }
    }
}
