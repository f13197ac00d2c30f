package tdlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;

class OptimizerTest {
    private final ParamLayout layout = ParamLayout.builder().add("a", ParamGroup.ATTENTION, 2)
            .add("b", ParamGroup.BIAS, 1).build();

    private static GroupSettings[] settings(GroupSettings a, GroupSettings b) {
        return new GroupSettings[] {a, b};
    }

    @Test
    void adamWMatchesTheHandComputedUpdate() {
        Optimizer opt = new Optimizer(OptimizerConfig.adamW(0.9, 0.95), layout);
        double[] p = {1.0, -2.0, 0.5};
        double[] g = {0.3, -0.1, 2.0};
        GroupSettings s = new GroupSettings(0.01, 0.1, false);
        opt.step(p, g, new double[] {0.01, 0.01}, settings(s, s));
        // step 1: m̂ = g, v̂ = g², update = lr·g/(|g| + eps) ≈ lr·sign(g); decay first: p·(1 − lr·wd)
        assertThat(p[0]).isCloseTo(1.0 * (1 - 0.001) - 0.01 * 0.3 / (0.3 + 1e-8), within(1e-12));
        assertThat(p[1]).isCloseTo(-2.0 * (1 - 0.001) + 0.01 * 0.1 / (0.1 + 1e-8), within(1e-12));
        double[] g2 = {0.1, 0.1, 0.1};
        double before = p[0];
        opt.step(p, g2, new double[] {0.01, 0.01}, settings(s, s));
        double m = 0.9 * 0.1 * 0.3 + 0.1 * 0.1;
        double v = 0.95 * 0.05 * 0.09 + 0.05 * 0.01;
        double mh = m / (1 - 0.81);
        double vh = v / (1 - 0.9025);
        assertThat(p[0]).isCloseTo(before * (1 - 0.001) - 0.01 * mh / (Math.sqrt(vh) + 1e-8), within(1e-12));
    }

    @Test
    void sgdWithMomentumFollowsThePyTorchConvention() {
        Optimizer opt = new Optimizer(OptimizerConfig.sgd(0.9), layout);
        double[] p = {1.0, 0.0, 0.0};
        GroupSettings s = new GroupSettings(0.1, 0, false);
        opt.step(p, new double[] {1, 0, 0}, new double[] {0.1, 0.1}, settings(s, s));
        assertThat(p[0]).isCloseTo(0.9, within(1e-15)); // buf = g
        opt.step(p, new double[] {1, 0, 0}, new double[] {0.1, 0.1}, settings(s, s));
        assertThat(p[0]).isCloseTo(0.9 - 0.1 * 1.9, within(1e-15)); // buf = 0.9·1 + 1
    }

    @Test
    void ngdMovesEachTensorByExactlyTheLearningRate() {
        Optimizer opt = new Optimizer(OptimizerConfig.ngd(), layout);
        double[] p = {0, 0, 0};
        GroupSettings s = new GroupSettings(0.1, 0, false);
        for (int i = 0; i < 5; i++) {
            opt.step(p, new double[] {3, 4, -7}, new double[] {0.1, 0.1}, settings(s, s));
        }
        assertThat(Math.hypot(p[0], p[1])).isCloseTo(0.5, within(1e-12)); // ‖W_t‖ = η·t
        assertThat(p[2]).isCloseTo(0.5, within(1e-12)); // against the gradient
    }

    @Test
    void frozenGroupsAreNotUpdated() {
        Optimizer opt = new Optimizer(OptimizerConfig.adamW(0.9, 0.95), layout);
        double[] p = {1, 1, 1};
        opt.step(p, new double[] {1, 1, 1}, new double[] {0.1, 0.1},
                settings(new GroupSettings(0.1, 0, true), new GroupSettings(0.1, 0, false)));
        assertThat(p[0]).isEqualTo(1);
        assertThat(p[1]).isEqualTo(1);
        assertThat(p[2]).isLessThan(1);
    }

    @Test
    void oneCycleScheduleMatchesPyTorchOneCycleLR() {
        Schedule s = Schedule.referenceOneCycle();
        double max = 2e-3;
        assertThat(max * s.factor(0, 400)).isCloseTo(2e-5, within(1e-12));
        assertThat(max * s.factor(7, 400)).isCloseTo(2e-3, within(1e-12)); // end of warm-up: 0.02·400 − 1
        assertThat(max * s.factor(203, 400)).isCloseTo(1.2e-3, within(1e-12)); // halfway down the cosine
        assertThat(max * s.factor(399, 400)).isCloseTo(4e-4, within(1e-12)); // 2e-5 / 0.05
        assertThat(Schedule.constant().factor(123, 400)).isEqualTo(1);
    }
}
