package tdlab.model.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tdlab.model.GradientCheck;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerConfigs;
import tdlab.task.Batch;

class PlainTransformerGradientTest {

    static Stream<TransformerConfigs.Named> configs() {
        return TransformerConfigs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void analyticGradientMatchesFiniteDifferencesWithBothKernels(TransformerConfigs.Named named) {
        TransformerConfig cfg = named.config();
        for (Kernels k : new Kernels[] {new ScalarKernels(), new VectorKernels()}) {
            PlainTransformer model = new PlainTransformer(cfg, k);
            double[] params = GradientCheck.randomParams(model.layout(), 7, 0.5);
            Batch batch = GradientCheck.randomBatch(cfg.vocab(), 2, Math.min(cfg.maxLength(), 11), 3);
            GradientCheck.Result r = GradientCheck.check(model, params, batch);
            assertThat(r.maxRelativeError()).as(named.name() + " " + k.getClass().getSimpleName() + ": " + r.worst())
                    .isLessThan(1e-6);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void vectorAndScalarKernelsAgree(TransformerConfigs.Named named) {
        TransformerConfig cfg = named.config();
        PlainTransformer scalar = new PlainTransformer(cfg, new ScalarKernels());
        PlainTransformer vector = new PlainTransformer(cfg, new VectorKernels());
        double[] params = GradientCheck.randomParams(scalar.layout(), 11, 0.3);
        Batch batch = GradientCheck.randomBatch(cfg.vocab(), 3, cfg.maxLength(), 5);
        double[] g1 = new double[params.length];
        double[] g2 = new double[params.length];
        double l1 = scalar.lossAndGradient(params, batch, g1);
        double l2 = vector.lossAndGradient(params, batch, g2);
        assertThat(l2).isCloseTo(l1, org.assertj.core.data.Offset.offset(1e-12));
        for (int i = 0; i < g1.length; i++) {
            assertThat(g2[i]).as("coordinate " + i).isCloseTo(g1[i], org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
