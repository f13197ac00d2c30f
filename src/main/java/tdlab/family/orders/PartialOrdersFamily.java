package tdlab.family.orders;

import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.family.TaskFamily;
import tdlab.family.TaskSection;
import tdlab.family.TaskTheory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.kqov.KqOvModel;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.orders.PartialOrdersTask;

/** Query-dependent partial orders with collocations (S6): the data of the two-stage NGD paper. */
public final class PartialOrdersFamily implements TaskFamily<PartialOrdersTask> {
    private static final PartialOrdersTaskSection SECTION = new PartialOrdersTaskSection();

    @Override
    public String type() {
        return PartialOrdersTask.TYPE;
    }

    @Override
    public String title() {
        return "partial orders with collocations (two-stage NGD)";
    }

    @Override
    public Class<PartialOrdersTask> taskClass() {
        return PartialOrdersTask.class;
    }

    @Override
    public TaskSection<PartialOrdersTask> section() {
        return SECTION;
    }

    @Override
    public OrdersTheory theory(PartialOrdersTask task, Batch validation) {
        return new OrdersTheory(task);
    }

    /**
     * The loss (log axis, stage boundary marked), the directions to both max-margin solutions, the norms against
     * η·t, the attention on the optimal token, the accuracies and the chosen query's order. The generic parameters
     * panel is left out: its group norms are the norms panel's, and the (e, w, b) coordinates it draws belong to
     * the Markov models.
     */
    @Override
    public List<String> panels(PartialOrdersTask task, ModelSpec model) {
        return List.of("loss", "directions", "norms", "optattention", "accuracy", "order");
    }

    /** See {@link OrdersKeys}. */
    @Override
    public Map<String, Double> series(PartialOrdersTask task, TaskTheory theory, TrainableModel model, double[] params,
                                      Batch validation, double validationLoss) {
        return model instanceof KqOvModel m && theory instanceof OrdersTheory t ? OrdersSeries.of(t, m, params)
                : Map.of();
    }

    @Override
    public Map<String, Object> measures(PartialOrdersTask task, TaskTheory theory, Outcome outcome) {
        return OrdersMeasures.of((OrdersTheory) theory, outcome); // this family's own theory
    }

    /** A sentence is labelled at its query alone, with the W_kq/W_ov model of the paper. */
    @Override
    public void checkModel(PartialOrdersTask task, ModelSpec model) {
        ConfigException.require(model instanceof KqOvConfig, "model.type", "a " + PartialOrdersTask.TYPE
                + " task runs on the kq_ov model (the paper's attention_ov: s = Xᵀ W_kq x_L, a = softmax(s),"
                + " o = W_ov X a), not " + model.kind());
    }
}
