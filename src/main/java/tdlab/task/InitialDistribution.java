package tdlab.task;

/** How the first token of each sequence is drawn. */
public enum InitialDistribution {
    /** From the stationary distribution π, so every position has the same marginal law. */
    STATIONARY,
    /** Uniformly over the states (the reference code's {@code --initial uniform}). */
    UNIFORM
}
