package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.mha.MultiHeadClassifierConfig;

/** {@code "model": {"type": "multi_head_classifier", "dim", "tokens", "heads"}}: the classifier of S5. */
final class MultiHeadClassifierSection implements ModelSection<MultiHeadClassifierConfig> {
    static final String DIM = "dim";
    static final String TOKENS = "tokens";
    static final String HEADS = "heads";

    @Override
    public String type() {
        return "multi_head_classifier";
    }

    @Override
    public Class<MultiHeadClassifierConfig> spec() {
        return MultiHeadClassifierConfig.class;
    }

    @Override
    public MultiHeadClassifierConfig read(JsonFields f, Defaults defaults) {
        Integer dim = f.integer(DIM, null, 1, MultiHeadClassifierConfig.MAX_DIM);
        Integer tokens = f.integer(TOKENS, defaults.sequenceLength(), 1, MultiHeadClassifierConfig.MAX_TOKENS);
        Integer heads = f.integer(HEADS, 1, 1, MultiHeadClassifierConfig.MAX_HEADS);
        f.rejectUnknown();
        return dim == null || tokens == null || heads == null ? null
                : JsonFields.guard(f.problems(), () -> new MultiHeadClassifierConfig(dim, tokens, heads));
    }

    @Override
    public void write(MultiHeadClassifierConfig model, ObjectNode n) {
        n.put(DIM, model.dim());
        n.put(TOKENS, model.tokens());
        n.put(HEADS, model.heads());
    }
}
