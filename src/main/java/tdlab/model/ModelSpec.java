package tdlab.model;

/**
 * What to train: a one-layer transformer in one of its configurations, or a reduced model from the
 * theory papers. Every variant is a validated immutable record.
 */
public sealed interface ModelSpec permits TransformerConfig, CanonicalConfig {

    /** Number of token values the model reads and predicts. */
    int vocab();

    /** Short name for logs and files. */
    String kind();
}
