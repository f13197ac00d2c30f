package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import tdlab.sim.Frame;

/** The early-stopping mark (issue 10, S3c): the best validation step once the loss has risen from it. */
class BestValidationTest {

    private static List<Frame> frames(double... val) {
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < val.length; i++) {
            out.add(new Frame(10L * i, 0, val[i], new double[][] {{1}}, Double.NaN, new double[6], 0, new double[6],
                    Map.of(), null, new int[0], new double[0][][], new double[0][], 0, null, Map.of(), null));
        }
        return out;
    }

    @Test
    void theMinimumIsMarkedOnlyOnceTheLossHasRisenFromIt() {
        List<Frame> f = frames(3.0, 1.0, 0.60, 0.55, 0.58, 0.62);
        assertThat(BestValidation.of(f, 5)).contains(new BestValidation(30, 0.55, 0));
        assertThat(BestValidation.of(f, 4)).contains(new BestValidation(30, 0.55, 0)); // 0.03 above it already
        assertThat(BestValidation.of(f, 3)).isEmpty(); // the minimum is the newest frame: nothing to stop for yet
    }

    @Test
    void aRunStillImprovingOrWobblingOnItsPlateauHasNoMark() {
        assertThat(BestValidation.of(frames(3.0, 1.0, 0.6, 0.5), 3)).isEmpty();
        assertThat(BestValidation.of(frames(3.0, 0.50, 0.505, 0.503), 3)).isEmpty();
        assertThat(BestValidation.of(frames(Double.NaN, Double.NaN), 1)).isEmpty();
    }

    @Test
    void theMarkIsOneArrowThatMovesAndGoes() {
        JFreeChart chart = Charts.lineChart(new XYSeriesCollection(), "step", "loss");
        BestValidation.Mark mark = new BestValidation.Mark(chart.getXYPlot());
        mark.show(Optional.of(new BestValidation(30, 0.55, 0)));
        mark.show(Optional.of(new BestValidation(40, 0.50, 0)));
        assertThat(chart.getXYPlot().getAnnotations()).hasSize(1);
        mark.show(Optional.empty());
        assertThat(chart.getXYPlot().getAnnotations()).isEmpty();
    }

    @Test
    void aRunWithLagBlocksSaysHowManyItHadLearnedAtItsBest() {
        List<Frame> f = new ArrayList<>();
        double[] val = {3.0, 0.6, 0.55, 0.6};
        double[][][] mass = { // [frame][head][block]: two heads on block 3, then one moves to block 2
            {{0.3, 0.3, 0.4}, {0.3, 0.3, 0.4}}, {{0.1, 0.2, 0.7}, {0.1, 0.2, 0.7}},
            {{0.1, 0.2, 0.7}, {0.1, 0.6, 0.3}}, {{0.1, 0.2, 0.7}, {0.1, 0.6, 0.3}}};
        for (int i = 0; i < val.length; i++) {
            Map<String, Double> s = new java.util.LinkedHashMap<>();
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 3; k++) {
                    s.put(tdlab.family.highorder.LadderKeys.mass(j, k), mass[i][j][k]);
                }
            }
            f.add(new Frame(10L * i, 0, val[i], new double[][] {{1}}, Double.NaN, new double[6], 0, new double[6],
                    Map.of(), null, new int[0], new double[0][][], new double[0][], 0, null, s, null));
        }
        BestValidation b = BestValidation.of(f, 3).orElseThrow();
        assertThat(b).isEqualTo(new BestValidation(20, 0.55, 2));
        assertThat(b.label()).isEqualTo("best validation 0.5500 (step 20) · 2 blocks learned");
    }
}
