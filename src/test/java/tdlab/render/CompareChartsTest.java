package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import tdlab.sim.Frame;

/** Compare's loss lines: each pinned run up to the time cursor, its colour, and the live run's usual look restored. */
class CompareChartsTest {

    /** Frames every 10 steps with these validation losses (training 0.1 above); the last one diverged if asked. */
    private static List<Frame> frames(boolean divergedAtEnd, double... val) {
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < val.length; i++) {
            String divergence = divergedAtEnd && i == val.length - 1 ? "loss is NaN" : null;
            out.add(new Frame(10L * i, val[i] + 0.1, val[i], new double[][] {{1}}, Double.NaN, new double[6], 0,
                    new double[6], Map.of(), null, new int[0], new double[0][][], new double[0][], 0, divergence,
                    Map.of(), null));
        }
        return out;
    }

    @Test
    void aPinnedRunIsDrawnUpToTheCursorWithItsValidationLineNamedByItsLegend() {
        ComparedRun a = new ComparedRun("A", "A → B: learning rate 0.01 → 0.05", 0,
                frames(false, 0.7, 0.6, 0.5, 0.4));
        ComparedRun c = new ComparedRun("C", "C: seed 7", 2, frames(false, 0.9, 0.8));
        XYSeriesCollection data = new XYSeriesCollection();
        assertThat(CompareCharts.fillPinned(data, List.of(a, c), 25)).as("built").isTrue();
        assertThat(data.getSeriesCount()).isEqualTo(4);
        assertThat(data.getSeries(0).getKey()).isEqualTo("A → B: learning rate 0.01 → 0.05");
        assertThat(data.getSeries(0).getMaxX()).as("frames at 0, 10, 20 of A").isEqualTo(20);
        assertThat(data.getSeries(1).getMinY()).as("A's training line, 0.1 above")
                .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(data.getSeries(2).getMaxX()).as("C has frames up to 10 only").isEqualTo(10);

        assertThat(CompareCharts.fillPinned(data, List.of(a, c), 5)).as("same runs: refilled, not rebuilt").isFalse();
        assertThat(data.getSeries(0).getItemCount()).isEqualTo(1);
        CompareCharts.fillPinned(data, List.of(a, c), -1);
        assertThat(data.getSeries(0).isEmpty()).as("no frame before the cursor").isTrue();
        assertThat(CompareCharts.fillPinned(data, List.of(), 100)).isTrue();
        assertThat(data.getSeriesCount()).isZero();
    }

    @Test
    void aPinnedRunThatBlewUpEndsWhereItsBlowUpStarts() {
        ComparedRun a = new ComparedRun("A", "A: lr 50", 0, frames(true, 0.7, 0.6, 5.0, 1e100, Double.NaN));
        XYSeriesCollection data = new XYSeriesCollection();
        CompareCharts.fillPinned(data, List.of(a), Long.MAX_VALUE);
        XYSeries val = data.getSeries(0);
        assertThat(val.getMaxX()).isEqualTo(10);
        assertThat(val.getMaxY()).isEqualTo(0.7);
    }

    @Test
    void theLiveRunTakesItsLettersColourInAComparisonAndItsUsualLookAfter() {
        XYSeriesCollection live = RunCharts.lossData();
        JFreeChart chart = Charts.lineChart(live, "step", "loss");
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        XYLineAndShapeRenderer fresh = (XYLineAndShapeRenderer) Charts.lineChart(RunCharts.lossData(), "step", "loss")
                .getXYPlot().getRenderer();
        ComparedRun a = new ComparedRun("A", "A: same settings as B", 0, frames(false, 0.7));
        CompareCharts.styleLive(r, live, new Comparison("B", 1, List.of(a)));
        assertThat(live.getSeries(1).getKey()).isEqualTo("B: validation");
        assertThat(r.getSeriesPaint(1)).isEqualTo(Charts.SERIES[1]);
        assertThat(((java.awt.Color) r.getSeriesPaint(0)).getAlpha()).as("training pale").isLessThan(255);

        CompareCharts.styleLive(r, live, Comparison.NONE);
        for (int i = 0; i < live.getSeriesCount(); i++) {
            assertThat(live.getSeries(i).getKey()).isEqualTo(RunCharts.LOSS_SERIES.get(i));
            assertThat(r.getSeriesPaint(i)).isEqualTo(fresh.getSeriesPaint(i));
            assertThat(r.getSeriesStroke(i)).isEqualTo(fresh.getSeriesStroke(i));
        }
    }
}
