package tdlab.model;

/**
 * What to train: a one-layer transformer in one of its configurations, or a reduced model from the
 * theory papers. Every variant is a validated immutable record that lives beside its implementation; a
 * new model family is a new package with its record and its {@link TrainableModel}s.
 */
public interface ModelSpec {

    /** Number of token values the model reads and predicts. */
    int vocab();

    /** Attention heads the model has; 0 for a model without attention (no attention maps to show). */
    int heads();

    /**
     * True when the model reads real-valued token vectors ({@code Batch.features}) rather than token ids; a
     * run pairs it only with a task whose batches carry them.
     */
    default boolean readsFeatures() {
        return false;
    }

    /**
     * The family's own initialisation ({@code init.scheme} {@code model_default}), for a model whose parameters
     * must start where no generic scheme puts them; empty for the others. A model with one takes only it or an
     * explicit start.
     */
    default java.util.Optional<OwnInit> ownInit() {
        return java.util.Optional.empty();
    }

    /** The shortest training sequence the model can learn from (the Y/Z model needs a context token and a query). */
    default int minSequenceLength() {
        return 1;
    }

    /**
     * The factor the trainer applies to every group's configured learning rate for this model (1 for most): the
     * multi-head classifier of S5 can scale η with its number of heads, which keeps the function-space step
     * independent of H under its 1/H output scale (science.md S5). Frames report the scaled rate.
     */
    default double learningRateScale() {
        return 1;
    }

    /** Short name for logs and files. */
    String kind();

    /**
     * Builds this model on a backend ({@link Backend#AUTO} picks the family's fastest); a backend the
     * family does not implement is refused with a {@link tdlab.task.ConfigException} naming
     * {@code model.backend}.
     */
    TrainableModel create(Backend backend);
}
