package tdlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.ParamGroup;
import tdlab.model.ParamTensor;
import tdlab.model.TransformerConfig;
import tdlab.task.MarkovTask;

class TrainerTest {

    private static RunConfig simple(double lr, List<Stage> stages) {
        TrainingConfig t = new TrainingConfig(20, 4, 32, OptimizerConfig.adamW(0.9, 0.95),
                TrainingConfig.uniform(lr, 0), Schedule.constant(), 0, stages, 10, 4);
        return new RunConfig("t", MarkovTask.binary(0.2, 0.3), TransformerConfig.simple(4, 32), Backend.PLAIN,
                InitConfig.gaussian(0.02), t, 3, 8);
    }

    @Test
    void stagesFreezeTheGroupsTheyDoNotTrain() {
        Trainer trainer = new Trainer(simple(1e-2, List.of(new Stage(5, EnumSet.of(ParamGroup.FEED_FORWARD)),
                new Stage(5, EnumSet.of(ParamGroup.ATTENTION)))));
        double[] start = trainer.params();
        for (int i = 0; i < 5; i++) {
            trainer.step();
        }
        double[] afterStage1 = trainer.params();
        for (ParamTensor t : trainer.model().layout().tensors()) {
            boolean moved = changed(start, afterStage1, t);
            assertThat(moved).as(t.name()).isEqualTo(t.group() == ParamGroup.FEED_FORWARD);
        }
        for (int i = 0; i < 5; i++) {
            trainer.step();
        }
        double[] afterStage2 = trainer.params();
        for (ParamTensor t : trainer.model().layout().tensors()) {
            assertThat(changed(afterStage1, afterStage2, t)).as(t.name()).isEqualTo(t.group() == ParamGroup.ATTENTION);
        }
    }

    @Test
    void effectiveLearningRateFollowsTheStageAndLearningRateChanges() {
        Trainer trainer = new Trainer(simple(1e-2, List.of(new Stage(2, EnumSet.of(ParamGroup.FEED_FORWARD)),
                new Stage(2, EnumSet.of(ParamGroup.ATTENTION)))));
        for (int i = 0; i < 2; i++) {
            assertThat(trainer.effectiveLearningRate(ParamGroup.FEED_FORWARD)).isEqualTo(1e-2);
            assertThat(trainer.effectiveLearningRate(ParamGroup.ATTENTION)).isZero();
            trainer.step();
        }
        assertThat(trainer.effectiveLearningRate(ParamGroup.FEED_FORWARD)).isZero();
        assertThat(trainer.effectiveLearningRate(ParamGroup.ATTENTION)).isEqualTo(1e-2);
        trainer.setLearningRate(ParamGroup.ATTENTION, 3e-3);
        trainer.setLearningRate(ParamGroup.FEED_FORWARD, 3e-3);
        assertThat(trainer.effectiveLearningRate(ParamGroup.ATTENTION)).isEqualTo(3e-3);
        assertThat(trainer.effectiveLearningRate(ParamGroup.FEED_FORWARD)).isZero();
        assertThat(trainer.effectiveLearningRate(ParamGroup.HEAD)).as("tied model: no head").isZero();
    }

    private static boolean changed(double[] a, double[] b, ParamTensor t) {
        for (int i = t.offset(); i < t.end(); i++) {
            if (a[i] != b[i]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void divergenceStopsTheRunAndKeepsTheLastFiniteState() {
        // the canonical model under SGD with a learning rate far above 2/curvature: e grows geometrically
        TrainingConfig t = new TrainingConfig(500, 4, 64, OptimizerConfig.sgd(0.9), TrainingConfig.uniform(50, 0),
                Schedule.constant(), 0, List.of(), 10, 4);
        Trainer trainer = new Trainer(new RunConfig("d", MarkovTask.binary(0.2, 0.3),
                new tdlab.model.CanonicalConfig(), Backend.PLAIN, InitConfig.canonicalPoint(1, 1), t, 1, 4));
        StepResult r = null;
        double[] lastFinite = trainer.params();
        for (int i = 0; i < 500 && (r == null || r.ok()); i++) {
            lastFinite = trainer.params();
            r = trainer.step();
        }
        assertThat(r.ok()).isFalse();
        assertThat(r.diverged()).contains("non-finite");
        assertThat(trainer.params()).containsExactly(lastFinite);
        for (double v : trainer.params()) {
            assertThat(Double.isFinite(v)).isTrue();
        }
    }

    @Test
    void clippingBoundsTheUpdateOfPlainGradientDescent() {
        // SGD without momentum: the first update is −lr·clip·g/‖g‖, so the parameters move by exactly lr·clip
        TrainingConfig t = new TrainingConfig(5, 4, 64, OptimizerConfig.sgd(0), TrainingConfig.uniform(1.0, 0),
                Schedule.constant(), 1e-3, List.of(), 10, 4);
        Trainer trainer = new Trainer(new RunConfig("c", MarkovTask.binary(0.2, 0.3), new tdlab.model.CanonicalConfig(),
                Backend.PLAIN, InitConfig.canonicalPoint(1, 1), t, 1, 4));
        double[] before = trainer.params();
        StepResult r = trainer.step();
        assertThat(r.gradNorm()).isGreaterThan(1e-3);
        double[] after = trainer.params();
        double moved = Math.sqrt(Math.pow(after[0] - before[0], 2) + Math.pow(after[1] - before[1], 2)
                + Math.pow(after[2] - before[2], 2));
        assertThat(moved).isCloseTo(1e-3 * r.gradNorm() / (r.gradNorm() + 1e-6), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void checkpointRestoreReproducesTheContinuation() {
        Trainer a = new Trainer(simple(1e-2, List.of()));
        for (int i = 0; i < 5; i++) {
            a.step();
        }
        Checkpoint c = a.checkpoint();
        double l1 = a.step().trainLoss();
        double l2 = a.step().trainLoss();
        a.restore(c, false);
        assertThat(a.steps()).isEqualTo(5);
        assertThat(a.step().trainLoss()).isEqualTo(l1);
        assertThat(a.step().trainLoss()).isEqualTo(l2);
    }
}
