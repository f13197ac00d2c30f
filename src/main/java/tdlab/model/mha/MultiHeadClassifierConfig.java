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
 */
public record MultiHeadClassifierConfig(int dim, int tokens, int heads) implements ModelSpec {
    public static final int MAX_DIM = 512;
    public static final int MAX_TOKENS = 256;
    public static final int MAX_HEADS = 64;

    public MultiHeadClassifierConfig {
        ConfigException.requireRange(dim, 1, MAX_DIM, "model.dim");
        ConfigException.requireRange(tokens, 1, MAX_TOKENS, "model.tokens");
        ConfigException.requireRange(heads, 1, MAX_HEADS, "model.heads");
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
