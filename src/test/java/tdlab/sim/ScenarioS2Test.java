package tdlab.sim;

import tdlab.family.markov.Minimum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.train.RunConfig;

/** S2: the full simple model (no LayerNorm, d = 4, T = 256), 600 AdamW steps. */
class ScenarioS2Test {

    /** The scenario, with validation only at the end to keep the test short. */
    private static Runs.Result run(String preset) {
        RunConfig cfg = Runs.preset(preset);
        var t = cfg.training();
        var quick = new tdlab.train.TrainingConfig(t.steps(), t.batchSize(), t.sequenceLength(), t.optimizer(),
                t.groups(), t.schedule(), t.clipNorm(), t.stages(), t.steps(), 256);
        return Runs.run(new RunConfig(cfg.name(), cfg.task(), cfg.model(), cfg.backend(), cfg.init(), quick,
                cfg.seed(), cfg.probeLength()));
    }

    @Test
    void theProjectionExplainsLittleOfARandomInit() throws Exception {
        try (Simulation sim = new Simulation(Runs.preset("s2a-simple-transformer-standard-init"))) {
            sim.start();
            sim.awaitIdle(10_000);
            assertThat(sim.latest().reduced().explained()).isLessThan(0.2);
        }
    }

    @Test
    void s2aStandardInitEndsOnTheUnigramLoss() {
        Runs.Result r = run("s2a-simple-transformer-standard-init");
        Frame last = r.last();
        assertThat(last.valLoss()).isCloseTo(r.chain().unigramLoss(), within(0.005));
        assertThat(r.chain().unigramLoss()).isCloseTo(0.6663, within(1e-4));
        // both estimates sit on the stationary law π1 = 0.385 instead of p = 0.5 and 1 − q = 0.2
        assertThat(last.estimated(0, 1)).isCloseTo(0.3846, within(0.02));
        assertThat(last.estimated(1, 1)).isCloseTo(0.3846, within(0.02));
    }

    @Test
    void s2bRankOneInitAtOneMinusOneEndsOnTheEntropyRate() {
        Runs.Result r = run("s2b-simple-transformer-rank-one-init");
        Frame last = r.last();
        assertThat(last.valLoss()).isCloseTo(r.chain().entropyRate(), within(0.005));
        assertThat(r.chain().entropyRate()).isCloseTo(0.6190, within(1e-4));
        assertThat(last.estimated(0, 1)).isCloseTo(0.5, within(0.02));
        assertThat(last.estimated(1, 0)).isCloseTo(0.8, within(0.02));
    }

    @Test
    void s2cStandardInitReachesTheEntropyRateWhenPPlusQBelowOne() {
        Runs.Result r = run("s2c-simple-transformer-pq-below-one");
        Frame last = r.last();
        assertThat(Minimum.classify(last.valLoss(), r.chain())).isEqualTo(Minimum.GLOBAL);
        assertThat(last.valLoss()).isCloseTo(0.5446, within(0.01));
    }

    @Test
    void rankOneInitEmbedsTheCanonicalPointExactly() {
        RunConfig cfg = Runs.preset("s2b-simple-transformer-rank-one-init");
        try (Simulation sim = new Simulation(cfg)) {
            sim.start();
            sim.awaitIdle(10_000);
            ReducedCoordinates c = sim.latest().reduced();
            assertThat(c.e()).isCloseTo(1.0, within(1e-12));
            assertThat(c.w()).isCloseTo(-1.0, within(1e-12));
            assertThat(c.explained()).isCloseTo(1.0, within(1e-9)); // the projection is exact for a rank-one state
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
