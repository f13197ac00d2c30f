package tdlab.model.mha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tdlab.model.Backend;
import tdlab.model.Evaluation;
import tdlab.model.Functions;
import tdlab.model.GradientCheck;
import tdlab.model.ParamGroup;
import tdlab.model.ParamTensor;
import tdlab.model.Probe;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.train.Initializer;

class MultiHeadClassifierTest {
    private static final int D = 3;
    private static final int T = 4;

    /** n sequences of T tokens with N(0, 1) features, random labels 0/1 and random component tokens. */
    static Batch randomFeatureBatch(int n, int tokens, int dim, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Batch b = Batch.withFeatures(n, tokens, dim);
        for (int i = 0; i < b.features().length; i++) {
            b.features()[i] = Initializer.gaussian(r);
        }
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < tokens; t++) {
                b.tokens()[b.offset(s) + t] = r.nextInt(6);
            }
            b.tokens()[b.offset(s) + tokens] = r.nextInt(2);
        }
        return b;
    }

    private static MultiHeadClassifier model(int heads) {
        return new MultiHeadClassifier(new MultiHeadClassifierConfig(D, T, heads));
    }

    private static double x(Batch batch, int b, int t, int i) {
        return batch.features()[batch.featureOffset(b, t) + i];
    }

    /** U_h[i][t] and W_h[i][j] of a flat parameter array. */
    private static double u(MultiHeadClassifier m, double[] p, int h, int i, int t) {
        return p[m.layout().get(MultiHeadClassifier.U).offset() + (h * D + i) * T + t];
    }

    private static double w(MultiHeadClassifier m, double[] p, int h, int i, int j) {
        return p[m.layout().get(MultiHeadClassifier.W).offset() + (h * D + i) * D + j];
    }

    @Test
    void layoutNamesShapesAndGroups() {
        MultiHeadClassifier m = model(5);
        ParamTensor u = m.layout().get(MultiHeadClassifier.U);
        ParamTensor w = m.layout().get(MultiHeadClassifier.W);
        assertThat(u.shape()).containsExactly(5, D, T);
        assertThat(u.group()).isEqualTo(ParamGroup.HEAD);
        assertThat(w.shape()).containsExactly(5, D, D);
        assertThat(w.group()).isEqualTo(ParamGroup.ATTENTION);
        assertThat(m.layout().size()).isEqualTo(5 * D * T + 5 * D * D);
    }

    @ParameterizedTest(name = "H = {0}")
    @ValueSource(ints = {1, 2, 4})
    void gradientMatchesFiniteDifferences(int heads) {
        MultiHeadClassifier m = model(heads);
        Batch batch = randomFeatureBatch(5, T, D, 11 + heads);
        for (long seed : new long[] {3, 4}) {
            double[] params = GradientCheck.randomParams(m.layout(), seed + heads, 0.7);
            GradientCheck.Result r = GradientCheck.check(m, params, batch);
            assertThat(r.maxRelativeError()).as(r.worst()).isLessThan(1e-6);
        }
    }

    @ParameterizedTest(name = "d = {0}, T = {1}")
    @CsvSource({"16, 8", "3, 4", "11, 9"})
    void vectorAndScalarKernelsAgreeAndBothPassTheGradientCheck(int dim, int tokens) {
        MultiHeadClassifierConfig cfg = new MultiHeadClassifierConfig(dim, tokens, 3);
        MultiHeadClassifier scalar = new MultiHeadClassifier(cfg, new ScalarHeadKernels());
        MultiHeadClassifier vector = new MultiHeadClassifier(cfg, new VectorHeadKernels());
        Batch batch = randomFeatureBatch(6, tokens, dim, 21);
        double[] params = GradientCheck.randomParams(scalar.layout(), 22, 0.6);
        double[] gs = new double[params.length];
        double[] gv = new double[params.length];
        double ls = scalar.lossAndGradient(params, batch, gs);
        double lv = vector.lossAndGradient(params, batch, gv);
        assertThat(lv).isCloseTo(ls, within(1e-13));
        for (int k = 0; k < params.length; k++) {
            assertThat(gv[k]).as("parameter %d", k).isCloseTo(gs[k], within(1e-13));
        }
        for (MultiHeadClassifier m : new MultiHeadClassifier[] {scalar, vector}) {
            GradientCheck.Result r = GradientCheck.check(m, params, batch);
            assertThat(r.maxRelativeError()).as(r.worst()).isLessThan(1e-6);
        }
    }

    @Test
    void gradientBufferIsOverwritten() {
        MultiHeadClassifier m = model(2);
        Batch batch = randomFeatureBatch(3, T, D, 2);
        double[] params = GradientCheck.randomParams(m.layout(), 1, 0.5);
        double[] fresh = new double[params.length];
        double[] reused = new double[params.length];
        Arrays.fill(reused, Double.NaN);
        double l1 = m.lossAndGradient(params, batch, fresh);
        double l2 = m.lossAndGradient(params, batch, reused);
        assertThat(l2).isEqualTo(l1);
        assertThat(reused).containsExactly(fresh);
    }

    @Test
    void zeroReadoutGivesLossLn2AndNoAttentionGradient() {
        MultiHeadClassifier m = model(3);
        Batch batch = randomFeatureBatch(7, T, D, 5);
        double[] params = GradientCheck.randomParams(m.layout(), 9, 1.0);
        ParamTensor u = m.layout().get(MultiHeadClassifier.U);
        Arrays.fill(params, u.offset(), u.end(), 0.0);
        double[] grad = new double[params.length];
        assertThat(m.lossAndGradient(params, batch, grad)).isCloseTo(Math.log(2), within(1e-15));
        for (int b = 0; b < batch.size(); b++) {
            assertThat(m.output(params, batch, b)).isZero();
        }
        ParamTensor w = m.layout().get(MultiHeadClassifier.W);
        assertThat(Arrays.copyOfRange(grad, w.offset(), w.end())).containsOnly(0.0);
        Evaluation ev = m.evaluate(params, batch);
        assertThat(ev.loss()).isCloseTo(Math.log(2), within(1e-15));
        for (int y = 0; y < 2; y++) {
            if (ev.counts()[y] > 0) {
                assertThat(ev.conditional()[y]).containsExactly(0.5, 0.5);
            }
        }
    }

    @Test
    void zeroAttentionWeightsMakeTheMeanPoolingClassifier() {
        int heads = 3;
        MultiHeadClassifier m = model(heads);
        Batch batch = randomFeatureBatch(4, T, D, 6);
        double[] params = GradientCheck.randomParams(m.layout(), 8, 1.0);
        ParamTensor w = m.layout().get(MultiHeadClassifier.W);
        Arrays.fill(params, w.offset(), w.end(), 0.0);
        for (int b = 0; b < batch.size(); b++) {
            // (1/H) Σ_h ⟨U_h, Xᵀ 11ᵀ/T⟩: every column of Xᵀ 11ᵀ/T is the mean token
            double expected = 0;
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < D; i++) {
                    double mean = 0;
                    for (int t = 0; t < T; t++) {
                        mean += x(batch, b, t, i) / T;
                    }
                    for (int s = 0; s < T; s++) {
                        expected += u(m, params, h, i, s) * mean;
                    }
                }
            }
            assertThat(m.output(params, batch, b)).isCloseTo(expected / heads, within(1e-12));
            Probe probe = m.probe(params, single(batch, b));
            for (double[][] head : probe.attention()) {
                for (double[] row : head) {
                    for (double a : row) {
                        assertThat(a).isCloseTo(1.0 / T, within(1e-15));
                    }
                }
            }
        }
    }

    @Test
    void outputFollowsTheStatedIndexConvention() {
        // Φ = (1/H) Σ_h ⟨U_h, Xᵀ S_hᵀ⟩_F, S_h = row-wise softmax(X W_h Xᵀ), with explicit matrices
        int heads = 2;
        MultiHeadClassifier m = model(heads);
        Batch batch = randomFeatureBatch(3, T, D, 7);
        double[] params = GradientCheck.randomParams(m.layout(), 10, 0.8);
        for (int b = 0; b < batch.size(); b++) {
            double phi = 0;
            for (int h = 0; h < heads; h++) {
                double[][] s = softmaxRows(scores(m, params, batch, b, h));
                for (int i = 0; i < D; i++) {
                    for (int t = 0; t < T; t++) {
                        double xtst = 0; // (Xᵀ Sᵀ)[i][t]
                        for (int k = 0; k < T; k++) {
                            xtst += x(batch, b, k, i) * s[t][k];
                        }
                        phi += u(m, params, h, i, t) * xtst;
                    }
                }
            }
            assertThat(m.output(params, batch, b)).isCloseTo(phi / heads, within(1e-12));
        }
    }

    @Test
    void attentionMattersWhenEveryColumnOfTheReadoutIsTheSame() {
        // the reason for the convention: with equal columns, ⟨U, Xᵀ S⟩ would not depend on W at all
        MultiHeadClassifier m = model(1);
        Batch batch = randomFeatureBatch(1, T, D, 12);
        double[] params = GradientCheck.randomParams(m.layout(), 13, 1.0);
        int uOff = m.layout().get(MultiHeadClassifier.U).offset();
        for (int i = 0; i < D; i++) {
            for (int t = 1; t < T; t++) {
                params[uOff + i * T + t] = params[uOff + i * T];
            }
        }
        double before = m.output(params, batch, 0);
        ParamTensor w = m.layout().get(MultiHeadClassifier.W);
        for (int k = w.offset(); k < w.end(); k++) {
            params[k] *= -2;
        }
        assertThat(m.output(params, batch, 0)).isNotCloseTo(before, within(1e-3));
    }

    @Test
    void identicalHeadsGiveTheOneHeadOutput() {
        MultiHeadClassifier one = model(1);
        int heads = 4;
        MultiHeadClassifier many = model(heads);
        Batch batch = randomFeatureBatch(5, T, D, 14);
        double[] p1 = GradientCheck.randomParams(one.layout(), 15, 0.8);
        double[] pH = new double[many.layout().size()];
        for (String name : new String[] {MultiHeadClassifier.U, MultiHeadClassifier.W}) {
            ParamTensor src = one.layout().get(name);
            ParamTensor dst = many.layout().get(name);
            for (int h = 0; h < heads; h++) {
                System.arraycopy(p1, src.offset(), pH, dst.offset() + h * src.size(), src.size());
            }
        }
        for (int b = 0; b < batch.size(); b++) {
            assertThat(many.output(pH, batch, b)).isCloseTo(one.output(p1, batch, b), within(1e-13));
        }
        // the 1/H output scale splits the one-head gradient evenly over the heads
        double[] g1 = new double[p1.length];
        double[] gH = new double[pH.length];
        assertThat(many.lossAndGradient(pH, batch, gH)).isCloseTo(one.lossAndGradient(p1, batch, g1), within(1e-13));
        for (String name : new String[] {MultiHeadClassifier.U, MultiHeadClassifier.W}) {
            ParamTensor src = one.layout().get(name);
            ParamTensor dst = many.layout().get(name);
            for (int h = 0; h < heads; h++) {
                for (int k = 0; k < src.size(); k++) {
                    assertThat(gH[dst.offset() + h * src.size() + k]).as(name + " head " + h + " [" + k + "]")
                            .isCloseTo(g1[src.offset() + k] / heads, within(1e-14));
                }
            }
        }
    }

    @Test
    void evaluationGivesTheMeanPredictedLawPerTrueLabel() {
        MultiHeadClassifier m = model(2);
        Batch batch = randomFeatureBatch(9, T, D, 16);
        double[] params = GradientCheck.randomParams(m.layout(), 17, 0.8);
        double[][] sums = new double[2][2];
        long[] counts = new long[2];
        for (int b = 0; b < batch.size(); b++) {
            double phi = m.output(params, batch, b);
            int label = batch.label(b);
            sums[label][0] += Functions.sigmoid(-phi);
            sums[label][1] += Functions.sigmoid(phi);
            counts[label]++;
        }
        assertThat(counts[0]).isPositive();
        assertThat(counts[1]).isPositive();
        Evaluation ev = m.evaluate(params, batch);
        assertThat(ev.counts()).containsExactly(counts);
        assertThat(ev.loss()).isCloseTo(m.loss(params, batch), within(1e-14));
        for (int y = 0; y < 2; y++) {
            for (int j = 0; j < 2; j++) {
                assertThat(ev.conditional()[y][j]).isCloseTo(sums[y][j] / counts[y], within(1e-14));
            }
        }
    }

    @Test
    void probeShowsEachHeadsAttentionAndThePrediction() {
        int heads = 3;
        MultiHeadClassifier m = model(heads);
        Batch batch = randomFeatureBatch(2, T, D, 18);
        double[] params = GradientCheck.randomParams(m.layout(), 19, 0.8);
        Batch one = single(batch, 1);
        Probe probe = m.probe(params, one);
        double phi = m.output(params, batch, 1);
        assertThat(probe.tokens()).containsExactly(Arrays.copyOfRange(batch.tokens(), batch.offset(1),
                batch.offset(1) + T));
        assertThat(probe.heads()).isEqualTo(heads);
        for (int h = 0; h < heads; h++) {
            double[][] s = softmaxRows(scores(m, params, batch, 1, h));
            for (int t = 0; t < T; t++) {
                for (int k = 0; k < T; k++) {
                    assertThat(probe.attention()[h][t][k]).isCloseTo(s[t][k], within(1e-14));
                }
            }
        }
        for (double[] row : probe.predictions()) {
            assertThat(row).containsExactly(Functions.sigmoid(-phi), Functions.sigmoid(phi));
        }
        assertThat(probe.predictions()).hasNumberOfRows(T);
        assertThatThrownBy(() -> m.probe(params, batch)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one sequence");
    }

    @ParameterizedTest(name = "d = {0}, T = {1}, H = {2} refused at {3}")
    @CsvSource({"0, 8, 1, model.dim", "513, 8, 1, model.dim", "16, 0, 1, model.tokens", "16, 257, 1, model.tokens",
            "16, 8, 0, model.heads", "16, 8, 65, model.heads"})
    void invalidConfigsAreRefusedNamingTheField(int dim, int tokens, int heads, String field) {
        assertThatThrownBy(() -> new MultiHeadClassifierConfig(dim, tokens, heads))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void specBuildsThePlainModelOnly() {
        MultiHeadClassifierConfig spec = new MultiHeadClassifierConfig(16, 8, 4);
        assertThat(spec.vocab()).isEqualTo(2);
        assertThat(spec.kind()).isEqualTo("multi_head_classifier");
        assertThat(spec.create(Backend.AUTO)).isInstanceOf(MultiHeadClassifier.class);
        assertThat(spec.create(Backend.PLAIN).spec()).isEqualTo(spec);
        assertThatThrownBy(() -> spec.create(Backend.ND4J))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("model.backend"));
    }

    @Test
    void mismatchedBatchesAreRefused() {
        MultiHeadClassifier m = model(2);
        double[] params = new double[m.layout().size()];
        assertThatThrownBy(() -> m.loss(params, randomFeatureBatch(2, T, D + 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width " + (D + 1));
        assertThatThrownBy(() -> m.lossAndGradient(params, randomFeatureBatch(2, T + 1, D, 1), new double[params.length]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has " + (T + 1) + " tokens");
        assertThatThrownBy(() -> m.evaluate(params, Batch.allocate(2, T)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without features");
        assertThatThrownBy(() -> m.probe(params, new int[T]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without features");
        Batch badLabel = randomFeatureBatch(2, T, D, 1);
        badLabel.tokens()[badLabel.offset(1) + T] = 2;
        assertThatThrownBy(() -> m.loss(params, badLabel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 2");
    }

    /** Sequence b of a batch as a batch of one. */
    private static Batch single(Batch batch, int b) {
        Batch one = Batch.withFeatures(1, T, D);
        System.arraycopy(batch.tokens(), batch.offset(b), one.tokens(), 0, T + 1);
        System.arraycopy(batch.features(), batch.featureOffset(b, 0), one.features(), 0, T * D);
        return one;
    }

    /** (X W_h Xᵀ)[t][s] by explicit sums. */
    private static double[][] scores(MultiHeadClassifier m, double[] p, Batch batch, int b, int h) {
        double[][] a = new double[T][T];
        for (int t = 0; t < T; t++) {
            for (int s = 0; s < T; s++) {
                for (int i = 0; i < D; i++) {
                    for (int j = 0; j < D; j++) {
                        a[t][s] += x(batch, b, t, i) * w(m, p, h, i, j) * x(batch, b, s, j);
                    }
                }
            }
        }
        return a;
    }

    private static double[][] softmaxRows(double[][] a) {
        double[][] s = new double[a.length][];
        for (int t = 0; t < a.length; t++) {
            double max = Arrays.stream(a[t]).max().orElseThrow();
            s[t] = Arrays.stream(a[t]).map(v -> Math.exp(v - max)).toArray();
            double sum = Arrays.stream(s[t]).sum();
            for (int k = 0; k < s[t].length; k++) {
                s[t][k] /= sum;
            }
        }
        return s;
    }
}
