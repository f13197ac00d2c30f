package tdlab.ui.panels;

import java.util.List;
import tdlab.sim.Frame;

/**
 * A panel of charts (loss, parameters, predictions): the window redraws it in turn with the other charts,
 * and its charts follow the theme and go live (an image) while the run plays. The panel only says which
 * view holds its charts.
 */
public interface ChartPanel extends Panel {

    /** What a panel's chart view does; the views implement it. */
    interface Charts {
        void update(List<Frame> frames);

        void setDark(boolean dark);

        void setLive(boolean live);
    }

    Charts charts();

    @Override
    default boolean redrawsPeriodically() {
        return true;
    }

    @Override
    default void redraw(List<Frame> recorded) {
        charts().update(recorded);
    }

    @Override
    default void setDark(boolean dark) {
        charts().setDark(dark);
    }

    @Override
    default void setLive(boolean live) {
        charts().setLive(live);
    }
}
