package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.kqov.KqOvConfig;

/**
 * {@code "model": {"type": "kq_ov", "vocab", "embedding_dim", "embedding_seed"}}: combined key-query and
 * output-value matrices over one-hot ({@code embedding_dim} 0) or fixed random embeddings.
 */
final class KqOvSection implements ModelSection<KqOvConfig> {
    static final String VOCAB = "vocab";
    static final String EMBEDDING_DIM = "embedding_dim";
    static final String EMBEDDING_SEED = "embedding_seed";

    @Override
    public String type() {
        return "kq_ov";
    }

    @Override
    public Class<KqOvConfig> spec() {
        return KqOvConfig.class;
    }

    @Override
    public KqOvConfig read(JsonFields f, Defaults defaults) {
        Integer vocab = f.integer(VOCAB, defaults.vocab(), 2, 1024);
        Integer dim = f.integer(EMBEDDING_DIM, 0, 0, 1024);
        Long seed = f.longValue(EMBEDDING_SEED, 0L);
        f.rejectUnknown();
        return vocab == null || dim == null || seed == null ? null
                : JsonFields.guard(f.problems(), () -> new KqOvConfig(vocab, dim, seed));
    }

    @Override
    public void write(KqOvConfig model, ObjectNode n) {
        n.put(VOCAB, model.vocab());
        n.put(EMBEDDING_DIM, model.embeddingDim());
        n.put(EMBEDDING_SEED, model.embeddingSeed());
    }
}
