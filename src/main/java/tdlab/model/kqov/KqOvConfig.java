package tdlab.model.kqov;

import tdlab.model.Backend;
import tdlab.model.ModelFactory;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.task.ConfigException;

/**
 * The one-layer transformer of Huang–Liang–Yang with a combined key-query matrix W_kq and a combined
 * output-value matrix W_ov (science.md §2.2, scenario S6).
 *
 * @param vocab         K, the number of tokens
 * @param embeddingDim  0 for one-hot embeddings (d = K), else the width d of fixed Gaussian embeddings
 * @param embeddingSeed seed of the Gaussian embeddings (unused when one-hot)
 */
public record KqOvConfig(int vocab, int embeddingDim, long embeddingSeed) implements ModelSpec {

    public KqOvConfig {
        ConfigException.requireRange(vocab, 2, 1024, "model.vocab");
        ConfigException.require(embeddingDim == 0 || embeddingDim >= 2 && embeddingDim <= 1024,
                "model.embedding_dim", "must be 0 (one-hot) or an integer in [2, 1024], got " + embeddingDim);
    }

    /** One-hot embeddings with d = K. */
    public static KqOvConfig oneHot(int vocab) {
        return new KqOvConfig(vocab, 0, 0);
    }

    public boolean isOneHot() {
        return embeddingDim == 0;
    }

    /** The embedding width d: K when one-hot. */
    public int dim() {
        return isOneHot() ? vocab : embeddingDim;
    }

    /** One attention: the query's scores over the sentence. */
    @Override
    public int heads() {
        return 1;
    }

    @Override
    public String kind() {
        return "kq_ov";
    }

    @Override
    public TrainableModel create(Backend backend) {
        ModelFactory.requirePlain(this, backend);
        return new KqOvModel(this);
    }
}
