package tdlab.theory;

import tdlab.task.Batch;
import tdlab.task.MarkovChain;

/**
 * Closed-form reference losses of next-token prediction on a first-order Markov chain (nats per token,
 * with the first token drawn from the stationary law):
 * <ul>
 *   <li>entropy rate H(x_{n+1} | x_n) = Σ_i π_i H(P_i·): the loss of the true transition law, the global minimum;
 *   <li>unigram loss H(π): the loss of a model that ignores the input and predicts π, the "local minimum";
 *   <li>uniform loss ln k: all logits equal, the loss at a zero initialisation.
 * </ul>
 */
public record ChainTheory(double[] stationary, double entropyRate, double unigramLoss, double uniformLoss) {

    public ChainTheory {
        stationary = stationary.clone();
    }

    public static ChainTheory of(MarkovChain chain) {
        double[] pi = chain.stationary();
        double rate = 0;
        for (int i = 0; i < pi.length; i++) {
            rate += pi[i] * Entropy.of(chain.matrix().row(i));
        }
        return new ChainTheory(pi, rate, Entropy.of(pi), Math.log(pi.length));
    }

    @Override
    public double[] stationary() {
        return stationary.clone();
    }

    /** The gap between the two minima: how much a model loses by ignoring its input. */
    public double gap() {
        return unigramLoss - entropyRate;
    }

    /**
     * The losses that the true transition law and the stationary law achieve on this very batch. A model's
     * validation loss minus these is free of most of the batch's sampling noise.
     */
    public static SampleReference onSample(MarkovChain chain, Batch batch) {
        double[] pi = chain.stationary();
        double bigram = 0;
        double unigram = 0;
        for (int b = 0; b < batch.size(); b++) {
            for (int t = 0; t < batch.length(); t++) {
                int x = batch.input(b, t);
                int y = batch.target(b, t);
                bigram -= Math.log(chain.matrix().get(x, y));
                unigram -= Math.log(pi[y]);
            }
        }
        double n = batch.tokenCount();
        return new SampleReference(bigram / n, unigram / n);
    }

    /** Losses of the true law (bigram) and of the stationary law (unigram) on one sample. */
    public record SampleReference(double bigramLoss, double unigramLoss) {
    }
}
