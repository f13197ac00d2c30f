package tdlab.sweep;

import tdlab.family.markov.Minimum;

/**
 * The result of one run of a sweep.
 *
 * @param i, j        grid indices (x, y)
 * @param x, y        the cell's coordinates
 * @param loss        final loss: exact population loss for the canonical model, validation loss otherwise
 * @param entropyRate the chain's global minimum
 * @param unigramLoss the chain's unigram loss H(π)
 * @param outcome     where the run ended: global, local or neither (not yet converged)
 * @param analytic    the analytic basin test's outcome (canonical theory), or null where it does not apply
 */
public record SweepCell(int i, int j, double x, double y, double loss, double entropyRate, double unigramLoss,
                        Minimum outcome, Minimum analytic) {

    /** Final loss above the entropy rate, in units of the gap to the unigram loss (0 global, 1 local). */
    public double relativeGap() {
        double gap = unigramLoss - entropyRate;
        return gap > 1e-9 ? (loss - entropyRate) / gap : 0;
    }

    /**
     * Whether the run's outcome contradicts the analytic test, counting only cells where the two minima are
     * far enough apart to tell (more than twice the classification tolerance).
     */
    public boolean disagrees() {
        double gap = unigramLoss - entropyRate;
        return analytic != null && analytic != outcome && gap > 2 * Minimum.tolerance(entropyRate, unigramLoss);
    }

    public int index(int n) {
        return j * n + i;
    }
}
