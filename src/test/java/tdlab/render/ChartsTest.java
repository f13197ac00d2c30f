package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static List<String> legend(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    @Test
    void theLegendListsOnlySeriesThatHoldData() {
        XYSeriesCollection data = RunCharts.lossData();
        data.getSeries(0).add(1, 0.69);
        data.getSeries(1).add(1, 0.68);
        JFreeChart chart = Charts.lineChart(data, "step", "loss");
        Charts.legendForDrawnSeries(chart.getPlot());
        assertThat(legend(chart)).containsExactly("train (batch)", "validation");

        data.getSeries(2).add(1, 0.67); // a model with an exact population loss
        Charts.legendForDrawnSeries(chart.getPlot());
        assertThat(legend(chart)).containsExactly("train (batch)", "validation", "exact population loss");
    }

    @Test
    void theStackedParameterChartTrimsEachSubplotsLegend() {
        XYSeriesCollection[] data = RunCharts.parameterData();
        data[0].getSeries(0).add(1, 0.5);
        JFreeChart chart = RunCharts.parametersChart(data);
        Charts.legendForDrawnSeries(chart.getPlot());
        assertThat(legend(chart)).containsExactly(data[0].getSeries(0).getKey().toString());
    }

    /** Issue 15: nine entries with repeated colours; every legend entry of the stacked chart must look different. */
    @Test
    void everyLineOfTheStackedParameterChartHasItsOwnColourAndDash() {
        XYSeriesCollection[] data = RunCharts.parameterData();
        int total = 0;
        for (XYSeriesCollection c : data) {
            for (int i = 0; i < c.getSeriesCount(); i++) {
                c.getSeries(i).add(1, 0.5);
                total++;
            }
        }
        JFreeChart chart = RunCharts.parametersChart(data);
        Charts.legendForDrawnSeries(chart.getPlot());
        org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
        assertThat(items.getItemCount()).isEqualTo(total).isGreaterThan(Charts.SERIES.length);
        java.util.Set<String> styles = new java.util.HashSet<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            org.jfree.chart.LegendItem item = items.get(i);
            java.awt.BasicStroke stroke = (java.awt.BasicStroke) item.getLineStroke();
            styles.add(item.getLinePaint() + " " + java.util.Arrays.toString(stroke.getDashArray()));
        }
        assertThat(styles).hasSize(total);
    }
}
