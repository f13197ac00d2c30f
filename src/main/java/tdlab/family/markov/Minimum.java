package tdlab.family.markov;

import java.util.Locale;

/**
 * Which of the two landmark losses a run sits at: the entropy rate (global minimum, bigram) or the
 * unigram loss H(π) (local minimum). Judged on the validation set against the same set's own bigram and
 * unigram losses, which cancels most of its sampling noise.
 */
public enum Minimum {
    GLOBAL, LOCAL, NONE;

    /** Half-width of the band around a landmark: 10% of the gap between them, at least 0.005 nats. */
    public static double tolerance(double entropyRate, double unigramLoss) {
        return Math.max(0.005, 0.1 * Math.abs(unigramLoss - entropyRate));
    }

    public static double tolerance(ChainReferences chain) {
        return tolerance(chain.entropyRate(), chain.unigramLoss());
    }

    /** Against the run's validation set's own references. */
    public static Minimum classify(double valLoss, ChainReferences chain) {
        return classify(valLoss, chain.sampleBigram(), chain.sampleUnigram(), tolerance(chain));
    }

    /** Within {@code tol} of the bigram reference, of the unigram reference, or neither. */
    public static Minimum classify(double loss, double bigramReference, double unigramReference, double tol) {
        if (!Double.isFinite(loss)) {
            return NONE;
        }
        if (Math.abs(loss - bigramReference) <= tol) {
            return GLOBAL;
        }
        if (Math.abs(loss - unigramReference) <= tol) {
            return LOCAL;
        }
        return NONE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
