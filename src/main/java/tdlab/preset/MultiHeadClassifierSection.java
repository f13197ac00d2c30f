package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.mha.MultiHeadClassifierConfig;

/**
 * {@code "model": {"type": "multi_head_classifier", "dim", "tokens", "heads", "scale_learning_rate_with_heads"}}: the
 * classifier of S5. {@code scale_learning_rate_with_heads} (default true) makes the trainer apply H × the configured
 * learning rates (η = 0.5·H from {@code training.learning_rate} 0.5); false shows the unscaled pitfall.
 */
final class MultiHeadClassifierSection implements ModelSection<MultiHeadClassifierConfig> {
    static final String DIM = "dim";
    static final String TOKENS = "tokens";
    static final String HEADS = "heads";
    static final String SCALE_RATE = "scale_learning_rate_with_heads";

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
        Boolean scale = f.bool(SCALE_RATE, true);
        f.rejectUnknown();
        return dim == null || tokens == null || heads == null || scale == null ? null
                : JsonFields.guard(f.problems(), () -> new MultiHeadClassifierConfig(dim, tokens, heads, scale));
    }

    @Override
    public void write(MultiHeadClassifierConfig model, ObjectNode n) {
        n.put(DIM, model.dim());
        n.put(TOKENS, model.tokens());
        n.put(HEADS, model.heads());
        n.put(SCALE_RATE, model.scaleLearningRate());
    }
}
