package tdlab.family;

import java.util.List;
import java.util.Map;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;
import tdlab.task.TaskSpec;

/**
 * Everything the lab knows about one kind of data, in one place: its preset section, its theory (the
 * reference losses a loss chart draws), the panels a run on it shows and the measures its runs report.
 * The sampler comes with the task record itself ({@link TaskSpec#sampler()}). A new family is a package
 * with its task record, sampler, theory and this class, registered in {@link Families}.
 *
 * @param <T> the family's task record
 */
public interface TaskFamily<T extends TaskSpec> {

    /** {@code task.type} in a preset. */
    String type();

    /** What the family is, for menus and messages ("first-order Markov chain"). */
    String title();

    Class<T> taskClass();

    /** Reads and writes the preset's {@code task} section. */
    TaskSection<T> section();

    /**
     * The run's theory: closed-form reference losses, and where the family has them the same references
     * measured on the run's validation set (which cancels most of its sampling noise).
     */
    TaskTheory theory(T task, Batch validation);

    /**
     * Keys of the panels a run of this task with this model shows, in their default arrangement
     * (see {@code tdlab.ui.panels.PanelRegistry} for the keys). A panel the run cannot feed is not listed.
     */
    List<String> panels(T task, ModelSpec model);

    /**
     * The scenario's named results for summary.json ({@code "measures"}): numbers, strings or arrays,
     * in a stable order; docs/scenarios.md lists them per family.
     */
    Map<String, Object> measures(T task, TaskTheory theory, Outcome outcome);

    /**
     * The family's own numbers for each recorded frame (e.g. a KL ladder, span masses, a test error), in a
     * stable order; they become metrics.csv columns after the generic ones. Called on the training thread with
     * the run's theory (computed once per run), its model, a copy of its parameters, its fixed validation batch
     * and the loss the frame has just measured on it. Empty when the generic columns
     * (losses, references, estimated transition law, norms) say it all, as for chains.
     */
    default Map<String, Double> series(T task, TaskTheory theory, TrainableModel model, double[] params,
                                       Batch validation, double validationLoss) {
        return Map.of();
    }

    /**
     * Refuses a model that cannot run on this task for a reason only the family knows, with a
     * {@code tdlab.task.ConfigException} naming the model's field (a flow whose target the task states twice).
     * The preset reader calls it before building the run.
     */
    /**
     * The exact population loss of this model on this task, where the theory has one: what a run with {@code
     * training.gradient: exact} descends. Empty by default.
     */
    default java.util.Optional<tdlab.train.ExactLoss> exactLoss(T task, ModelSpec model) {
        return java.util.Optional.empty();
    }

    default void checkModel(T task, ModelSpec model) {
    }

    /** The family's own view of a task; the cast lives here, not with the callers. */
    default T cast(TaskSpec task) {
        return taskClass().cast(task);
    }
}
