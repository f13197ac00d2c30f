package tdlab.model.yz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.Evaluation;
import tdlab.model.GradientCheck;
import tdlab.model.ParamTensor;
import tdlab.model.Probe;
import tdlab.task.Batch;
import tdlab.task.ConfigException;

class YzModelTest {

    @Test
    void gradientMatchesFiniteDifferencesForOneAndThreeHeads() {
        for (int heads : new int[] {1, 3}) {
            YzModel model = new YzModel(new YzConfig(5, heads));
            Batch batch = GradientCheck.randomBatch(5, 4, 7, 11 + heads);
            double[] p = GradientCheck.randomParams(model.layout(), 3 + heads, 0.5);
            GradientCheck.Result r = GradientCheck.check(model, p, batch);
            assertThat(r.maxRelativeError()).as("H = " + heads + ": " + r.worst()).isLessThan(1e-6);
        }
    }

    @Test
    void zeroParametersGiveLnMWhateverTheBatch() {
        for (int m : new int[] {3, 34, 100}) {
            YzModel model = new YzModel(new YzConfig(m, 2));
            double[] zero = new double[model.layout().size()];
            for (long seed = 0; seed < 3; seed++) {
                Batch batch = GradientCheck.randomBatch(m, 5, 2 + (int) seed * 20, seed);
                assertThat(model.loss(zero, batch)).isCloseTo(Math.log(m), within(1e-12));
            }
        }
        YzModel synSmall = new YzModel(new YzConfig(34, 1));
        assertThat(synSmall.loss(new double[synSmall.layout().size()], GradientCheck.randomBatch(34, 8, 128, 2)))
                .isCloseTo(3.5264, within(5e-5));
    }

    /** M = 3, context (0, 2, 0, 1), query 2, next token 1; the repeated token 0 sums its two weights. */
    @Test
    void oneHandComputedSequence() {
        double[][] k1 = {{0.5, -1, 0.25}, {1.5, 0.2, -0.7}, {-0.3, 0.8, 1.1}};
        double[][][] z = {{{0.1, 0.2, 0.3}, {-0.5, 0.9, 0.0}, {0.4, -0.6, 1.2}}};
        int[] context = {0, 2, 0, 1};
        Batch batch = sequence(context, 2, 1);
        YzModel model = new YzModel(new YzConfig(3, 1));
        double[] p = params(k1, z);
        // numbers from an independent numpy evaluation of Model2's forward
        assertThat(model.loss(p, batch)).isCloseTo(1.1404636023232655, within(1e-12));
        assertThat(model.loss(p, batch)).isCloseTo(straightLine(k1, z, context, 2)[1], within(1e-12));
        assertThat(model.evaluate(p, batch).conditional()[2])
                .containsExactly(new double[] {0.28679262, 0.31967079, 0.39353659}, within(1e-8));

        double[][][] twoHeads = {z[0], {{0, 0, 0}, {0, 0, 0}, {-0.8, 0.3, 0.5}}};
        YzModel model2 = new YzModel(new YzConfig(3, 2));
        double[] p2 = params(k1, twoHeads);
        assertThat(model2.loss(p2, batch)).isCloseTo(straightLine(k1, twoHeads, context, 2)[1], within(1e-12));
    }

    @Test
    void attentionGradientTouchesOnlyTheQueryRows() {
        int m = 6;
        YzModel model = new YzModel(new YzConfig(m, 2));
        Batch batch = GradientCheck.randomBatch(m, 6, 9, 5);
        for (int b = 0; b < batch.size(); b++) {
            batch.tokens()[batch.offset(b) + 8] = b % 2 == 0 ? 1 : 4; // queries are 1 and 4 only
        }
        double[] p = GradientCheck.randomParams(model.layout(), 8, 0.5);
        double[] grad = new double[p.length];
        model.lossAndGradient(p, batch, grad);
        ParamTensor zt = model.layout().get(YzModel.ATTENTION);
        for (int h = 0; h < 2; h++) {
            for (int row = 0; row < m; row++) {
                double rowNorm = 0;
                for (int l = 0; l < m; l++) {
                    rowNorm += Math.abs(grad[zt.offset() + (h * m + row) * m + l]);
                }
                if (row == 1 || row == 4) {
                    assertThat(rowNorm).as("head %d row %d", h, row).isGreaterThan(1e-6);
                } else {
                    assertThat(rowNorm).as("head %d row %d", h, row).isZero();
                }
            }
        }
    }

    @Test
    void probeLastRowIsTheTrainingTimeComputation() {
        int m = 7;
        YzModel model = new YzModel(new YzConfig(m, 2));
        double[] p = GradientCheck.randomParams(model.layout(), 21, 0.8);
        int[] context = {3, 0, 3, 6, 1, 3};
        int query = 5;
        Batch batch = sequence(context, query, 2);
        Probe probe = model.probe(p, batch);
        int last = context.length;

        double[][][] z = new double[2][m][m];
        double[][] k1 = new double[m][m];
        unpack(p, m, k1, z);
        for (int h = 0; h < 2; h++) {
            double[] expected = softmax(z[h][query], context);
            for (int s = 0; s < last; s++) {
                assertThat(probe.attention()[h][last][s]).isCloseTo(expected[s], within(1e-14));
            }
            assertThat(probe.attention()[h][last][last]).isZero();
        }
        Evaluation ev = model.evaluate(p, batch);
        assertThat(probe.predictions()[last]).containsExactly(ev.conditional()[query], within(1e-15));
        assertThat(-Math.log(probe.predictions()[last][2])).isCloseTo(model.loss(p, batch), within(1e-12));
        assertThat(model.loss(p, batch)).isCloseTo(straightLine(k1, z, context, query)[2], within(1e-12));
    }

    @Test
    void probeRowsAreCausalAndRowZeroIsUniform() {
        int m = 4;
        YzModel model = new YzModel(new YzConfig(m, 1));
        double[] p = GradientCheck.randomParams(model.layout(), 2, 1.0);
        Probe probe = model.probe(p, new int[] {2, 0, 2, 3, 1});
        assertThat(probe.heads()).isEqualTo(1);
        assertThat(probe.predictions()[0]).containsOnly(0.25);
        assertThat(probe.attention()[0][0]).containsOnly(0.0);
        for (int t = 1; t < 5; t++) {
            double sum = 0;
            for (int s = 0; s < 5; s++) {
                if (s >= t) {
                    assertThat(probe.attention()[0][t][s]).isZero();
                }
                sum += probe.attention()[0][t][s];
            }
            assertThat(sum).isCloseTo(1, within(1e-14));
        }
        // row 1 has one context token, which takes all the attention
        assertThat(probe.attention()[0][1][0]).isEqualTo(1.0);
    }

    @Test
    void evaluationMatchesTheLossAndCountsQueries() {
        YzModel model = new YzModel(new YzConfig(5, 2));
        Batch batch = GradientCheck.randomBatch(5, 30, 6, 9);
        double[] p = GradientCheck.randomParams(model.layout(), 4, 0.5);
        Evaluation ev = model.evaluate(p, batch);
        assertThat(ev.loss()).isCloseTo(model.loss(p, batch), within(1e-12));
        long queriesOfTwo = 0;
        for (int b = 0; b < batch.size(); b++) {
            queriesOfTwo += batch.input(b, 5) == 2 ? 1 : 0;
        }
        assertThat(ev.counts()[2]).isEqualTo(queriesOfTwo);
        assertThat(java.util.Arrays.stream(ev.counts()).sum()).isEqualTo(30);
    }

    @Test
    void invalidConfigsAreRefusedWithTheirField() {
        assertThatThrownBy(() -> new YzConfig(1, 1)).isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("model.vocab");
        assertThatThrownBy(() -> new YzConfig(4097, 1)).extracting(e -> ((ConfigException) e).field())
                .isEqualTo("model.vocab");
        assertThatThrownBy(() -> new YzConfig(34, 0)).extracting(e -> ((ConfigException) e).field())
                .isEqualTo("model.heads");
        assertThatThrownBy(() -> new YzConfig(34, 65)).extracting(e -> ((ConfigException) e).field())
                .isEqualTo("model.heads");
        assertThatThrownBy(() -> new YzConfig(34, 2).create(Backend.ND4J))
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("model.backend");
        assertThat(new YzConfig(34, 2).create(Backend.AUTO)).isInstanceOf(YzModel.class);
        assertThat(new YzConfig(34, 2).kind()).isEqualTo("yz");
    }

    @Test
    void aSequenceWithoutContextIsRefused() {
        YzModel model = new YzModel(new YzConfig(3, 1));
        Batch noContext = Batch.allocate(1, 1);
        assertThatThrownBy(() -> model.loss(new double[model.layout().size()], noContext))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context");
    }

    private static Batch sequence(int[] context, int query, int next) {
        Batch batch = Batch.allocate(1, context.length + 1);
        System.arraycopy(context, 0, batch.tokens(), 0, context.length);
        batch.tokens()[context.length] = query;
        batch.tokens()[context.length + 1] = next;
        return batch;
    }

    private static double[] params(double[][] k1, double[][][] z) {
        int m = k1.length;
        double[] p = new double[m * m * (1 + z.length)];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < m; l++) {
                p[i * m + l] = k1[i][l];
                for (int h = 0; h < z.length; h++) {
                    p[m * m + (h * m + i) * m + l] = z[h][i][l];
                }
            }
        }
        return p;
    }

    private static void unpack(double[] p, int m, double[][] k1, double[][][] z) {
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < m; l++) {
                k1[i][l] = p[i * m + l];
                for (int h = 0; h < z.length; h++) {
                    z[h][i][l] = p[m * m + (h * m + i) * m + l];
                }
            }
        }
    }

    /** Softmax over the positions of {@code context} of the logits row[x_t]. */
    private static double[] softmax(double[] row, int[] context) {
        double[] a = new double[context.length];
        double sum = 0;
        for (int t = 0; t < context.length; t++) {
            a[t] = Math.exp(row[context[t]]);
            sum += a[t];
        }
        for (int t = 0; t < context.length; t++) {
            a[t] /= sum;
        }
        return a;
    }

    /** Position by position, as written in science.md §4.1: returns −ln softmax(o)[n] for every n. */
    private static double[] straightLine(double[][] k1, double[][][] z, int[] context, int query) {
        int m = k1.length;
        double[] f = new double[m];
        for (double[][] zh : z) {
            double[] a = softmax(zh[query], context);
            double[] c = new double[m];
            for (int t = 0; t < context.length; t++) {
                c[context[t]] += a[t];
            }
            double norm = 0;
            for (double v : c) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int l = 0; l < m; l++) {
                f[l] += c[l] / norm / z.length;
            }
        }
        double[] o = new double[m];
        double sumExp = 0;
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < m; l++) {
                o[i] += k1[i][l] * f[l];
            }
            sumExp += Math.exp(o[i]);
        }
        double[] nll = new double[m];
        for (int n = 0; n < m; n++) {
            nll[n] = Math.log(sumExp) - o[n];
        }
        return nll;
    }
}
