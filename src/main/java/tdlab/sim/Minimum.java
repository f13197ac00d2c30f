package tdlab.sim;

import java.util.Locale;

/**
 * Which of the two landmark losses a run sits at: the entropy rate (global minimum, bigram) or the
 * unigram loss H(π) (local minimum). Judged on the validation set against the same set's own bigram and
 * unigram losses, which cancels most of its sampling noise.
 */
public enum Minimum {
    GLOBAL, LOCAL, NONE;

    /** Half-width of the band around a landmark: 10% of the gap between them, at least 0.005 nats. */
    public static double tolerance(RunInfo info) {
        return Math.max(0.005, 0.1 * Math.abs(info.unigramLoss() - info.entropyRate()));
    }

    public static Minimum classify(double valLoss, RunInfo info) {
        if (!Double.isFinite(valLoss)) {
            return NONE;
        }
        double tol = tolerance(info);
        if (Math.abs(valLoss - info.sampleBigram()) <= tol) {
            return GLOBAL;
        }
        if (Math.abs(valLoss - info.sampleUnigram()) <= tol) {
            return LOCAL;
        }
        return NONE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
