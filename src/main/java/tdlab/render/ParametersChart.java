package tdlab.render;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.sim.Frame;

/**
 * The Parameters chart of a run, as the panel and the exported frames draw it: (e, w, b), the group norms and the
 * fraction of energy, stacked on one step axis, each plot shown only when the run feeds it. (e, w, b) exist for the
 * canonical model and the simple transformer and the fractions for models with W_V or W1; an empty "e, w, b" axis
 * above a Y/Z model's norms would only puzzle a class.
 */
public final class ParametersChart {
    private final XYSeriesCollection[] data = RunCharts.parameterData();
    private final JFreeChart chart = RunCharts.parametersChart(data);
    private final CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.getPlot();
    /** The three plots in their order with their height weights; the combined plot holds the fed ones. */
    private final List<XYPlot> plots = List.copyOf(combined.getSubplots());
    private final int[] weights = plots.stream().mapToInt(XYPlot::getWeight).toArray();

    public JFreeChart chart() {
        return chart;
    }

    /** The frames up to index {@code upTo}; the plots with data, each fitted to the steps up to {@code until}. */
    public void show(List<Frame> frames, int upTo, long until) {
        RunCharts.fillParameters(data, frames, upTo);
        boolean any = plots.stream().anyMatch(p -> fed(p.getDataset()));
        for (int i = 0; i < plots.size(); i++) {
            XYPlot p = plots.get(i);
            boolean shown = combined.getSubplots().contains(p);
            boolean wanted = !any || fed(p.getDataset());
            if (shown != wanted) {
                rebuild(any);
                break;
            }
        }
        BlowUp.fit(plots.get(0), until); // the energy fraction keeps its fixed [0, 1]
        BlowUp.fit(plots.get(1), until);
        Charts.legendForDrawnSeries(combined);
    }

    /** The plots in their order, shown or not: (e, w, b), the norms, the fractions of energy. */
    public List<XYPlot> plots() {
        return plots;
    }

    /** One run's empty collections, one per plot of {@link #plots()}. */
    public static XYSeriesCollection[] structure() {
        return RunCharts.parameterData();
    }

    /** The plots shown, top to bottom. */
    public List<XYPlot> shownPlots() {
        return List.copyOf(combined.getSubplots());
    }

    private void rebuild(boolean any) {
        for (XYPlot p : plots) {
            combined.remove(p);
        }
        for (int i = 0; i < plots.size(); i++) {
            if (!any || fed(plots.get(i).getDataset())) {
                combined.add(plots.get(i), weights[i]);
            }
        }
    }

    private static boolean fed(XYDataset d) {
        for (int s = 0; s < d.getSeriesCount(); s++) {
            if (d.getItemCount(s) > 0) {
                return true;
            }
        }
        return false;
    }
}
