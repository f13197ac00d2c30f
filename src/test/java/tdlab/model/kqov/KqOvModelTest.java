package tdlab.model.kqov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.Evaluation;
import tdlab.model.GradientCheck;
import tdlab.model.ParamTensor;
import tdlab.model.Probe;
import tdlab.task.Batch;
import tdlab.task.ConfigException;

class KqOvModelTest {

    @Test
    void gradientMatchesFiniteDifferencesWithOneHotEmbeddings() {
        KqOvModel model = new KqOvModel(KqOvConfig.oneHot(5));
        double[] p = GradientCheck.randomParams(model.layout(), 1, 0.5);
        GradientCheck.Result r = GradientCheck.check(model, p, raggedBatch(5, 7));
        assertThat(r.maxRelativeError()).as(r.worst()).isLessThan(1e-6);
        GradientCheck.Result full = GradientCheck.check(model, p, GradientCheck.randomBatch(5, 3, 4, 2));
        assertThat(full.maxRelativeError()).as(full.worst()).isLessThan(1e-6);
    }

    @Test
    void gradientMatchesFiniteDifferencesWithRandomEmbeddings() {
        for (int d : new int[] {3, 7}) {
            KqOvModel model = new KqOvModel(new KqOvConfig(5, d, 42));
            double[] p = GradientCheck.randomParams(model.layout(), d, 0.5);
            GradientCheck.Result r = GradientCheck.check(model, p, raggedBatch(5, 8));
            assertThat(r.maxRelativeError()).as("d = " + d + ": " + r.worst()).isLessThan(1e-6);
        }
    }

    @Test
    void zeroParametersGiveLnK() {
        for (KqOvConfig c : new KqOvConfig[] {KqOvConfig.oneHot(12), new KqOvConfig(12, 20, 3)}) {
            KqOvModel model = new KqOvModel(c);
            assertThat(model.loss(new double[model.layout().size()], raggedBatch(12, 4)))
                    .isCloseTo(Math.log(12), within(1e-12));
        }
    }

    /**
     * Stage 1 (science.md §2.4): on length-1 sentences a = 1. With W_ov = tη·Ŵ, Ŵ the unit vector along W*
     * and ‖W*‖ = √(K−1), the logits of column x are s(e_{n(x)} − 1/K) with s = tη/√(K−1): the label beats
     * every other token by exactly s, so the loss is ln(1 + (K−1) e^{−s}) whatever W_kq is.
     */
    @Test
    void stageOneLossFollowsTheClosedFormAlongTheMaxMarginDirection() {
        int k = 12;
        double eta = 0.1;
        int[] next = collocation(k, 5);
        KqOvModel model = new KqOvModel(KqOvConfig.oneHot(k));
        double[] p = GradientCheck.randomParams(model.layout(), 9, 1.0); // W_kq is irrelevant when a = 1
        ParamTensor ov = model.layout().get(KqOvModel.OV);
        double[] wStar = maxMarginOv(next);
        double norm = Math.sqrt(k - 1);
        for (int t : new int[] {0, 1, 10, 300}) {
            for (int i = 0; i < wStar.length; i++) {
                p[ov.offset() + i] = t * eta * wStar[i] / norm;
            }
            double s = t * eta / norm;
            assertThat(model.loss(p, collocationBatch(next))).as("t = " + t)
                    .isCloseTo(Math.log1p((k - 1) * Math.exp(-s)), within(1e-12));
        }
        assertThat(model.loss(p, collocationBatch(next))).isCloseTo(0.0013, within(5e-5)); // science.md, t = 300
    }

    /** At W_ov = 0 the law is uniform, so ∂L/∂W_ov[:, x] = (1/K)(1/K·1 − e_{n(x)}): exactly −(1/K)·W*. */
    @Test
    void firstStageOneGradientPointsAlongMinusTheMaxMarginSolution() {
        int k = 12;
        int[] next = collocation(k, 8);
        KqOvModel model = new KqOvModel(KqOvConfig.oneHot(k));
        double[] p = GradientCheck.randomParams(model.layout(), 4, 1.0);
        ParamTensor ov = model.layout().get(KqOvModel.OV);
        ParamTensor kq = model.layout().get(KqOvModel.KQ);
        java.util.Arrays.fill(p, ov.offset(), ov.end(), 0.0);
        double[] grad = new double[p.length];
        model.lossAndGradient(p, collocationBatch(next), grad);
        double[] wStar = maxMarginOv(next);
        double dot = 0;
        double gg = 0;
        double ww = 0;
        for (int i = 0; i < wStar.length; i++) {
            double g = grad[ov.offset() + i];
            assertThat(g).isCloseTo(-wStar[i] / k, within(1e-15));
            dot += -g * wStar[i];
            gg += g * g;
            ww += wStar[i] * wStar[i];
        }
        assertThat(dot / Math.sqrt(gg * ww)).isCloseTo(1.0, within(1e-12));
        for (int i = kq.offset(); i < kq.end(); i++) {
            assertThat(grad[i]).isZero();
        }
    }

    @Test
    void denseEmbeddingsFollowTheDefinitionAndProbeRowsArePrefixes() {
        KqOvModel model = new KqOvModel(new KqOvConfig(4, 6, 17));
        double[] p = GradientCheck.randomParams(model.layout(), 5, 1.0);
        int[] sentence = {2, 0, 3, 0, 1};
        int label = 3;
        Batch one = Batch.ragged(1, 8);
        System.arraycopy(sentence, 0, one.tokens(), 0, sentence.length);
        one.tokens()[sentence.length] = label;
        one.lengths()[0] = sentence.length;
        Probe probe = model.probe(p, one);
        assertThat(probe.tokens()).containsExactly(sentence);
        for (int t = 0; t < sentence.length; t++) {
            double[][] expected = straightLine(model, p, java.util.Arrays.copyOf(sentence, t + 1));
            for (int s = 0; s < sentence.length; s++) {
                assertThat(probe.attention()[0][t][s]).as("row %d key %d", t, s)
                        .isCloseTo(s <= t ? expected[0][s] : 0, within(1e-13));
            }
            assertThat(probe.predictions()[t]).containsExactly(expected[1], within(1e-13));
        }
        double[] law = straightLine(model, p, sentence)[1];
        assertThat(model.loss(p, one)).isCloseTo(-Math.log(law[label]), within(1e-12));
        Evaluation ev = model.evaluate(p, one);
        assertThat(ev.conditional()[1]).containsExactly(law, within(1e-13));
        assertThat(ev.counts()[1]).isEqualTo(1);
    }

    @Test
    void aBatchWithoutLengthsIsReadAsFullSentences() {
        KqOvModel model = new KqOvModel(new KqOvConfig(6, 8, 1));
        Batch full = GradientCheck.randomBatch(6, 4, 5, 3);
        Batch ragged = Batch.ragged(4, 5);
        System.arraycopy(full.tokens(), 0, ragged.tokens(), 0, full.tokens().length);
        java.util.Arrays.fill(ragged.lengths(), 5);
        double[] p = GradientCheck.randomParams(model.layout(), 2, 0.7);
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        assertThat(model.lossAndGradient(p, full, g1)).isEqualTo(model.lossAndGradient(p, ragged, g2));
        assertThat(g1).containsExactly(g2);
        assertThat(model.evaluate(p, full).loss()).isCloseTo(model.loss(p, full), within(1e-12));
    }

    @Test
    void embeddingsAreFixedByTheSeedAndScaledByOneOverD() {
        TokenEmbedding e = TokenEmbedding.of(new KqOvConfig(200, 200, 1));
        assertThat(TokenEmbedding.of(new KqOvConfig(200, 200, 1)).vector(7)).containsExactly(e.vector(7));
        assertThat(TokenEmbedding.of(new KqOvConfig(200, 200, 2)).vector(7)).isNotEqualTo(e.vector(7));
        double sum = 0;
        double sq = 0;
        for (int x = 0; x < 200; x++) {
            for (double v : e.vector(x)) {
                sum += v;
                sq += v * v;
            }
        }
        int n = 200 * 200;
        double mean = sum / n;
        assertThat(mean).isCloseTo(0, within(0.002));
        assertThat((sq / n - mean * mean) * 200).isCloseTo(1, within(0.03));
        TokenEmbedding oneHot = TokenEmbedding.of(KqOvConfig.oneHot(5));
        assertThat(oneHot.vector(3)).containsExactly(0, 0, 0, 1, 0);
        assertThat(new KqOvModel(new KqOvConfig(5, 9, 0)).layout().get(KqOvModel.OV).shape()).containsExactly(5, 9);
    }

    @Test
    void invalidConfigsAreRefusedWithTheirField() {
        assertThatThrownBy(() -> new KqOvConfig(1, 0, 0)).isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("model.vocab");
        assertThatThrownBy(() -> new KqOvConfig(1025, 0, 0)).extracting(e -> ((ConfigException) e).field())
                .isEqualTo("model.vocab");
        for (int d : new int[] {-1, 1, 1025}) {
            assertThatThrownBy(() -> new KqOvConfig(12, d, 0)).extracting(e -> ((ConfigException) e).field())
                    .isEqualTo("model.embedding_dim");
        }
        assertThatThrownBy(() -> KqOvConfig.oneHot(12).create(Backend.ND4J))
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("model.backend");
        assertThat(KqOvConfig.oneHot(12).create(Backend.PLAIN)).isInstanceOf(KqOvModel.class);
        assertThat(KqOvConfig.oneHot(12).kind()).isEqualTo("kq_ov");
    }

    /** Five sentences of lengths 2..6 with repeated tokens; unused slots hold −1 so reading one fails. */
    private static Batch raggedBatch(int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Batch batch = Batch.ragged(5, 6);
        java.util.Arrays.fill(batch.tokens(), -1);
        for (int b = 0; b < 5; b++) {
            int len = b + 2;
            batch.lengths()[b] = len;
            for (int t = 0; t <= len; t++) {
                batch.tokens()[batch.offset(b) + t] = r.nextInt(k);
            }
        }
        return batch;
    }

    /** A seeded random permutation n(·) of [K]. */
    private static int[] collocation(int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] next = new int[k];
        for (int i = 0; i < k; i++) {
            next[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = next[i];
            next[i] = next[j];
            next[j] = tmp;
        }
        return next;
    }

    /** The K length-1 sentences (x, label n(x)), in a ragged batch. */
    private static Batch collocationBatch(int[] next) {
        Batch batch = Batch.ragged(next.length, 3);
        for (int x = 0; x < next.length; x++) {
            batch.lengths()[x] = 1;
            batch.tokens()[batch.offset(x)] = x;
            batch.tokens()[batch.offset(x) + 1] = next[x];
        }
        return batch;
    }

    /** W_ov*[:, x] = e_{n(x)} − (1/K)·1, row-major K×K. */
    private static double[] maxMarginOv(int[] next) {
        int k = next.length;
        double[] w = new double[k * k];
        for (int x = 0; x < k; x++) {
            for (int i = 0; i < k; i++) {
                w[i * k + x] = (i == next[x] ? 1 : 0) - 1.0 / k;
            }
        }
        return w;
    }

    /** {attention, law} of one sentence written out from the definition with the embedding vectors. */
    private static double[][] straightLine(KqOvModel model, double[] p, int[] sentence) {
        int k = model.spec().vocab();
        int d = model.spec().dim();
        int kq = model.layout().get(KqOvModel.KQ).offset();
        int ov = model.layout().get(KqOvModel.OV).offset();
        double[] query = model.embedding().vector(sentence[sentence.length - 1]);
        double[] a = new double[sentence.length];
        double z = 0;
        for (int l = 0; l < sentence.length; l++) {
            double[] e = model.embedding().vector(sentence[l]);
            double s = 0;
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    s += e[r] * p[kq + r * d + c] * query[c];
                }
            }
            a[l] = Math.exp(s);
            z += a[l];
        }
        double[] mix = new double[d];
        for (int l = 0; l < sentence.length; l++) {
            a[l] /= z;
            double[] e = model.embedding().vector(sentence[l]);
            for (int r = 0; r < d; r++) {
                mix[r] += a[l] * e[r];
            }
        }
        double[] law = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double o = 0;
            for (int r = 0; r < d; r++) {
                o += p[ov + i * d + r] * mix[r];
            }
            law[i] = Math.exp(o);
            sum += law[i];
        }
        for (int i = 0; i < k; i++) {
            law[i] /= sum;
        }
        return new double[][] {a, law};
    }
}
