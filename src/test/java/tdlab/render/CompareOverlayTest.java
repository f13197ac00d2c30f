package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import tdlab.sim.Frame;

/**
 * A comparison overlaid on the predictions chart: each pinned run's series up to the cursor in its colour, a series
 * told by its dash, the legend naming the runs then the series; side by side or alone, the chart's own look back.
 */
class CompareOverlayTest {
    private static final double[][] TRUTH = {{0.8, 0.2}, {0.3, 0.7}};
    private static final double[] PI = {0.6, 0.4};

    /** Binary-chain frames every 10 steps whose P̂(1|0) is each of {@code p10} (P̂(0|1) = 1 − it). */
    private static List<Frame> frames(double... p10) {
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < p10.length; i++) {
            double[][] est = {{1 - p10[i], p10[i]}, {1 - p10[i], p10[i]}};
            out.add(new Frame(10L * i, 0.7, 0.7, est, Double.NaN, new double[6], 0, new double[6], Map.of(), null,
                    new int[0], new double[0][][], new double[0][], 0, null, Map.of(), null));
        }
        return out;
    }

    private static XYSeriesCollection[] structure() {
        return new XYSeriesCollection[] {RunCharts.predictionData(2)};
    }

    private static void fill(XYSeriesCollection[] data, List<Frame> frames, int upTo) {
        RunCharts.fillPredictions(data[0], TRUTH, PI, frames, upTo);
    }

    private static List<String> legend(XYPlot plot) {
        LegendItemCollection items = plot.getLegendItems();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    @Test
    void pinnedRunsAreOverlaidInTheirColoursUpToTheCursorAndTheChartsOwnLookComesBack() {
        XYSeriesCollection live = RunCharts.predictionData(2);
        JFreeChart chart = Charts.lineChart(live, "step", "probability");
        XYPlot plot = chart.getXYPlot();
        XYItemRenderer own = plot.getRenderer();
        List<String> alone = legend(plot);
        CompareOverlay overlay = new CompareOverlay(plot, List.of(plot), CompareOverlayTest::structure, 1.8f);
        RunCharts.fillPredictions(live, TRUTH, PI, frames(0.5, 0.4, 0.3), 1);
        ComparedRun a = new ComparedRun("A", "A → B: learning rate 0.01 → 0.05", 0, frames(0.5, 0.45, 0.35));
        Comparison c = new Comparison("B", 1, List.of(a));

        overlay.show(c, 15, CompareOverlayTest::fill);
        XYSeriesCollection pinned = (XYSeriesCollection) plot.getDataset(1);
        assertThat(pinned.getSeries(0).getMaxX()).as("A's frames at 0 and 10: up to the cursor").isEqualTo(10);
        assertThat(pinned.getSeries(0).getY(1).doubleValue()).isEqualTo(0.45);
        assertThat(plot.getRenderer(1).getSeriesPaint(0)).as("A blue").isEqualTo(Charts.SERIES[0]);
        assertThat(plot.getRenderer(1).getSeriesPaint(1)).isEqualTo(Charts.SERIES[0]);
        assertThat(plot.getRenderer(0).getSeriesPaint(0)).as("B, the live run, orange").isEqualTo(Charts.SERIES[1]);
        assertThat(plot.getRenderer(0).getSeriesStroke(0)).as("a series by its dash")
                .isNotEqualTo(plot.getRenderer(0).getSeriesStroke(1))
                .isEqualTo(plot.getRenderer(1).getSeriesStroke(0));
        assertThat(legend(plot)).containsExactly("B (live)", "A → B: learning rate 0.01 → 0.05", "P̂(1|0)", "P̂(0|1)");

        overlay.show(new Comparison("B", 1, List.of(a), CompareLayout.SIDE_BY_SIDE), 15, CompareOverlayTest::fill);
        assertThat(plot.getDataset(1)).as("side by side: nothing overlaid").isNull();
        assertThat(plot.getRenderer(0)).isSameAs(own);
        assertThat(legend(plot)).isEqualTo(alone);

        overlay.show(c, 100, CompareOverlayTest::fill);
        assertThat(((XYSeriesCollection) plot.getDataset(1)).getSeries(0).getMaxX()).isEqualTo(20);
        overlay.show(Comparison.NONE, 100, CompareOverlayTest::fill);
        assertThat(plot.getDataset(1)).isNull();
        assertThat(plot.getRenderer(0)).isSameAs(own);
        assertThat(legend(plot)).isEqualTo(alone);
    }
}
