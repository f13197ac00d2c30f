package tdlab.model.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tdlab.model.Evaluation;
import tdlab.model.GradientCheck;
import tdlab.model.Probe;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerConfigs;
import tdlab.model.plain.PlainTransformer;
import tdlab.task.Batch;

class Nd4jTransformerTest {

    static Stream<TransformerConfigs.Named> configs() {
        return TransformerConfigs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void lossAndGradientMatchThePlainBackend(TransformerConfigs.Named named) {
        TransformerConfig cfg = named.config();
        Nd4jTransformer nd4j = new Nd4jTransformer(cfg);
        PlainTransformer plain = new PlainTransformer(cfg);
        assertThat(nd4j.layout().tensors()).isEqualTo(plain.layout().tensors());
        assertThat(nd4j.backend()).isEqualTo("nd4j");
        int shortest = cfg.lossFrom() + 1;
        for (int[] shape : new int[][] {{3, cfg.maxLength()}, {2, cfg.maxLength() - 1}, {1, shortest}, {2, shortest}}) {
            double[] params = GradientCheck.randomParams(nd4j.layout(), 17 + shape[0], 0.5);
            Batch batch = GradientCheck.randomBatch(cfg.vocab(), shape[0], shape[1], 31 + shape[1]);
            double[] expected = new double[params.length];
            double[] actual = new double[params.length];
            java.util.Arrays.fill(actual, Double.NaN); // must be overwritten
            double l1 = plain.lossAndGradient(params, batch, expected);
            double l2 = nd4j.lossAndGradient(params, batch, actual);
            assertThat(l2).as(named + " loss").isCloseTo(l1, offset(1e-10));
            assertThat(nd4j.loss(params, batch)).isCloseTo(l1, offset(1e-10));
            for (int i = 0; i < params.length; i++) {
                assertThat(actual[i]).as(named + " gradient coordinate " + i + " " + where(nd4j, i))
                        .isCloseTo(expected[i], offset(1e-10));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void evaluationAndProbeMatchThePlainBackend(TransformerConfigs.Named named) {
        TransformerConfig cfg = named.config();
        Nd4jTransformer nd4j = new Nd4jTransformer(cfg);
        PlainTransformer plain = new PlainTransformer(cfg);
        double[] params = GradientCheck.randomParams(nd4j.layout(), 5, 0.5);
        Batch batch = GradientCheck.randomBatch(cfg.vocab(), 3, cfg.maxLength(), 9);

        Evaluation e1 = plain.evaluate(params, batch);
        Evaluation e2 = nd4j.evaluate(params, batch);
        assertThat(e2.loss()).isCloseTo(e1.loss(), offset(1e-9));
        assertThat(e2.counts()).isEqualTo(e1.counts());
        for (int i = 0; i < cfg.vocab(); i++) {
            for (int j = 0; j < cfg.vocab(); j++) {
                double want = e1.conditional()[i][j];
                if (Double.isNaN(want)) {
                    assertThat(e2.conditional()[i][j]).isNaN();
                } else {
                    assertThat(e2.conditional()[i][j]).as("conditional " + i + "," + j).isCloseTo(want, offset(1e-9));
                }
            }
        }

        int[] tokens = new int[cfg.maxLength()];
        for (int t = 0; t < tokens.length; t++) {
            tokens[t] = batch.input(1, t);
        }
        Probe p2 = nd4j.probe(params, tokens);
        Probe p1 = plain.probe(params, tokens);
        assertThat(p2.tokens()).isEqualTo(tokens);
        assertThat(p1.tokens()).isEqualTo(tokens);
        assertThat(p2.heads()).isEqualTo(cfg.heads());
        assertThat(p1.heads()).isEqualTo(cfg.heads());
        for (int h = 0; h < cfg.heads(); h++) {
            for (int t = 0; t < tokens.length; t++) {
                for (int s = 0; s < tokens.length; s++) {
                    double got = p2.attention()[h][t][s];
                    if (s > t) {
                        assertThat(got).isZero();
                    }
                    assertThat(got).as("attention " + h + "," + t + "," + s)
                            .isCloseTo(p1.attention()[h][t][s], offset(1e-9));
                }
            }
        }
        for (int t = 0; t < tokens.length; t++) {
            for (int j = 0; j < cfg.vocab(); j++) {
                assertThat(p2.predictions()[t][j]).as("prediction " + t + "," + j)
                        .isCloseTo(p1.predictions()[t][j], offset(1e-9));
            }
        }
    }

    static Stream<TransformerConfigs.Named> smallConfigs() {
        // narrow versions of the S2 and GPT configurations keep the number of coordinates (and ND4J calls) low
        return Stream.of(new TransformerConfigs.Named("simple (S2), d = 3", TransformerConfig.simple(3, 5)),
                new TransformerConfigs.Named("gpt tied, d = 4", TransformerConfig.gpt(2, 4, 1, 5, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallConfigs")
    void analyticGradientMatchesFiniteDifferences(TransformerConfigs.Named named) {
        TransformerConfig cfg = named.config();
        Nd4jTransformer model = new Nd4jTransformer(cfg);
        double[] params = GradientCheck.randomParams(model.layout(), 7, 0.5);
        Batch batch = GradientCheck.randomBatch(cfg.vocab(), 2, cfg.maxLength(), 3);
        GradientCheck.Result r = GradientCheck.check(model, params, batch);
        assertThat(r.maxRelativeError()).as(named + ": " + r.worst()).isLessThan(1e-6);
    }

    @Test
    void oneInstanceHandlesChangingShapesAndLongSequences() {
        TransformerConfig cfg = TransformerConfig.gpt(3, 8, 2, 64, false);
        Nd4jTransformer nd4j = new Nd4jTransformer(cfg);
        PlainTransformer plain = new PlainTransformer(cfg);
        double[] params = GradientCheck.randomParams(nd4j.layout(), 3, 0.3);
        for (int[] shape : new int[][] {{4, 64}, {1, 7}, {4, 64}, {2, 33}}) {
            Batch batch = GradientCheck.randomBatch(cfg.vocab(), shape[0], shape[1], shape[1]);
            double[] g1 = new double[params.length];
            double[] g2 = new double[params.length];
            assertThat(nd4j.lossAndGradient(params, batch, g2))
                    .isCloseTo(plain.lossAndGradient(params, batch, g1), offset(1e-10));
            for (int i = 0; i < g1.length; i++) {
                assertThat(g2[i]).as("coordinate " + i).isCloseTo(g1[i], offset(1e-10));
            }
        }
    }

    private static String where(Nd4jTransformer m, int i) {
        return m.layout().tensors().stream().filter(t -> i >= t.offset() && i < t.end())
                .map(t -> t.name() + "[" + (i - t.offset()) + "]").findFirst().orElse("?");
    }
}
