package tdlab.model;

import tdlab.model.TransformerConfig.Embedding;
import tdlab.model.TransformerConfig.FeedForward;
import tdlab.model.TransformerConfig.Head;
import tdlab.model.TransformerConfig.Output;
import tdlab.model.TransformerConfig.Positional;

/**
 * The parameter tensors of a {@link TransformerConfig}, shared by every backend so that one flat
 * parameter array means the same thing everywhere. Matrices are stored [out][in] (y = W x).
 */
public final class TransformerLayout {
    public static final String WTE = "wte";
    public static final String E = "e";
    public static final String WPE = "wpe";
    public static final String LN1 = "ln1.w";
    public static final String WQ = "attn.wq";
    public static final String WK = "attn.wk";
    public static final String WV = "attn.wv";
    public static final String WO = "attn.wo";
    public static final String LN2 = "ln2.w";
    public static final String W1 = "ff.w1";
    public static final String W2 = "ff.w2";
    public static final String LNF = "lnf.w";
    public static final String HEAD_W = "head.w";
    public static final String HEAD_A = "head.a";
    public static final String HEAD_B = "head.b";

    private TransformerLayout() {
    }

    public static ParamLayout of(TransformerConfig c) {
        int d = c.width();
        ParamLayout.Builder b = ParamLayout.builder();
        if (c.embedding() == Embedding.TOKEN_TABLE) {
            b.add(WTE, ParamGroup.EMBEDDING, c.vocab(), c.embeddingDim());
        } else if (c.embedding() == Embedding.SCALAR) {
            b.add(E, ParamGroup.EMBEDDING, c.embeddingDim());
        }
        if (c.positional() == Positional.LEARNED) {
            b.add(WPE, ParamGroup.EMBEDDING, c.maxLength(), d);
        }
        if (c.layerNorm()) {
            b.add(LN1, ParamGroup.NORM, d);
        }
        b.add(WQ, ParamGroup.ATTENTION, c.heads() * c.queryDim(), d);
        if (c.keyProjection()) {
            b.add(WK, ParamGroup.ATTENTION, c.heads() * c.queryDim(), d);
        }
        b.add(WV, ParamGroup.ATTENTION, c.heads() * c.valueDim(), d);
        if (c.outputProjection()) {
            b.add(WO, ParamGroup.ATTENTION, d, c.heads() * c.valueDim());
        }
        if (c.feedForward() != FeedForward.NONE) {
            if (c.layerNorm()) {
                b.add(LN2, ParamGroup.NORM, d);
            }
            b.add(W1, ParamGroup.FEED_FORWARD, c.ffWidth(), d);
            b.add(W2, ParamGroup.FEED_FORWARD, d, c.ffWidth());
        }
        if (c.layerNorm()) {
            b.add(LNF, ParamGroup.NORM, d);
        }
        if (c.head() == Head.UNTIED) {
            if (c.output() == Output.SOFTMAX) {
                b.add(HEAD_W, ParamGroup.HEAD, c.vocab(), d);
            } else {
                b.add(HEAD_A, ParamGroup.HEAD, d);
            }
        }
        if (c.headBias()) {
            b.add(HEAD_B, ParamGroup.BIAS, c.logitCount());
        }
        return b.build();
    }
}
