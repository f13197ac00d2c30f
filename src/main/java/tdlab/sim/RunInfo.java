package tdlab.sim;

import java.util.List;

/**
 * Constants of a run that the panels and files show beside the frames.
 *
 * @param name          run name
 * @param backend       implementation that computes the model
 * @param parameters    number of trainable scalars
 * @param totalSteps    configured length of the run
 * @param stationary    stationary law π of the chain
 * @param entropyRate   global-minimum loss (nats)
 * @param unigramLoss   loss of predicting π (nats)
 * @param uniformLoss   ln k
 * @param sampleBigram  loss of the true law on the validation set (its sampling noise)
 * @param sampleUnigram loss of π on the validation set
 * @param warnings      task and configuration warnings
 */
public record RunInfo(String name, String backend, int parameters, long totalSteps, double[] stationary,
                      double entropyRate, double unigramLoss, double uniformLoss, double sampleBigram,
                      double sampleUnigram, List<String> warnings) {

    public RunInfo {
        stationary = stationary.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] stationary() {
        return stationary.clone();
    }
}
