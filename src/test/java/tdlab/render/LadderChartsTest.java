package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.highorder.LadderKeys;
import tdlab.sim.Frame;

/** The ladder's data from hand-made frames carrying the high-order family's series (h = 2 blocks, 1 head). */
class LadderChartsTest {

    private static Frame frame(long step, double excess, double kl1, double kl2, double oldMass, double newMass) {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put(LadderKeys.EXCESS, excess);
        s.put(LadderKeys.kl(1), kl1);
        s.put(LadderKeys.kl(2), kl2);
        s.put(LadderKeys.mass(0, 0), oldMass);
        s.put(LadderKeys.mass(0, 1), newMass);
        return new Frame(step, 0, 0, new double[][] {{1}}, 0, new double[6], 0, new double[6], Map.of(), null,
                new int[0], new double[0][][], new double[0][], 0, null, s, null);
    }

    private final List<Frame> frames = List.of(frame(0, 2.0, 1.0, 1.5, 0.3, 0.3), frame(10, 1.0, 0.4, 0.8, 0.1, 0.7),
            frame(20, 0.5, 0.4, 0.3, 0.2, 0.6), frame(30, 0.2, 0.9, 0.1, 0.7, 0.2));

    @Test
    void oneKlSeriesPerBlockTheEarliestMinimumOfKlOneAndNoExcessAtStepZero() {
        LadderCharts.Data data = LadderCharts.data();
        LadderCharts.Minimum min = LadderCharts.fill(data, frames, frames.size() - 1);
        assertThat(data.kl().getSeriesCount()).isEqualTo(2);
        assertThat(data.kl().getSeries(0).getItemCount()).isEqualTo(4);
        assertThat(data.kl().getSeries(1).getKey()).isEqualTo("k = 2 (full teacher)");
        assertThat(min).isEqualTo(new LadderCharts.Minimum(10, 0.4)); // 0.4 at steps 10 and 20: the earliest
        assertThat(data.excess().getSeries(0).getItemCount()).as("the log step axis has no step 0").isEqualTo(3);
        // up to frame 1 only: the minimum is what was drawn so far
        assertThat(LadderCharts.fill(data, frames, 0)).isEqualTo(new LadderCharts.Minimum(0, 1.0));
        assertThat(data.kl().getSeries(0).getItemCount()).isEqualTo(1);
    }

    @Test
    void framesWithoutTheSeriesGiveNoCurvesAndNoMinimum() {
        LadderCharts.Data data = LadderCharts.data();
        LadderCharts.fill(data, frames, frames.size() - 1);
        Frame bare = new Frame(0, 0, 0, new double[][] {{1}}, 0, new double[6], 0, new double[6], Map.of(), null,
                new int[0], new double[0][][], new double[0][], 0, null, Map.of(), null);
        assertThat(LadderCharts.fill(data, List.of(bare), 0)).isNull();
        assertThat(data.kl().getSeriesCount()).isZero();
    }

    @Test
    void redrawingTheBoundariesReplacesOnlyTheirOwnLines() {
        org.jfree.chart.plot.XYPlot plot = LadderCharts.klChart(LadderCharts.data().kl()).getXYPlot();
        org.jfree.chart.plot.ValueMarker cursor = new org.jfree.chart.plot.ValueMarker(25); // the step axis's
        plot.addDomainMarker(cursor);
        List<StageBoundaries.Boundary> two = List.of(new StageBoundaries.Boundary(10, 0, 3, 2),
                new StageBoundaries.Boundary(20, 1, 3, 1));
        LadderCharts.markBoundaries(plot, two, 30, true);
        LadderCharts.markBoundaries(plot, two.subList(0, 1), 30, true);
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(2).contains(cursor);
    }

    @Test
    void theSpanHistoryOfFramesFeedsTheBoundaries() {
        SpanHistory h = SpanHistory.of(frames, frames.size() - 1);
        assertThat(h.heads()).isEqualTo(1);
        assertThat(h.blocks()).isEqualTo(2);
        assertThat(h.mass(0, 1, 1)).isEqualTo(0.7);
        // newest block from step 10, the oldest overtakes it at step 30
        assertThat(StageBoundaries.of(h)).containsExactly(new StageBoundaries.Boundary(30, 0, 2, 1));
    }
}
