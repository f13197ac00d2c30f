package tdlab.golden;

import java.util.List;
import java.util.OptionalInt;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;
import tdlab.task.TaskSpec;

/**
 * A preset's task whose training sampler always gives one fixed batch (a fixture's), so that the lab's own
 * Trainer can take the reference's three steps on it; validation and probe data still come from the task.
 */
record FixedBatchTask(TaskSpec task, Batch batch) implements TaskSpec {

    @Override
    public String type() {
        return task.type();
    }

    @Override
    public int vocab() {
        return task.vocab();
    }

    @Override
    public List<String> warnings() {
        return task.warnings();
    }

    @Override
    public boolean providesFeatures() {
        return task.providesFeatures();
    }

    @Override
    public TaskSampler sampler() {
        return new TaskSampler() {
            @Override
            public Batch allocate(int size, int length) {
                return copy();
            }

            @Override
            public void fill(Batch target, long seed) {
                System.arraycopy(batch.tokens(), 0, target.tokens(), 0, batch.tokens().length);
            }
        };
    }

    private Batch copy() {
        return new Batch(batch.size(), batch.length(), batch.tokens().clone(),
                batch.lengths() == null ? null : batch.lengths().clone(),
                batch.features() == null ? null : batch.features().clone(), batch.featureDim());
    }

    @Override
    public TaskSampler evaluationSampler() {
        return task.evaluationSampler();
    }

    @Override
    public OptionalInt requiredLossFrom() {
        return task.requiredLossFrom();
    }

    @Override
    public void checkShape(int batchSize, int sequenceLength) {
        task.checkShape(batchSize, sequenceLength);
    }

    @Override
    public void checkEvaluation(int evalSequences, int probeLength) {
        task.checkEvaluation(evalSequences, probeLength);
    }
}
