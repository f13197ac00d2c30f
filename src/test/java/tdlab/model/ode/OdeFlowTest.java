package tdlab.model.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.ParamLayout;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.train.InitConfig;
import tdlab.train.Initializer;
import tdlab.train.Optimizer;
import tdlab.train.OptimizerConfig;
import tdlab.train.GroupSettings;

/** Eq. 4 (science.md §3.4) as a model: its loss, its start, and one SGD step being one Euler step. */
class OdeFlowTest {
    private static final Eq4Config PAPER = new Eq4Config(3, 40, 1.7, 3, 1e-6);
    private static final Batch NONE = Batch.allocate(1, 1);

    /** A state away from the start: V random, s_k random on the simplex. */
    private static double[] state(Eq4Config cfg, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        Eq4Flow flow = new Eq4Flow(cfg);
        double[] p = new double[flow.layout().size()];
        int v = flow.layout().get(Eq4Flow.VALUES).offset();
        int s = flow.layout().get(Eq4Flow.ATTENTION).offset();
        for (int i = 0; i < cfg.heads() * cfg.blocks(); i++) {
            p[v + i] = 2 * r.nextDouble() - 1;
        }
        for (int k = 0; k < cfg.heads(); k++) {
            double sum = 0;
            for (int t = 0; t < cfg.positions(); t++) {
                p[s + k * cfg.positions() + t] = r.nextDouble();
                sum += p[s + k * cfg.positions() + t];
            }
            for (int t = 0; t < cfg.positions(); t++) {
                p[s + k * cfg.positions() + t] /= sum;
            }
        }
        return p;
    }

    /** Eq. 4's right-hand side written out from the paper, independent of the model's code. */
    private static double[] eulerStep(Eq4Config cfg, double[] p, double dt) {
        int h = cfg.blocks();
        int n = cfg.positions();
        int heads = cfg.heads();
        double[][] g = new double[h][n];
        for (int j = 0; j < h; j++) {
            g[j][j] = Math.pow(cfg.ratio(), h - 1 - j);
        }
        double[][] v = new double[heads][h];
        double[][] s = new double[heads][n];
        for (int k = 0; k < heads; k++) {
            for (int i = 0; i < h; i++) {
                v[k][i] = p[k * h + i];
            }
            for (int t = 0; t < n; t++) {
                s[k][t] = p[heads * h + k * n + t];
            }
        }
        double[][] r = new double[h][n];
        for (int i = 0; i < h; i++) {
            for (int t = 0; t < n; t++) {
                double pit = 0;
                for (int k = 0; k < heads; k++) {
                    pit += v[k][i] * s[k][t];
                }
                r[i][t] = g[i][t] - pit;
            }
        }
        double[] out = p.clone();
        for (int k = 0; k < heads; k++) {
            for (int i = 0; i < h; i++) {
                double dv = 0; // (R s_k)_i
                for (int t = 0; t < n; t++) {
                    dv += r[i][t] * s[k][t];
                }
                out[k * h + i] = p[k * h + i] + dt * dv;
            }
            double[] u = new double[n]; // Rᵀ V_k
            double su = 0;
            for (int t = 0; t < n; t++) {
                for (int i = 0; i < h; i++) {
                    u[t] += r[i][t] * v[k][i];
                }
                su += s[k][t] * u[t];
            }
            for (int t = 0; t < n; t++) { // ((diag(s) − s sᵀ) u)_t
                out[heads * h + k * n + t] = p[heads * h + k * n + t] + dt * (s[k][t] * u[t] - s[k][t] * su);
            }
        }
        return out;
    }

    @Test
    void oneSgdStepWithoutMomentumOrDecayIsOneEulerStepOfEq4() {
        for (long seed = 1; seed <= 5; seed++) {
            Eq4Flow flow = new Eq4Flow(PAPER);
            double[] p = state(PAPER, seed);
            double[] expected = eulerStep(PAPER, p, 0.005);
            double[] grad = new double[p.length];
            flow.lossAndGradient(p, NONE, grad);
            ParamLayout layout = flow.layout();
            Optimizer sgd = new Optimizer(OptimizerConfig.sgd(0), layout);
            GroupSettings plain = new GroupSettings(0.005, 0, false);
            GroupSettings[] settings = {plain, plain};
            double[] stepped = p.clone();
            sgd.step(stepped, grad, new double[] {0.005, 0.005}, settings);
            for (int i = 0; i < p.length; i++) {
                assertThat(stepped[i]).as("parameter %d, seed %d", i, seed)
                        .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-15));
            }
            assertThat(stepped).isNotEqualTo(p); // the step moved: an equality of two no-ops would prove nothing
        }
    }

    @Test
    void theLossIsHalfTheSquaredResidualAndStartsAtHalfTheSumOfSquaredStrengths() {
        Eq4Flow flow = new Eq4Flow(PAPER);
        double[] p = Initializer.initialize(PAPER, flow.layout(), new InitConfig(InitConfig.Scheme.MODEL_DEFAULT,
                0, 0, 0, 0), 7);
        // V = 0: P = 0 and L = ½(m⁴ + m² + 1)
        assertThat(flow.loss(p, NONE)).isCloseTo(0.5 * (Math.pow(1.7, 4) + 1.7 * 1.7 + 1),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(flow.target()[0]).isEqualTo(1.7 * 1.7);
        assertThat(flow.target()[40 + 1]).isEqualTo(1.7);
        assertThat(flow.target()[80 + 2]).isEqualTo(1.0);
        // a hand-computed state: one head, V = (1, 0, 0), all mass on position 0 → R[0][0] = m² − 1
        Eq4Config one = new Eq4Config(3, 4, 1.7, 1, 0);
        Eq4Flow f1 = new Eq4Flow(one);
        double[] q = {1, 0, 0, 1, 0, 0, 0};
        assertThat(f1.loss(q, NONE)).isCloseTo(0.5 * (Math.pow(1.7 * 1.7 - 1, 2) + 1.7 * 1.7 + 1),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theValueGradientIsTheEuclideanOneAndTheAttentionGradientItsSimplexProjection() {
        Eq4Flow flow = new Eq4Flow(PAPER);
        double[] p = state(PAPER, 11);
        double[] grad = new double[p.length];
        flow.lossAndGradient(p, NONE, grad);
        double eps = 1e-6;
        int v = flow.layout().get(Eq4Flow.VALUES).offset();
        for (int i = v; i < v + 9; i++) { // V: central differences of L
            double[] a = p.clone();
            double[] b = p.clone();
            a[i] += eps;
            b[i] -= eps;
            double fd = (flow.loss(a, NONE) - flow.loss(b, NONE)) / (2 * eps);
            assertThat(grad[i]).isCloseTo(fd, org.assertj.core.data.Offset.offset(1e-7));
        }
        int s = flow.layout().get(Eq4Flow.ATTENTION).offset();
        for (int k = 0; k < 3; k++) { // s: (diag(s) − s sᵀ)∇L, with ∇L by central differences
            double[] euclid = new double[40];
            double mean = 0;
            for (int t = 0; t < 40; t++) {
                double[] a = p.clone();
                double[] b = p.clone();
                a[s + k * 40 + t] += eps;
                b[s + k * 40 + t] -= eps;
                euclid[t] = (flow.loss(a, NONE) - flow.loss(b, NONE)) / (2 * eps);
                mean += p[s + k * 40 + t] * euclid[t];
            }
            double sum = 0;
            for (int t = 0; t < 40; t++) {
                double sk = p[s + k * 40 + t];
                assertThat(grad[s + k * 40 + t]).isCloseTo(sk * euclid[t] - sk * mean,
                        org.assertj.core.data.Offset.offset(1e-7));
                sum += grad[s + k * 40 + t];
            }
            assertThat(sum).as("the direction keeps Σ s_k").isCloseTo(0, org.assertj.core.data.Offset.offset(1e-14));
        }
    }

    @Test
    void theStartIsVZeroAndNearUniformDistributionsOnTheSimplexDrawnFromTheSeed() {
        Eq4Flow flow = new Eq4Flow(PAPER);
        InitConfig own = new InitConfig(InitConfig.Scheme.MODEL_DEFAULT, 0, 0, 0, 0);
        double[] p = Initializer.initialize(PAPER, flow.layout(), own, 3);
        for (int i = 0; i < 9; i++) {
            assertThat(p[i]).isZero();
        }
        double spread = 0;
        for (int k = 0; k < 3; k++) {
            double sum = 0;
            for (int t = 0; t < 40; t++) {
                double m = flow.mass(p, k, t);
                assertThat(m).isCloseTo(1.0 / 40, org.assertj.core.data.Offset.offset(1e-5));
                spread = Math.max(spread, Math.abs(m - 1.0 / 40));
                sum += m;
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        }
        assertThat(spread).as("the noise is there: it breaks the heads' symmetry").isGreaterThan(1e-7);
        assertThat(Initializer.initialize(PAPER, flow.layout(), own, 3)).isEqualTo(p);
        assertThat(Initializer.initialize(PAPER, flow.layout(), own, 4)).isNotEqualTo(p);
    }

    @Test
    void aGenericSchemeIsRefusedAndTheOwnStartBelongsToModelsThatHaveOne() {
        assertThatThrownBy(() -> Initializer.validate(PAPER, InitConfig.gaussian(0.02)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("init.scheme");
        Initializer.validate(PAPER, InitConfig.explicit(new double[129]));
        assertThatThrownBy(() -> Initializer.validate(new tdlab.model.yz.YzConfig(4, 1),
                new InitConfig(InitConfig.Scheme.MODEL_DEFAULT, 0, 0, 0, 0)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("init.scheme");
    }

    @Test
    void theConfigIsValidatedWithFieldPathsAndHasOnlyThePlainBackend() {
        for (var bad : List.<Runnable>of(() -> new Eq4Config(0, 40, 1.7, 3, 1e-6),
                () -> new Eq4Config(3, 2, 1.7, 3, 1e-6), () -> new Eq4Config(3, 40, 0, 3, 1e-6),
                () -> new Eq4Config(3, 40, 1.7, 0, 1e-6), () -> new Eq4Config(3, 40, 1.7, 3, 0.5))) {
            assertThatThrownBy(bad::run).isInstanceOf(ConfigException.class).hasMessageStartingWith("model.");
        }
        assertThatThrownBy(() -> PAPER.create(Backend.ND4J)).hasMessageContaining("model.backend");
        assertThat(PAPER.create(Backend.AUTO)).isInstanceOf(Eq4Flow.class);
    }
}
