package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.yz.YzConfig;

/** {@code "model": {"type": "yz", "vocab", "heads"}}: Scan and Snap's decoder Y and attention logits Z. */
final class YzSection implements ModelSection<YzConfig> {
    static final String VOCAB = "vocab";
    static final String HEADS = "heads";

    @Override
    public String type() {
        return "yz";
    }

    @Override
    public Class<YzConfig> spec() {
        return YzConfig.class;
    }

    @Override
    public YzConfig read(JsonFields f, Defaults defaults) {
        Integer vocab = f.integer(VOCAB, defaults.vocab(), 2, 4096);
        Integer heads = f.integer(HEADS, 1, 1, 64);
        f.rejectUnknown();
        return vocab == null || heads == null ? null : JsonFields.guard(f.problems(), () -> new YzConfig(vocab, heads));
    }

    @Override
    public void write(YzConfig model, ObjectNode n) {
        n.put(VOCAB, model.vocab());
        n.put(HEADS, model.heads());
    }
}
