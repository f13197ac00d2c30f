package tdlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.task.Batch;
import tdlab.task.MarkovChain;
import tdlab.task.MarkovSampler;
import tdlab.theory.CanonicalTheory;

class CanonicalModelTest {
    private final CanonicalModel model = new CanonicalModel(new CanonicalConfig());

    @Test
    void gradientMatchesFiniteDifferences() {
        Batch batch = new MarkovSampler(MarkovChain.binary(0.3, 0.6), 5).sample(4, 64);
        for (double[] p : new double[][] {{0.7, -0.4, 0.2}, {1.3, 0.9, -1.1}, {0.05, -1.5, 0.4}}) {
            GradientCheck.Result r = GradientCheck.check(model, p, batch);
            assertThat(r.maxRelativeError()).as(r.worst()).isLessThan(1e-7);
        }
    }

    @Test
    void batchLossConvergesToThePopulationLoss() {
        Batch batch = new MarkovSampler(MarkovChain.binary(0.2, 0.3), 11).sample(400, 1000);
        double[] p = {1.1, 0.3, -0.2};
        assertThat(model.loss(p, batch)).isCloseTo(new CanonicalTheory(0.2, 0.3).loss(1.1, 0.3, -0.2), within(0.003));
    }

    @Test
    void evaluationReportsTheModelsConditionalLaw() {
        Batch batch = new MarkovSampler(MarkovChain.binary(0.2, 0.3), 11).sample(10, 100);
        double[] p = {1.1, 0.3, -0.2};
        Evaluation ev = model.evaluate(p, batch);
        assertThat(ev.conditional()[0][1]).isCloseTo(Functions.sigmoid(CanonicalModel.logit(1.1, 0.3, -0.2, 0)),
                within(1e-15));
        assertThat(ev.conditional()[1][1]).isCloseTo(Functions.sigmoid(CanonicalModel.logit(1.1, 0.3, -0.2, 1)),
                within(1e-15));
        assertThat(ev.loss()).isCloseTo(model.loss(p, batch), within(1e-12));
        assertThat(ev.counts()[0] + ev.counts()[1]).isEqualTo(1000);
    }

    @Test
    void lossIsTheMeanOverEveryPairOfTheBatch() {
        Batch batch = new MarkovSampler(MarkovChain.binary(0.35, 0.1), 3).sample(5, 37);
        double[] p = {0.9, -0.6, 0.3};
        double sum = 0;
        for (int s = 0; s < batch.size(); s++) {
            for (int t = 0; t < batch.length(); t++) {
                double p1 = Functions.sigmoid(CanonicalModel.logit(p[0], p[1], p[2], batch.input(s, t)));
                sum -= Math.log(batch.target(s, t) == 1 ? p1 : 1 - p1);
            }
        }
        assertThat(model.loss(p, batch)).isCloseTo(sum / (5 * 37), within(1e-13));
    }
}
