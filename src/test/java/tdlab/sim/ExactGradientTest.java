package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.task.ConfigException;
import tdlab.theory.CanonicalTheory;
import tdlab.train.InitConfig;
import tdlab.train.RunConfig;
import tdlab.train.TrainingConfig;

/** training.gradient: exact — gradient descent on the canonical model's exact population loss (issue 14). */
class ExactGradientTest {

    private static RunConfig exact(RunConfig c) {
        return c.withTraining(c.training().withGradient(TrainingConfig.Gradient.EXACT));
    }

    @Test
    void eachStepDescendsTheExactLossAndNoSeedChangesIt() {
        RunConfig s1c = exact(Runs.preset("s1c-local-to-global-recommended-init"));
        Runs.Result a = Runs.run(s1c);
        Runs.Result b = Runs.run(s1c.withSeed(s1c.seed() + 7)); // other batches, other validation: the same descent
        CanonicalTheory theory = new CanonicalTheory(0.8, 0.9);
        Frame last = a.last();
        assertThat(last.trainLoss()).as("the loss a step reports is L itself, between the steps it averages")
                .isCloseTo(theory.entropyRate(), within(1e-3));
        assertThat(last.exactLoss()).isCloseTo(theory.entropyRate(), within(1e-3));
        assertThat(b.last().exactLoss()).isEqualTo(last.exactLoss());
        assertThat(b.last().reduced()).isEqualTo(last.reduced());
        for (int i = 1; i < a.frames().size(); i++) {
            assertThat(a.frames().get(i).exactLoss()).as("gradient descent on L never goes up at this rate")
                    .isLessThanOrEqualTo(a.frames().get(i - 1).exactLoss() + 1e-15);
        }
    }

    /** From starts well inside each basin, exact descent ends where the analytic basin test says (science.md §1). */
    @Test
    void exactDescentEndsInTheAnalyticBasin() {
        RunConfig base = exact(Runs.preset("s1b-local-to-global-pq-above-one"));
        CanonicalTheory theory = new CanonicalTheory(0.8, 0.9);
        double[][] starts = {{0.5, -1.0}, {1.0, -1.5}, {0.3, 0.5}, {0.2, 1.0}, {1.2, -0.3}};
        for (double[] s : starts) {
            RunConfig c = base.withInit(InitConfig.canonicalPoint(s[0], s[1]));
            Frame last = Runs.run(c).last();
            boolean global = Math.abs(last.exactLoss() - theory.entropyRate()) < Math.abs(last.exactLoss()
                    - theory.unigramLoss());
            assertThat(global ? CanonicalTheory.Outcome.GLOBAL : CanonicalTheory.Outcome.LOCAL)
                    .as("start (e0, w0) = (%s, %s), loss %s", s[0], s[1], last.exactLoss())
                    .isEqualTo(theory.basin(s[0], s[1]));
        }
    }

    @Test
    void aModelWithoutAnExactLossIsRefusedNamingTheField() {
        RunConfig s2a = exact(Runs.preset("s2a-simple-transformer-standard-init"));
        assertThatThrownBy(() -> new Simulation(s2a)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.field()).isEqualTo("training.gradient"));
    }
}
