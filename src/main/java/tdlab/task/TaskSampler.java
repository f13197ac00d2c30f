package tdlab.task;

/**
 * Draws a task family's examples. A batch depends only on the seed passed to {@link #fill}: the trainer
 * passes a seed derived from (data seed, step), so any step's batch can be regenerated and a branched run
 * continues exactly. One sampler per thread.
 */
public interface TaskSampler {

    /** A batch of the shape this family's examples need ({@code length}: the training sequence length). */
    Batch allocate(int size, int length);

    /** Overwrites the batch with examples drawn from a stream seeded by {@code seed} alone. */
    void fill(Batch batch, long seed);

    /**
     * The sampler of training stage {@code stage} (0-based) of a staged run ({@code training.stages}); this one
     * unless the family draws other data in some stage. The partial orders of S6 train stage 0 on their
     * collocation pairs and the later stages on their sentences. The trainer allocates a stage's batch from the
     * stage's own sampler, so its size may differ from {@code training.batch_size}.
     */
    default TaskSampler forStage(int stage) {
        return this;
    }
}
