package tdlab.model.mha;

import tdlab.model.Backend;
import tdlab.model.ModelFactory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.task.ConfigException;

/**
 * The single-layer multi-head attention classifier of Deora et al. (science.md §5.2, scenario S5): H heads
 * of full softmax attention over T real-valued tokens of width d, read by a linear head per head and
 * averaged with weight 1/H into one logit for a binary label.
 *
 * @param dim    d, the width of one token
 * @param tokens T, the number of tokens of one input
 * @param heads  H, the number of heads
 * @param scaleLearningRate "scale η with H": the trainer multiplies every configured learning rate by H
 *               ({@link #learningRateScale()}), so that η = 0.5·H from a configured 0.5 (science.md S5: with the 1/H
 *               output scale each head's gradient is 1/H of the one-head gradient, and the scaled rate keeps the
 *               function-space step independent of H); off, more heads train slower (the S5 pitfall)
 */
public record MultiHeadClassifierConfig(int dim, int tokens, int heads, boolean scaleLearningRate)
        implements ModelSpec {
    public static final int MAX_DIM = 512;
    public static final int MAX_TOKENS = 256;
    public static final int MAX_HEADS = 64;

    public MultiHeadClassifierConfig {
        ConfigException.requireRange(dim, 1, MAX_DIM, "model.dim");
        ConfigException.requireRange(tokens, 1, MAX_TOKENS, "model.tokens");
        ConfigException.requireRange(heads, 1, MAX_HEADS, "model.heads");
    }

    /** With η scaled by H (the default). */
    public MultiHeadClassifierConfig(int dim, int tokens, int heads) {
        this(dim, tokens, heads, true);
    }

    /** The same model with another number of heads (a heads sweep). */
    public MultiHeadClassifierConfig withHeads(int h) {
        return new MultiHeadClassifierConfig(dim, tokens, h, scaleLearningRate);
    }

    /** H when η is scaled with the heads, else 1. */
    @Override
    public double learningRateScale() {
        return scaleLearningRate ? heads : 1;
    }

    /** The two labels y = −1 and y = +1, as tokens 0 and 1. */
    @Override
    public int vocab() {
        return 2;
    }

    @Override
    public boolean readsFeatures() {
        return true;
    }

    @Override
    public String kind() {
        return "multi_head_classifier";
    }

    @Override
    public TrainableModel create(Backend backend) {
        ModelFactory.requirePlain(this, backend);
        return new MultiHeadClassifier(this);
    }
}
