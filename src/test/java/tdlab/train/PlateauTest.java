package tdlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.task.ConfigException;

/** ReduceLROnPlateau against steps computed by hand from PyTorch's rule (mode min, rel threshold 1e-4). */
class PlateauTest {

    @Test
    void reducesAfterMoreThanPatienceChecksWithoutARelativeImprovement() {
        Plateau p = new Plateau(2, 0.5);
        double[] metrics = {1.0, 0.9, 0.95, 0.89995, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85};
        // best:           1.0  0.9  0.9   0.9 (0.89995 is not below 0.9·(1−1e-4) = 0.89991) ...
        // bad:            0    0    1     2     3→reduce,0  0(best 0.8) 1 2 3→reduce,0 1 2 3→reduce,0
        double[] factors = {1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125};
        for (int i = 0; i < metrics.length; i++) {
            p.observe(metrics[i]);
            assertThat(p.factor()).as("after check " + (i + 1)).isEqualTo(factors[i]);
        }
        Plateau zero = new Plateau(0, 0.1);
        zero.observe(1);
        zero.observe(Double.NaN); // NaN is never an improvement
        assertThat(zero.factor()).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void theTrainerChecksEveryNStepsAndAResumedRunContinuesExactly() {
        // learning rate 0: the validation loss never improves after the first check, so with every = 2 and
        // patience 1 the checks at steps 2, 4, 6, 8, ... give bad = 0, 1, 2→halve, 1, 2→halve
        TrainingConfig plateau = new TrainingConfig(12, 4, 32, OptimizerConfig.adamW(0.9, 0.95),
                TrainingConfig.uniform(0, 0), Schedule.reduceOnPlateau(1, 0.5, 2), 0, List.of(), 10, 4);
        Trainer trainer = new Trainer(new RunConfig("t", tdlab.task.MarkovTask.binary(0.2, 0.3),
                tdlab.model.TransformerConfig.simple(4, 32), tdlab.model.Backend.PLAIN, InitConfig.gaussian(0.02),
                plateau, 3, 8));
        double[] expected = {1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25};
        Checkpoint at7 = null;
        for (int s = 0; s < 12; s++) {
            trainer.step();
            assertThat(trainer.scheduleFactor()).as("after step " + (s + 1)).isEqualTo(expected[s]);
            if (s + 1 == 7) {
                at7 = trainer.checkpoint();
            }
        }
        trainer.restore(at7, false);
        assertThat(trainer.scheduleFactor()).isEqualTo(0.5);
        for (int s = 7; s < 12; s++) {
            trainer.step();
            assertThat(trainer.scheduleFactor()).isEqualTo(expected[s]);
        }
        assertThat(trainer.effectiveLearningRate(ParamGroup.ATTENTION)).isZero();
    }

    @Test
    void badSettingsAreRefusedWithTheirFieldPaths() {
        assertThat(field(() -> Schedule.reduceOnPlateau(-1, 0.5, 1))).isEqualTo("training.schedule.patience");
        assertThat(field(() -> Schedule.reduceOnPlateau(1, 1.0, 1))).isEqualTo("training.schedule.factor");
        assertThat(field(() -> Schedule.reduceOnPlateau(1, 0.5, 0))).isEqualTo("training.schedule.every");
    }

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (ConfigException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }
}
