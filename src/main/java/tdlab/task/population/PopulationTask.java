package tdlab.task.population;

import java.util.List;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;
import tdlab.task.TaskSpec;

/**
 * No data: a flow on the population loss, such as the ODE of Eq. 4 (science.md §3.4), whose model holds its target
 * itself. The task states the target's strengths so that the lab can draw the theory (the plateau levels) without
 * knowing the model: strength_j = ratio^{h−1−j}, j = 0..h−1. Its sampler fills a one-token batch the model ignores.
 *
 * @param blocks h, the number of target strengths
 * @param ratio  m, the ratio between consecutive strengths
 */
public record PopulationTask(int blocks, double ratio) implements TaskSpec {
    public static final String TYPE = "population";

    public PopulationTask {
        ConfigException.requireRange(blocks, 1, 16, "task.blocks");
        ConfigException.require(Double.isFinite(ratio) && ratio > 0 && ratio <= 100, "task.ratio",
                "must be in (0, 100], got " + ratio);
    }

    /** strength_j = ratio^{h−1−j}: j = 0 is the strongest. */
    public double strength(int j) {
        return Math.pow(ratio, blocks - 1 - j);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** One token value, the convention of the dataless models (the flow of Eq. 4 reads vocab 1). */
    @Override
    public int vocab() {
        return 1;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public TaskSampler sampler() {
        return Empty.INSTANCE;
    }

    /** One sequence of one input, token 0 everywhere: there is nothing to draw. */
    @Override
    public void checkShape(int batchSize, int sequenceLength) {
        ConfigException.require(batchSize == 1, "training.batch_size",
                "must be 1: a population flow reads no data, got " + batchSize);
        ConfigException.require(sequenceLength == 1, "training.sequence_length",
                "must be 1: a population flow reads no data, got " + sequenceLength);
    }

    /** Fills batches with token 0; stateless, so one instance serves every thread. */
    private enum Empty implements TaskSampler {
        INSTANCE;

        @Override
        public Batch allocate(int size, int length) {
            return Batch.allocate(size, length);
        }

        @Override
        public void fill(Batch batch, long seed) {
            java.util.Arrays.fill(batch.tokens(), 0);
        }
    }
}
