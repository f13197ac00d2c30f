package tdlab.model.yz;

import tdlab.model.Backend;
import tdlab.model.ModelFactory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.task.ConfigException;

/**
 * Scan and Snap's reparameterised one-layer transformer (science.md §4.1): a decoder Y (stored as
 * K1 = Yᵀ) and {@code heads} pairwise attention-logit matrices Z_h over a vocabulary of M tokens.
 *
 * @param vocab M, the number of token values (contextual, query and next tokens together)
 * @param heads H, the number of independent Z matrices whose normalised outputs are averaged
 */
public record YzConfig(int vocab, int heads) implements ModelSpec {

    public YzConfig {
        ConfigException.requireRange(vocab, 2, 4096, "model.vocab");
        ConfigException.requireRange(heads, 1, 64, "model.heads");
    }

    @Override
    public String kind() {
        return "yz";
    }

    /** At least one context token before the query: with none there is nothing to attend to. */
    @Override
    public int minSequenceLength() {
        return 2;
    }

    @Override
    public TrainableModel create(Backend backend) {
        ModelFactory.requirePlain(this, backend);
        return new YzModel(this);
    }
}
