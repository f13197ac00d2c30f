package tdlab.analysis;

import java.util.function.ToDoubleFunction;
import tdlab.model.Backend;
import tdlab.model.ModelFactory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;
import tdlab.task.TaskSpec;

/**
 * A model's loss on one fixed batch, as the f of a {@link LossPlane}: fixing the batch makes f a
 * deterministic, smooth function of θ, so the surface shows the landscape and not sampling noise. Owns its
 * model instance (models keep scratch buffers): use it from one thread at a time.
 */
public final class FixedBatchLoss implements ToDoubleFunction<double[]> {
    /**
     * Loss positions of the default evaluation batch. Measured with bench --landscape on the S2 model (d = 4,
     * T = 256): one sequence of 256 costs ~0.05 ms per evaluation, a 41×41 grid ~80 ms on one thread, within
     * the 250 ms budget with room for a slower machine and the training thread beside it; its loss at a
     * trained point varies by ~0.009 nats from one drawn batch to another.
     */
    public static final int DEFAULT_TOKENS = 256;

    private final TrainableModel model;
    private final Batch batch;

    /** The batch is the caller's; it must not change while this loss is in use. */
    public FixedBatchLoss(TrainableModel model, Batch batch) {
        this.model = model;
        this.batch = batch;
    }

    /** A fresh model of {@code spec} on {@code backend} and a batch of the task drawn from {@code seed}. */
    public static FixedBatchLoss of(ModelSpec spec, Backend backend, TaskSpec task, int sequences, int length,
                                    long seed) {
        TaskSampler sampler = task.evaluationSampler(); // a finite training set may hold fewer sequences
        Batch batch = sampler.allocate(sequences, length);
        sampler.fill(batch, seed);
        return new FixedBatchLoss(ModelFactory.create(spec, backend), batch);
    }

    /**
     * The default evaluation batch for runs of sequence length {@code length}: whole sequences of that length,
     * ⌈{@value #DEFAULT_TOKENS}/length⌉ of them. Whole sequences rather than more, shorter ones because a
     * model with learned positions only feels the rows of its positional table that the batch reaches, and
     * those rows are most of a small model's parameters (1024 of S2's 1221): a plane through them drawn on
     * short sequences would be flat where the training loss is not.
     */
    public static FixedBatchLoss ofDefaultSize(ModelSpec spec, Backend backend, TaskSpec task, int length, long seed) {
        return of(spec, backend, task, Math.max(1, (DEFAULT_TOKENS + length - 1) / length), length, seed);
    }

    /** Number of sequences in the evaluation batch. */
    public int sequences() {
        return batch.size();
    }

    /** Length of the evaluation sequences. */
    public int length() {
        return batch.length();
    }

    /** The backend computing the loss ("plain-vector", ...). */
    public String backend() {
        return model.backend();
    }

    @Override
    public double applyAsDouble(double[] params) {
        return model.loss(params, batch);
    }
}
