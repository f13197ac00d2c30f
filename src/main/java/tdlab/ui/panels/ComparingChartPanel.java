package tdlab.ui.panels;

import java.util.List;
import org.jfree.chart.JFreeChart;
import tdlab.render.Comparison;
import tdlab.sim.Frame;

/**
 * A chart panel that draws a comparison's runs (overlaid or side by side) up to the timeline's step: its view
 * keeps a {@link CompareCursor}, and scrubbing the timeline while paused redraws every run at once.
 */
public interface ComparingChartPanel extends ChartPanel {

    /** What the chart view of a comparing panel does besides drawing. */
    interface Compared extends ChartPanel.Charts {
        CompareCursor cursor();

        /** The panel's own chart: the live run's series, and the runs overlaid on it. */
        JFreeChart chart();

        /** The pinned runs' charts while the runs are side by side, else none. */
        default List<JFreeChart> sideCharts() {
            return List.of();
        }
    }

    @Override
    Compared charts();

    @Override
    default void showComparison(Comparison comparison) {
        charts().cursor().show(comparison);
    }

    @Override
    default void setLive(boolean live) {
        charts().cursor().setLive(live);
        ChartPanel.super.setLive(live);
    }

    @Override
    default void showFrame(Frame shown, List<Frame> recorded) {
        ChartPanel.super.showFrame(shown, recorded);
        if (charts().cursor().moveTo(shown)) {
            charts().update(recorded);
        }
    }

    /** The chart, with the overlaid runs (for tests). */
    default JFreeChart chart() {
        return charts().chart();
    }

    /** The legend's entries, in order (for tests). */
    default List<String> legend() {
        return ChartLegend.labels(charts().chart());
    }

    /** The pinned runs' charts while the runs are side by side, else none (for tests). */
    default List<JFreeChart> sideCharts() {
        return charts().sideCharts();
    }
}
