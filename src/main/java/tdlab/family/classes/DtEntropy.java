package tdlab.family.classes;

import tdlab.model.TrainableModel;
import tdlab.task.classes.SequenceClassesTask;

/**
 * Scan and Snap's Fig. 6 number for one set of parameters, for callers outside a recorded run (the learning-rate
 * sweep): {@link ScanSnapKeys#DT_ENTROPY_MEAN}, computed exactly as the run's series computes it.
 */
public final class DtEntropy {
    private DtEntropy() {
    }

    /** The entropy of c_n on each class's distinct tokens, renormalised, averaged over classes; NaN without Z. */
    public static double mean(SequenceClassesTask task, TrainableModel model, double[] params) {
        return ScanSnapSeries.of(task, model, params).getOrDefault(ScanSnapKeys.DT_ENTROPY_MEAN, Double.NaN);
    }
}
