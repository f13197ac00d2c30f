package tdlab.preset;

import static tdlab.preset.SectionJson.key;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.TransformerConfig;

/**
 * {@code "model": {"type": "transformer", "base": "simple" | "gpt" | "none", ...}}: the base gives the
 * defaults and every field of {@link TransformerConfig} overrides them. The writer writes every field and
 * no base.
 */
final class TransformerSection implements ModelSection<TransformerConfig> {
    static final String BASE = "base";
    static final String SIMPLE = "simple";
    static final String GPT = "gpt";
    static final String NONE = "none";

    static final String VOCAB = "vocab";
    static final String MAX_LENGTH = "max_length";
    static final String EMBEDDING = "embedding";
    static final String EMBEDDING_DIM = "embedding_dim";
    static final String POSITIONAL = "positional";
    static final String HEADS = "heads";
    static final String HEAD_DIM = "head_dim";
    static final String KEY_PROJECTION = "key_projection";
    static final String OUTPUT_PROJECTION = "output_projection";
    static final String RESIDUAL = "residual";
    static final String LAYER_NORM = "layer_norm";
    static final String FEED_FORWARD = "feed_forward";
    static final String FF_MULTIPLIER = "ff_multiplier";
    static final String OUTPUT = "output";
    static final String HEAD = "head";
    static final String HEAD_BIAS = "head_bias";
    static final String LOSS_FROM = "loss_from";

    @Override
    public String type() {
        return "transformer";
    }

    @Override
    public Class<TransformerConfig> spec() {
        return TransformerConfig.class;
    }

    @Override
    public TransformerConfig read(JsonFields f, Defaults defaults) {
        String base = f.text(BASE, NONE, 16);
        int vocabDefault = defaults.vocab();
        int lengthDefault = defaults.sequenceLength();
        TransformerConfig d = switch (base) {
            case SIMPLE -> TransformerConfig.simple(4, lengthDefault);
            case GPT -> TransformerConfig.gpt(vocabDefault, 8, 1, lengthDefault, true);
            case NONE -> null;
            default -> {
                f.problems().add(f.child(BASE) + ": must be \"" + SIMPLE + "\", \"" + GPT + "\" or \"" + NONE
                        + "\", got \"" + base + "\"");
                yield null;
            }
        };
        boolean hasBase = d != null;
        Integer vocab = f.integer(VOCAB, vocabDefault, 2, 4096);
        Integer maxLength = f.integer(MAX_LENGTH, lengthDefault, 1, TransformerConfig.MAX_LENGTH);
        TransformerConfig.Embedding emb = f.choice(EMBEDDING, TransformerConfig.Embedding.class,
                hasBase ? d.embedding() : null);
        Integer dim = f.integer(EMBEDDING_DIM, hasBase ? d.embeddingDim() : 0, 0, TransformerConfig.MAX_WIDTH);
        TransformerConfig.Positional pos = f.choice(POSITIONAL, TransformerConfig.Positional.class,
                hasBase ? d.positional() : null);
        Integer heads = f.integer(HEADS, hasBase ? d.heads() : 1, 1, 64);
        Integer defaultHeadDim = dim != null && heads != null && heads > 0 ? dim / heads : 0;
        Integer headDim = f.integer(HEAD_DIM, defaultHeadDim, 0, TransformerConfig.MAX_WIDTH);
        Boolean keyProj = f.bool(KEY_PROJECTION, hasBase ? d.keyProjection() : null);
        Boolean outProj = f.bool(OUTPUT_PROJECTION, hasBase ? d.outputProjection() : null);
        Boolean residual = f.bool(RESIDUAL, hasBase ? d.residual() : null);
        Boolean ln = f.bool(LAYER_NORM, hasBase ? d.layerNorm() : null);
        TransformerConfig.FeedForward ff = f.choice(FEED_FORWARD, TransformerConfig.FeedForward.class,
                hasBase ? d.feedForward() : null);
        Integer ffMult = f.integer(FF_MULTIPLIER, hasBase ? d.ffMultiplier() : 4, 0, 64);
        TransformerConfig.Output out = f.choice(OUTPUT, TransformerConfig.Output.class, hasBase ? d.output() : null);
        TransformerConfig.Head head = f.choice(HEAD, TransformerConfig.Head.class, hasBase ? d.head() : null);
        Boolean bias = f.bool(HEAD_BIAS, hasBase ? d.headBias() : null);
        Integer lossFrom = f.integer(LOSS_FROM, 0, 0, TransformerConfig.MAX_LENGTH);
        f.rejectUnknown();
        if (vocab == null || maxLength == null || emb == null || dim == null || pos == null || heads == null
                || headDim == null || keyProj == null || outProj == null || residual == null || ln == null
                || ff == null || ffMult == null || out == null || head == null || bias == null || lossFrom == null) {
            return null;
        }
        int mult = ff == TransformerConfig.FeedForward.NONE ? 0 : ffMult;
        return JsonFields.guard(f.problems(), () -> new TransformerConfig(vocab, maxLength, emb, dim, pos, heads,
                headDim, keyProj, outProj, residual, ln, ff, mult, out, head, bias, lossFrom));
    }

    @Override
    public void write(TransformerConfig t, ObjectNode n) {
        n.put(VOCAB, t.vocab());
        n.put(MAX_LENGTH, t.maxLength());
        n.put(EMBEDDING, key(t.embedding()));
        n.put(EMBEDDING_DIM, t.embeddingDim());
        n.put(POSITIONAL, key(t.positional()));
        n.put(HEADS, t.heads());
        n.put(HEAD_DIM, t.headDim());
        n.put(KEY_PROJECTION, t.keyProjection());
        n.put(OUTPUT_PROJECTION, t.outputProjection());
        n.put(RESIDUAL, t.residual());
        n.put(LAYER_NORM, t.layerNorm());
        n.put(FEED_FORWARD, key(t.feedForward()));
        n.put(FF_MULTIPLIER, t.ffMultiplier());
        n.put(OUTPUT, key(t.output()));
        n.put(HEAD, key(t.head()));
        n.put(HEAD_BIAS, t.headBias());
        n.put(LOSS_FROM, t.lossFrom());
    }
}
