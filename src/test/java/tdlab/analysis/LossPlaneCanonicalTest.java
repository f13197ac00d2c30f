package tdlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.sim.Runs;
import tdlab.task.MarkovTask;
import tdlab.theory.CanonicalTheory;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;

/** The plane on the canonical (e, w, b) model, where the exact population loss is known in closed form. */
class LossPlaneCanonicalTest {

    @Test
    void aPcaPlaneOfATrainedRunCarriesTheExactPopulationLoss() {
        RunConfig cfg = Runs.preset("s1a-local-to-global-pq-below-one").withSteps(300);
        CanonicalTheory theory = CanonicalTheory.of((MarkovTask) cfg.task()).orElseThrow();
        Trainer trainer = new Trainer(cfg);
        List<double[]> trajectory = new ArrayList<>();
        trajectory.add(trainer.params());
        while (!trainer.finished()) {
            trainer.step();
            trajectory.add(trainer.params());
        }
        double[] centre = trainer.params();

        PlaneDirections d = PlaneDirections.pca(trajectory, centre);
        LossSurface s = LossPlane.compute(centre, d, trajectory, t -> theory.loss(t[0], t[1], t[2]), () -> false);

        double[] d1 = d.first();
        double[] d2 = d.second();
        for (int j = 0; j < s.points(); j++) {
            for (int i = 0; i < s.points(); i++) {
                double a = s.alpha(i);
                double b = s.beta(j);
                double e = centre[0] + a * d1[0] + b * d2[0];
                double w = centre[1] + a * d1[1] + b * d2[1];
                double bias = centre[2] + a * d1[2] + b * d2[2];
                assertThat(s.value(i, j)).isCloseTo(theory.loss(e, w, bias), within(1e-9));
            }
        }
        assertThat(s.centreValue()).isEqualTo(theory.loss(centre[0], centre[1], centre[2]));
        // the run passes the unigram plateau and reaches the entropy rate: the surface spans both
        assertThat(s.min()).isLessThan(theory.unigramLoss());
        assertThat(s.max()).isGreaterThan(theory.unigramLoss());
        assertThat(d.explainedShare()).isBetween(0.0, 1.0);
        // the start of the run, projected, lies inside the drawn rectangle
        assertThat(Math.abs(s.trajectoryAlpha()[0])).isLessThan(s.extent().alphaMax());
    }
}
