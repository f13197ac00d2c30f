package tdlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tdlab.model.ModelFactory;
import tdlab.model.TrainableModel;
import tdlab.sim.Runs;
import tdlab.task.Batch;

/** training.threads: the same numbers, bit for bit, on 1, 2 or 3 threads, and the gradient of the whole batch. */
class SplitGradientTest {

    /** A transformer (S2a), the Y/Z model (S4a), the multi-head classifier (S5b) and the canonical model. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s2a-simple-transformer-standard-init", "s4a-scan-snap-equal-rates", "s5b-four-heads",
        "s3b-minimal-transformer", "s1a-local-to-global-pq-below-one"})
    void anyThreadCountGivesTheSameStepsAsOne(String preset) {
        RunConfig base = Runs.preset(preset);
        List<double[]> end = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 2, 3}) {
            try (Trainer t = new Trainer(base.withTraining(base.training().withThreads(threads)))) {
                for (int s = 0; s < 5; s++) {
                    t.step();
                }
                end.add(t.params().clone());
            }
        }
        assertThat(end.get(1)).containsExactly(end.get(0));
        assertThat(end.get(2)).containsExactly(end.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s2a-simple-transformer-standard-init", "s4a-scan-snap-equal-rates", "s5b-four-heads"})
    void theChunksAddUpToTheWholeBatchsLossAndGradient(String preset) {
        RunConfig cfg = Runs.preset(preset);
        TrainableModel model = ModelFactory.create(cfg.model(), cfg.backend());
        try (Trainer t = new Trainer(cfg)) {
            double[] p = t.params();
            Batch batch = cfg.task().sampler().allocate(cfg.training().batchSize(), cfg.training().sequenceLength());
            cfg.task().sampler().fill(batch, 99);
            double[] whole = new double[p.length];
            double[] split = new double[p.length];
            double lw = model.lossAndGradient(p, batch, whole);
            try (SplitGradient s = new SplitGradient(ModelFactory.create(cfg.model(), cfg.backend()), 2,
                    () -> ModelFactory.create(cfg.model(), cfg.backend()))) {
                double ls = s.lossAndGradient(p, batch, split);
                assertThat(ls).isCloseTo(lw, org.assertj.core.api.Assertions.within(1e-12 * Math.abs(lw)));
                double scale = 0;
                for (double g : whole) {
                    scale = Math.max(scale, Math.abs(g));
                }
                for (int j = 0; j < p.length; j++) {
                    assertThat(split[j]).as("parameter %d", j).isCloseTo(whole[j],
                            org.assertj.core.api.Assertions.within(1e-12 * scale));
                }
                assertThat(s.threads()).isEqualTo(model.splitsBySequence() ? 2 : 1);
            }
        }
    }
}
