package tdlab.model;

import tdlab.task.Batch;

/**
 * A model that the trainer can optimise: it reads parameters from a flat array laid out by
 * {@link #layout()} and computes the loss and its gradient on a batch. Implementations keep scratch
 * buffers, so one instance belongs to one thread.
 */
public interface TrainableModel {

    ModelSpec spec();

    ParamLayout layout();

    /** Short name of the implementation ("plain", "nd4j", ...). */
    String backend();

    /**
     * Mean cross-entropy (nats per loss position) of the batch. When {@code grad} is not null it is
     * overwritten with ∂loss/∂params.
     */
    double lossAndGradient(double[] params, Batch batch, double[] grad);

    /** Loss plus the model's mean predicted next-token law for each current token, over the batch. */
    Evaluation evaluate(double[] params, Batch batch);

    /** Attention maps and predictions of the model on the one sequence of {@code one}. */
    Probe probe(double[] params, Batch one);

    /** {@link #probe(double[], Batch)} on a token sequence (models whose inputs are tokens alone). */
    default Probe probe(double[] params, int[] tokens) {
        Batch one = Batch.allocate(1, tokens.length);
        System.arraycopy(tokens, 0, one.tokens(), 0, tokens.length);
        return probe(params, one);
    }

    /**
     * Whether the loss is the mean of one term per sequence, each computed from its sequence alone (every sequence
     * with the same number of loss positions), so that the batch's loss and gradient are the size-weighted mean of
     * those of any split of the batch into sub-batches: the trainer may then spread a step over several threads
     * ({@code training.threads}). Models of sufficient statistics or ragged sentences say no.
     */
    default boolean splitsBySequence() {
        return false;
    }

    default double loss(double[] params, Batch batch) {
        return lossAndGradient(params, batch, null);
    }
}
