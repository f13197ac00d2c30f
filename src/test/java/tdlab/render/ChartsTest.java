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

    /** A Y/Z or multi-head run has group norms only: no empty (e, w, b) or energy axes above and below them. */
    @Test
    void theParametersChartShowsOnlyThePlotsTheRunFeeds() throws InterruptedException {
        tdlab.train.RunConfig yz = tdlab.ui.Presets.load("s4a-scan-snap-equal-rates").run();
        tdlab.train.RunConfig simple = tdlab.ui.Presets.load("s2a-simple-transformer-standard-init").run();
        for (tdlab.train.RunConfig cfg : List.of(yz, simple)) {
            tdlab.sim.Simulation sim = new tdlab.sim.Simulation(cfg);
            List<tdlab.sim.Frame> frames = java.util.Collections.synchronizedList(new ArrayList<>());
            sim.addListener(frames::add);
            sim.start();
            sim.awaitIdle(Long.MAX_VALUE); // the step-0 frame
            sim.runTo(3);
            while (!sim.awaitIdle(100)) {
                Thread.onSpinWait();
            }
            sim.close();
            ParametersChart chart = new ParametersChart();
            chart.show(List.copyOf(frames), frames.size() - 1, 3);
            List<String> labels = chart.shownPlots().stream().map(p -> p.getRangeAxis().getLabel()).toList();
            if (cfg == yz) {
                assertThat(labels).containsExactly("norm");
            } else {
                assertThat(labels).containsExactly("e, w, b", "norm", "σ1²/Σσ²");
            }
        }
        ParametersChart empty = new ParametersChart();
        empty.show(List.of(), -1, 0);
        assertThat(empty.shownPlots()).as("nothing recorded yet: the empty axes").hasSize(3);
    }
}
