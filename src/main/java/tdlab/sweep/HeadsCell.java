package tdlab.sweep;

/**
 * One point of a heads sweep: the run with H heads at its end.
 *
 * @param heads     H
 * @param trainLoss final logistic loss on the whole training set (NaN if the run diverged)
 * @param testLoss  final logistic loss on the test set
 * @param testError final 0/1 error on the test set
 * @param mass      final relevant-token attention mass (mean over heads)
 */
public record HeadsCell(int heads, double trainLoss, double testLoss, double testError, double mass) {
}
