package tdlab.family.classes;

import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.family.TaskFamily;
import tdlab.family.TaskSection;
import tdlab.family.TaskTheory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.model.yz.YzConfig;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.classes.SequenceClassesTask;

/** Scan and Snap's sequence classes (S4): the data of the Y/Z model's scan-then-snap attention. */
public final class SequenceClassesFamily implements TaskFamily<SequenceClassesTask> {
    private static final SequenceClassesTaskSection SECTION = new SequenceClassesTaskSection();

    @Override
    public String type() {
        return SequenceClassesTask.TYPE;
    }

    @Override
    public String title() {
        return "sequence classes (Scan and Snap)";
    }

    @Override
    public Class<SequenceClassesTask> taskClass() {
        return SequenceClassesTask.class;
    }

    @Override
    public TaskSection<SequenceClassesTask> section() {
        return SECTION;
    }

    @Override
    public ScanSnapTheory theory(SequenceClassesTask task, Batch validation) {
        return ScanSnapTheory.of(task, validation);
    }

    /**
     * The loss (log axis, t0 marked), class 1's attention rows (Fig. 4), its masses with Theorem 3, the decoder Y,
     * the parameters, the loss plane and the learning-rate sweep of Fig. 6 (in the phase diagram's place). The
     * probe's attention map is left out: the Y/Z model attends from the query alone, and the scan panel shows that
     * attention per class as the paper does. The chain panels (predictions per current token, the (e, w)
     * landscape, the p/q phase diagram) read a first-order chain and are left out too.
     */
    @Override
    public List<String> panels(SequenceClassesTask task, ModelSpec model) {
        return List.of("loss", "scan", "masses", "decoder", "parameters", "plane", "lrsweep");
    }

    /** See {@link ScanSnapKeys}. */
    @Override
    public Map<String, Double> series(SequenceClassesTask task, TaskTheory theory, TrainableModel model,
                                      double[] params, Batch validation, double validationLoss) {
        return ScanSnapSeries.of(task, model, params);
    }

    @Override
    public Map<String, Object> measures(SequenceClassesTask task, TaskTheory theory, Outcome outcome) {
        return ScanSnapMeasures.of(task, (ScanSnapTheory) theory, outcome); // this family's own theory
    }

    /**
     * A sequence is labelled at its query alone: the Y/Z model reads it that way. A next-token model would be
     * trained on every position of an i.i.d. context, which is not the paper's task.
     */
    @Override
    public void checkModel(SequenceClassesTask task, ModelSpec model) {
        ConfigException.require(model instanceof YzConfig, "model.type", "a " + SequenceClassesTask.TYPE
                + " task is labelled at its query only; it runs on the yz model, not " + model.kind());
    }
}
