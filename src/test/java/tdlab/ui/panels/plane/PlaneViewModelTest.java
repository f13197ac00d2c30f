package tdlab.ui.panels.plane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.sim.Runs;
import tdlab.theory.CanonicalTheory;
import tdlab.train.RunConfig;

class PlaneViewModelTest {

    @Test
    void aLongTrajectoryIsThinnedEvenlyKeepingItsEnds() {
        List<double[]> path = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            path.add(new double[] {i});
        }
        List<double[]> thin = PlaneViewModel.thinned(path, 200);
        assertThat(thin).hasSize(200);
        assertThat(thin.get(0)[0]).isEqualTo(0);
        assertThat(thin.get(199)[0]).isEqualTo(999);
        for (int k = 1; k < thin.size(); k++) {
            assertThat(thin.get(k)[0] - thin.get(k - 1)[0]).isBetween(4.0, 6.0);
        }
        assertThat(PlaneViewModel.thinned(path.subList(0, 50), 200)).hasSize(50);
    }

    @Test
    void theCanonicalModelIsEvaluatedOnItsExactLossAndOtherModelsOnAFixedBatch() {
        RunConfig s1a = Runs.preset("s1a-local-to-global-pq-below-one");
        double[] p = {1.2, -0.4, 0.1};
        assertThat(PlaneViewModel.evaluation(s1a).applyAsDouble(p))
                .isCloseTo(new CanonicalTheory(0.2, 0.3).loss(1.2, -0.4, 0.1), within(1e-15));
        RunConfig s2a = Runs.preset("s2a-simple-transformer-standard-init");
        var loss = PlaneViewModel.evaluation(s2a);
        double[] zero = new double[s2a.model().create(tdlab.model.Backend.PLAIN).layout().size()];
        // the same fixed batch every time: the same parameters give the same loss
        assertThat(loss.applyAsDouble(zero)).isEqualTo(PlaneViewModel.evaluation(s2a).applyAsDouble(zero));
    }

    @Test
    void theProjectionsOfFramesNoLongerRecordedAreForgotten() {
        java.util.Map<Object, double[]> memo = new java.util.IdentityHashMap<>();
        List<Object> oldRun = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Object frame = new Object();
            oldRun.add(frame);
            memo.put(frame, new double[] {i, i});
        }
        List<Object> newRun = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            Object frame = new Object();
            newRun.add(frame);
            memo.put(frame, new double[] {-i, i});
        }
        PlaneViewModel.forgetAbsent(memo, newRun);
        assertThat(memo).hasSize(61).containsKeys(newRun.toArray());
        memo.put(new Object(), new double[2]);
        PlaneViewModel.forgetAbsent(memo, newRun);
        assertThat(memo).as("a few more than recorded are kept until they outnumber it").hasSize(62);
    }
}
