package tdlab.task;

/**
 * A data-generating process for next-token prediction. Markov chains now; high-order chains,
 * partial-order sentences, sequence classes and tokenized mixtures join as further variants.
 */
public sealed interface TaskSpec permits MarkovTask {

    /** Number of token values. */
    int vocab();

    /** Warnings for the user (e.g. a chain whose stationary law is not unique); empty when none. */
    java.util.List<String> warnings();
}
