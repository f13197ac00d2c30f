package tdlab.family.mixture;

/**
 * Names of the tokenized mixture's per-frame series (metrics.csv columns, {@code Frame.series}); the panels, the
 * measures and the heads sweep read them by these names.
 */
public final class MixtureKeys {
    /** Logistic loss on the whole training set at the frame's parameters (the generic train_loss lags a step). */
    public static final String TRAIN_LOSS = "train_set_loss";
    /** Logistic loss on the test set (the run's validation set: the same number as val_loss). */
    public static final String TEST_LOSS = "test_loss";
    /** Share of training sequences whose sign of Φ is not their label. */
    public static final String TRAIN_ERROR = "train_error";
    /** Share of test sequences whose sign of Φ is not their label (Φ = 0 counts as an error). */
    public static final String TEST_ERROR = "test_error";
    /** Relevant-token attention mass, mean over heads (see {@link MixtureEvaluation}). */
    public static final String RELEVANT_MASS = "relevant_mass";
    /** Prefix of one head's relevant-token mass: {@code relevant_mass_h1} … {@code relevant_mass_hH}. */
    public static final String HEAD_MASS_PREFIX = "relevant_mass_h";

    private MixtureKeys() {
    }

    /** Head h's (1-based) relevant-token mass. */
    public static String headMass(int h) {
        return HEAD_MASS_PREFIX + h;
    }

    /** The 1-based head of a {@link #headMass} key, or −1 for another key. */
    public static int headOf(String key) {
        if (!key.startsWith(HEAD_MASS_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(key.substring(HEAD_MASS_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
