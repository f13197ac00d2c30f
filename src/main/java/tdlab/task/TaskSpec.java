package tdlab.task;

import java.util.List;

/**
 * A data-generating process, one record per task family. Each family brings its preset section (keyed by
 * {@link #type()}), its sampler, its theory (reference losses) and its data editor; code outside a family
 * sees it only through this interface and the family registry ({@code tdlab.family.Families}).
 */
public interface TaskSpec {

    /** The family's key: {@code task.type} in a preset. */
    String type();

    /** Number of token values. */
    int vocab();

    /** Warnings for the user (e.g. a chain whose stationary law is not unique); empty when none. */
    List<String> warnings();

    /** True when the task's batches carry real-valued token vectors ({@code Batch.features}). */
    default boolean providesFeatures() {
        return false;
    }

    /** A sampler of this task's examples (training, validation and probe sequences alike). */
    TaskSampler sampler();

    /**
     * The sampler of validation and probe sequences. The same as {@link #sampler()} unless training draws from a
     * finite set: held-out data must then come from the process itself.
     */
    default TaskSampler evaluationSampler() {
        return sampler();
    }

    /**
     * The first input position whose target the loss must count, when the task fixes it (a prefix of
     * context tokens that are given, not predicted); empty when every position is an example.
     */
    default java.util.OptionalInt requiredLossFrom() {
        return java.util.OptionalInt.empty();
    }

    /**
     * Refuses a training shape the task cannot fill, with the field path ({@code training.sequence_length},
     * a finite training set smaller than a batch, ...).
     */
    default void checkShape(int batchSize, int sequenceLength) {
    }

    /**
     * Refuses a validation set or probe the task cannot give, with the field path ({@code training.eval_sequences},
     * {@code probe_length}): a task whose evaluation data is a fixed test set evaluates on that set whole.
     */
    default void checkEvaluation(int evalSequences, int probeLength) {
    }
}
