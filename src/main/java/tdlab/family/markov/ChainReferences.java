package tdlab.family.markov;

import java.util.List;
import java.util.Locale;
import tdlab.family.Reference;
import tdlab.family.TaskTheory;
import tdlab.task.Batch;
import tdlab.task.MarkovChain;
import tdlab.theory.ChainTheory;

/**
 * A chain's theory for one run: the two landmark losses of Local to Global (entropy rate = global minimum,
 * unigram loss H(π) = local minimum), ln k, the stationary law, and the same two references measured on the
 * run's validation set.
 *
 * @param matrix        the transition matrix P[i][j] = P(next = j | current = i)
 * @param stationary    stationary law π of the chain
 * @param entropyRate   global-minimum loss (nats)
 * @param unigramLoss   loss of predicting π (nats)
 * @param uniformLoss   ln k
 * @param sampleBigram  loss of the true law on the validation set (its sampling noise)
 * @param sampleUnigram loss of π on the validation set
 */
public record ChainReferences(double[][] matrix, double[] stationary, double entropyRate, double unigramLoss, double uniformLoss,
                              double sampleBigram, double sampleUnigram) implements TaskTheory {

    public static final String ENTROPY_RATE = "entropy_rate";
    public static final String UNIGRAM_LOSS = "unigram_loss";

    public ChainReferences {
        stationary = stationary.clone();
        matrix = java.util.Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    public static ChainReferences of(MarkovChain chain, Batch validation) {
        ChainTheory theory = ChainTheory.of(chain);
        ChainTheory.SampleReference sample = ChainTheory.onSample(chain, validation);
        return new ChainReferences(chain.matrix().toArray(), theory.stationary(), theory.entropyRate(), theory.unigramLoss(),
                theory.uniformLoss(), sample.bigramLoss(), sample.unigramLoss());
    }

    /**
     * The exact population loss where the model has one; else the validation loss, whose sampling noise is
     * measured against the same set's own bigram loss. Then which landmark the run sits at.
     */
    @Override
    public String narrate(double valLoss, double exactLoss) {
        boolean exact = Double.isFinite(exactLoss);
        double loss = exact ? exactLoss : valLoss;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, " · %s %.4f", exact ? "loss" : "validation loss",
                loss));
        double gap = exact ? loss - entropyRate : valLoss - sampleBigram;
        s.append(String.format(Locale.ROOT, " · %.4f %s the entropy rate %.4f", Math.abs(gap),
                gap >= 0 ? "above" : "below", entropyRate));
        if (!exact) {
            s.append(" (on this validation set)");
        }
        switch (Minimum.classify(valLoss, this)) {
            case GLOBAL -> s.append(" · at the global minimum (the true transition law)");
            case LOCAL -> s.append(" · on the unigram plateau H(π) = ").append(
                    String.format(Locale.ROOT, "%.4f", unigramLoss)).append(": the model ignores its input");
            default -> s.append(valLoss > unigramLoss ? " · above the unigram loss, still fitting the"
                    + " marginal law" : " · between the unigram loss and the entropy rate, heading to the global"
                    + " minimum");
        }
        return s.toString();
    }

    @Override
    public double[][] matrix() {
        return java.util.Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] stationary() {
        return stationary.clone();
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference(ENTROPY_RATE, "entropy rate %.4f (global minimum)", entropyRate, "val_bigram_loss",
                        sampleBigram),
                new Reference(UNIGRAM_LOSS, "unigram loss H(π) %.4f (local minimum)", unigramLoss, "val_unigram_loss",
                        sampleUnigram));
    }
}
