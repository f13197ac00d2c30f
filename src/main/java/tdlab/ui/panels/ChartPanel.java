package tdlab.ui.panels;

import java.util.List;
import tdlab.render.StepAxis;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;

/**
 * A panel of charts (loss, parameters, predictions): the window redraws it in turn with the other charts,
 * and its charts follow the theme and go live (an image) while the run plays. The panel only says which
 * view holds its charts.
 */
public interface ChartPanel extends Panel {

    /** What a panel's chart view does; the views implement it. */
    interface Charts {
        /** Redraws from the recorded frames; the step axis is told of them too. */
        void update(List<Frame> frames);

        /** The charts' step axis: the run's range, the time cursor and the divergence line. */
        StepAxis stepAxis();

        void setDark(boolean dark);

        void setLive(boolean live);
    }

    Charts charts();

    @Override
    default void newRun(RunConfig config, RunInfo info) {
        charts().stepAxis().newRun(info.totalSteps());
    }

    /** The time cursor follows the shown frame (a marker moved only when the step changes: no per-pulse redraw). */
    @Override
    default void showFrame(Frame shown, List<Frame> recorded) {
        charts().stepAxis().shown(shown, recorded);
    }

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
