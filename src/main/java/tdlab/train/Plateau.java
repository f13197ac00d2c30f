package tdlab.train;

/**
 * PyTorch's ReduceLROnPlateau in its defaults (mode min, relative threshold 1e-4, cooldown 0, min_lr 0) as a
 * multiplier of the learning rates: a check is better when metric &lt; best·(1 − 1e-4); after more than
 * {@code patience} checks in a row that are not, the multiplier is scaled by {@code factor} and the count
 * restarts. Mutable; its {@link State} goes into checkpoints so that a branched run continues exactly.
 */
public final class Plateau {
    static final double THRESHOLD = 1e-4;
    private final int patience;
    private final double reduction;
    private double best = Double.POSITIVE_INFINITY;
    private int bad;
    private double factor = 1;

    Plateau(int patience, double reduction) {
        this.patience = patience;
        this.reduction = reduction;
    }

    /** One scheduler step with the validation loss. */
    void observe(double metric) {
        if (metric < best * (1 - THRESHOLD)) { // NaN is never better, as in PyTorch
            best = metric;
            bad = 0;
        } else {
            bad++;
        }
        if (bad > patience) {
            factor *= reduction;
            bad = 0;
        }
    }

    double factor() {
        return factor;
    }

    State state() {
        return new State(best, bad, factor);
    }

    void restore(State s) {
        best = s.best();
        bad = s.bad();
        factor = s.factor();
    }

    /**
     * @param best   best validation loss seen
     * @param bad    checks since it, not better
     * @param factor current learning-rate multiplier
     */
    public record State(double best, int bad, double factor) {
        static final State INITIAL = new State(Double.POSITIVE_INFINITY, 0, 1);
    }
}
