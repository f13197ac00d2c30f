package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.task.MarkovTask;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.TrainingConfig;

class DivergenceTest {

    @Test
    void aDivergingRunPausesWithAReasonAndCanRollBack() throws Exception {
        TrainingConfig t = new TrainingConfig(500, 4, 64, OptimizerConfig.sgd(0.9), TrainingConfig.uniform(50, 0),
                Schedule.constant(), 0, List.of(), 5, 4);
        RunConfig cfg = new RunConfig("diverge", MarkovTask.binary(0.2, 0.3), new CanonicalConfig(), Backend.PLAIN,
                InitConfig.canonicalPoint(1, 1), t, 1, 4);
        try (Simulation sim = new Simulation(cfg).start()) {
            sim.play();
            assertThat(sim.awaitIdle(30_000)).isTrue();
            assertThat(sim.status()).isEqualTo(Simulation.Status.DIVERGED);
            Frame last = sim.latest();
            assertThat(last.diverged()).isTrue();
            assertThat(last.divergence()).contains("non-finite");
            long stuck = sim.currentStep();
            sim.step(5); // refused while diverged
            sim.awaitIdle(10_000);
            assertThat(sim.currentStep()).isEqualTo(stuck);
            sim.branch(0); // roll back
            sim.awaitIdle(10_000);
            assertThat(sim.status()).isEqualTo(Simulation.Status.PAUSED);
            assertThat(sim.currentStep()).isZero();
        }
    }
}
