package tdlab.family.highorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.family.TaskFamily;
import tdlab.family.TaskSection;
import tdlab.family.TaskTheory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;
import tdlab.task.highorder.HighOrderMarkovTask;

/** High-order Markov chains with block-structured importance: the data of the sparse-attention paper (S3). */
public final class HighOrderFamily implements TaskFamily<HighOrderMarkovTask> {
    private static final HighOrderTaskSection SECTION = new HighOrderTaskSection();

    @Override
    public String type() {
        return HighOrderMarkovTask.TYPE;
    }

    @Override
    public String title() {
        return "high-order Markov chain";
    }

    @Override
    public Class<HighOrderMarkovTask> taskClass() {
        return HighOrderMarkovTask.class;
    }

    @Override
    public TaskSection<HighOrderMarkovTask> section() {
        return SECTION;
    }

    @Override
    public HighOrderTheory theory(HighOrderMarkovTask task, Batch validation) {
        return HighOrderTheory.of(task, validation);
    }

    /**
     * The loss chart (teacher and uniform lines), this family's own KL ladder and, for models with heads, its
     * span masses and the attention maps, then the parameter norms and the loss plane: the staged learning first.
     * The chain-only panels (predictions per current token, the (e, w) landscape, the p/q phase diagram) read a
     * first-order chain and are left out; a model without heads has no span masses to show.
     */
    @Override
    public List<String> panels(HighOrderMarkovTask task, ModelSpec model) {
        List<String> keys = new ArrayList<>(List.of("loss", "ladder"));
        if (model.heads() > 0) {
            keys.add("spans");
            keys.add("attention");
        }
        keys.add("parameters");
        keys.add("plane");
        return keys;
    }

    /** See {@link LadderSeries}; a model without heads has no mass columns. */
    @Override
    public Map<String, Double> series(HighOrderMarkovTask task, TaskTheory theory, TrainableModel model,
                                      double[] params, Batch validation, double validationLoss) {
        // the run's theory holds the teacher: its Q_k are drawn once per run, not once per frame
        return LadderSeries.of(((HighOrderTheory) theory).teacher(), model, params, validation);
    }

    /**
     * head_top_block, head_top_mass, excess_loss, kl_ladder_final, kl1_min_step, kl1_min, teacher_loss; with a
     * finite training set also best_val_step, best_val_loss, final_val_loss.
     */
    @Override
    public Map<String, Object> measures(HighOrderMarkovTask task, TaskTheory theory, Outcome outcome) {
        return HighOrderMeasures.of(task, (HighOrderTheory) theory, outcome, LadderKeys.heads(outcome.series())); // this family's own theory
    }
}
