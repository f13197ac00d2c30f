package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tdlab.model.Evaluation;
import tdlab.model.GradientCheck;
import tdlab.model.Probe;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerConfig.Embedding;
import tdlab.model.TransformerConfig.FeedForward;
import tdlab.model.TransformerConfig.Head;
import tdlab.model.TransformerConfig.Output;
import tdlab.model.TransformerConfig.Positional;
import tdlab.model.TransformerConfigs;
import tdlab.task.Batch;

/**
 * The one-hot fast path ({@link OneHotInputs}, {@link OneHotKeyAttention}) against the dense path it replaces,
 * on every shipped configuration it applies to and on random one-hot configurations: the same function to the
 * last bits, so a run does not change when the path is chosen.
 */
class PlainTransformerOneHotTest {
    /** Relative agreement; only the summation order differs between the two paths. */
    private static final double TOLERANCE = 1e-12;

    static Stream<TransformerConfigs.Named> configs() {
        List<TransformerConfigs.Named> all = new ArrayList<>();
        for (TransformerConfigs.Named n : TransformerConfigs.all()) {
            if (OneHotInputs.appliesTo(n.config())) {
                all.add(n);
            }
        }
        SplittableRandom r = new SplittableRandom(17);
        int[] vocabs = {2, 3, 5, 20};
        for (int i = 0; i < 16; i++) {
            int vocab = vocabs[i % vocabs.length];
            int length = 2 + r.nextInt(14);
            boolean keyProjection = r.nextBoolean();
            boolean outputProjection = r.nextBoolean();
            FeedForward ff = r.nextInt(3) == 0 ? FeedForward.RELU : FeedForward.NONE;
            Head head = r.nextBoolean() ? Head.IDENTITY : Head.UNTIED;
            Positional pos = i % 4 == 3 ? Positional.NONE : Positional.ONE_HOT_CONCAT;
            TransformerConfig cfg = new TransformerConfig(vocab, length, Embedding.ONE_HOT, 0, pos, 1 + r.nextInt(3),
                    1 + r.nextInt(5), keyProjection, outputProjection, r.nextBoolean(), false, ff,
                    ff == FeedForward.NONE ? 0 : 1, Output.SOFTMAX, head, r.nextBoolean(), r.nextInt(length));
            all.add(new TransformerConfigs.Named("random " + i + ": " + cfg, cfg));
        }
        return all.stream();
    }

    @Test
    void theFastPathIsChosenExactlyForOneHotInputsWithoutLayerNorm() {
        for (TransformerConfigs.Named n : TransformerConfigs.all()) {
            TransformerConfig c = n.config();
            boolean expected = c.embedding() == Embedding.ONE_HOT && !c.layerNorm()
                    && c.positional() != Positional.LEARNED;
            assertThat(OneHotInputs.appliesTo(c)).as(n.name()).isEqualTo(expected);
        }
        assertThat(configs().filter(n -> n.name().startsWith("minimal S3b"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void lossGradientEvaluationAndProbeEqualTheDensePath(TransformerConfigs.Named named) {
        TransformerConfig cfg = named.config();
        for (Kernels k : new Kernels[] {new ScalarKernels(), new VectorKernels()}) {
            PlainTransformer dense = new PlainTransformer(cfg, k, false);
            PlainTransformer fast = new PlainTransformer(cfg, k, true);
            double[] params = GradientCheck.randomParams(dense.layout(), 23, 0.7);
            Batch batch = GradientCheck.randomBatch(cfg.vocab(), 5, cfg.maxLength(), 29);
            double[] g1 = new double[params.length];
            double[] g2 = new double[params.length];
            double l1 = dense.lossAndGradient(params, batch, g1);
            double l2 = fast.lossAndGradient(params, batch, g2);
            String what = named.name() + " " + k.getClass().getSimpleName();
            assertClose(l2, l1, what + " loss");
            for (int i = 0; i < g1.length; i++) {
                assertClose(g2[i], g1[i], what + " gradient " + i);
            }
            Evaluation e1 = dense.evaluate(params, batch);
            Evaluation e2 = fast.evaluate(params, batch);
            assertClose(e2.loss(), e1.loss(), what + " evaluation");
            Probe p1 = dense.probe(params, batch);
            Probe p2 = fast.probe(params, batch);
            for (int t = 0; t < p1.predictions().length; t++) {
                for (int v = 0; v < cfg.vocab(); v++) {
                    assertClose(p2.predictions()[t][v], p1.predictions()[t][v], what + " prediction");
                }
            }
            for (int h = 0; h < cfg.heads(); h++) {
                for (int t = 0; t < p1.attention()[h].length; t++) {
                    for (int s = 0; s <= t; s++) { // each row is normalised by its saved log-sum-exp
                        assertClose(p2.attention()[h][t][s], p1.attention()[h][t][s], what + " attention");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void fastGradientMatchesFiniteDifferences(TransformerConfigs.Named named) {
        TransformerConfig cfg = named.config();
        PlainTransformer model = new PlainTransformer(cfg, Kernels.best(), true);
        double[] params = GradientCheck.randomParams(model.layout(), 7, 0.5);
        Batch batch = GradientCheck.randomBatch(cfg.vocab(), 2, Math.min(cfg.maxLength(), 11), 3);
        GradientCheck.Result r = GradientCheck.check(model, params, batch);
        assertThat(r.maxRelativeError()).as(named.name() + ": " + r.worst()).isLessThan(1e-6);
    }

    /**
     * |a − b| ≤ 1e-12 · max(|a|, |b|), with an absolute floor of 1e-12 · 1e-3 for coordinates that cancel to
     * nearly zero, where the summation order alone decides the last bits.
     */
    private static void assertClose(double actual, double expected, String what) {
        double bound = TOLERANCE * Math.max(Math.max(Math.abs(actual), Math.abs(expected)), 1e-3);
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected).isLessThanOrEqualTo(bound);
    }
}
