package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.train.RunConfig;

class DeterminismTest {

    private static List<Double> losses(RunConfig cfg) {
        return Runs.run(cfg).frames().stream().map(f -> f.trainLoss() + 31 * f.valLoss()).toList();
    }

    @Test
    void samePresetAndSeedGiveIdenticalLossSequences() {
        RunConfig s2 = Runs.preset("s2c-simple-transformer-pq-below-one").withSteps(60);
        assertThat(losses(s2)).isEqualTo(losses(s2));
        RunConfig s1 = Runs.preset("s1a-local-to-global-pq-below-one");
        assertThat(losses(s1)).isEqualTo(losses(s1));
    }

    @Test
    void aDifferentSeedGivesADifferentRun() {
        RunConfig s1 = Runs.preset("s1a-local-to-global-pq-below-one").withSteps(100);
        assertThat(losses(s1)).isNotEqualTo(losses(s1.withSeed(s1.seed() + 1)));
    }
}
