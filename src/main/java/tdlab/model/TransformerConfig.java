package tdlab.model;

import tdlab.task.ConfigException;

/**
 * A one-layer transformer, general enough for every scenario of science.md. With width D (embedding
 * width, plus maxLength when positions are one-hot and concatenated) and tokens x_1..x_T:
 *
 * <pre>
 * h0_t = emb(x_t) (+ wpe_t | ⊕ onehot(t))
 * a    = LN1(h0) if layerNorm else h0
 * head j: q = Wq_j a, k = Wk_j a (or a itself without key projection), v = Wv_j a,
 *         A_ts = softmax_{s≤t}(q_t·k_s / √dq)   (causal),   o_j,t = Σ_s A_ts v_s
 * att  = Wo [o_1; …; o_H]  (or Σ_j o_j without output projection)
 * h1   = h0 + att  (att alone without residual)
 * h2   = h1 + W2 act(W1 LN2(h1))  (when a feed-forward block is present)
 * f    = LNf(h2) if layerNorm else h2
 * SOFTMAX: logits = W_head f (+ b);  W_head = wte when tied, the first V coordinates of f for IDENTITY
 * SIGMOID (binary): logit = a·f + b, P(next = 1) = σ(logit);  a = e when tied (scalar embedding)
 * loss = mean cross-entropy over positions t ≥ lossFrom
 * </pre>
 * LayerNorm has a gain and no bias (eps 1e-5); linear layers have no bias.
 *
 * @param vocab            number of token values k
 * @param maxLength        longest sequence the positional encoding covers
 * @param embedding        how tokens enter the residual stream
 * @param embeddingDim     width d of a learned embedding (ignored for ONE_HOT, whose width is vocab)
 * @param positional       positional encoding
 * @param heads            number of attention heads H
 * @param headDim          query/key (and, with an output projection, value) width per head
 * @param keyProjection    false: keys are the (normalised) inputs themselves and queries have width D
 * @param outputProjection false: head outputs (value width D) are summed instead of projected
 * @param residual         residual connections around attention and feed-forward
 * @param layerNorm        pre-LN block with a final LayerNorm (GPT-2 style)
 * @param feedForward      feed-forward block and its activation
 * @param ffMultiplier     hidden width of the feed-forward block in units of D
 * @param output           softmax over the vocabulary, or a single sigmoid logit for binary tokens
 * @param head             how logits are read off the final stream
 * @param headBias         a learned output bias
 * @param lossFrom         first position that contributes to the loss (0 = every position)
 */
public record TransformerConfig(
        int vocab,
        int maxLength,
        Embedding embedding,
        int embeddingDim,
        Positional positional,
        int heads,
        int headDim,
        boolean keyProjection,
        boolean outputProjection,
        boolean residual,
        boolean layerNorm,
        FeedForward feedForward,
        int ffMultiplier,
        Output output,
        Head head,
        boolean headBias,
        int lossFrom) implements ModelSpec {

    public static final int MAX_WIDTH = 1024;
    public static final int MAX_LENGTH = 8192;

    public TransformerConfig {
        String f = "model.";
        ConfigException.require(embedding != null, f + "embedding", "is required");
        ConfigException.require(positional != null, f + "positional", "is required");
        ConfigException.require(feedForward != null, f + "feed_forward", "is required");
        ConfigException.require(output != null, f + "output", "is required");
        ConfigException.require(head != null, f + "head", "is required");
        ConfigException.requireRange(vocab, 2, 4096, f + "vocab");
        ConfigException.requireRange(maxLength, 1, MAX_LENGTH, f + "max_length");
        if (embedding != Embedding.ONE_HOT) {
            ConfigException.requireRange(embeddingDim, 1, MAX_WIDTH, f + "embedding_dim");
        }
        ConfigException.requireRange(heads, 1, 64, f + "heads");
        if (keyProjection || outputProjection) {
            ConfigException.requireRange(headDim, 1, MAX_WIDTH, f + "head_dim");
        }
        ConfigException.requireRange(ffMultiplier, feedForward == FeedForward.NONE ? 0 : 1, 64, f + "ff_multiplier");
        ConfigException.requireRange(lossFrom, 0, maxLength - 1, f + "loss_from");
        if (embedding == Embedding.SCALAR) {
            ConfigException.require(vocab == 2, f + "embedding", "SCALAR (x·e) needs binary tokens, vocab is " + vocab);
        }
        if (output == Output.SIGMOID) {
            ConfigException.require(vocab == 2, f + "output", "SIGMOID needs binary tokens, vocab is " + vocab);
            ConfigException.require(head != Head.IDENTITY, f + "head", "IDENTITY needs the SOFTMAX output");
        }
        if (head == Head.TIED) {
            ConfigException.require(positional != Positional.ONE_HOT_CONCAT, f + "head",
                    "a tied head needs the stream width to equal the embedding width; one-hot concatenated"
                            + " positions widen it");
            if (output == Output.SOFTMAX) {
                ConfigException.require(embedding == Embedding.TOKEN_TABLE, f + "head",
                        "a tied softmax head shares the token table: needs embedding TOKEN_TABLE");
            } else {
                ConfigException.require(embedding == Embedding.SCALAR, f + "head",
                        "a tied sigmoid head shares e: needs embedding SCALAR");
            }
        }
        int width = (embedding == Embedding.ONE_HOT ? vocab : embeddingDim)
                + (positional == Positional.ONE_HOT_CONCAT ? maxLength : 0);
        ConfigException.require(width <= MAX_WIDTH + MAX_LENGTH, f + "embedding_dim", "stream too wide: " + width);
        if (head == Head.IDENTITY) {
            ConfigException.require(width >= vocab, f + "head", "IDENTITY reads the first vocab coordinates;"
                    + " the stream has only " + width);
        }
    }

    /**
     * The reduced "simple" model of Local to Global / Markov-Simple2: scalar embedding x·e, learned
     * positions, one head with all four projections, ReLU feed-forward 4d, no LayerNorm, sigmoid output
     * tied to e with a bias.
     */
    public static TransformerConfig simple(int d, int length) {
        return new TransformerConfig(2, length, Embedding.SCALAR, d, Positional.LEARNED, 1, d, true, true,
                true, false, FeedForward.RELU, 4, Output.SIGMOID, Head.TIED, true, 0);
    }

    /**
     * The reference GPT block of Attention with Markov (Markov-LLM's GPTBase, one layer): pre-LN, exact-GELU
     * MLP 4d, softmax head with bias. The golden fixtures pin it to the seed's code step for step.
     */
    public static TransformerConfig gpt(int vocab, int d, int heads, int length, boolean tied) {
        return new TransformerConfig(vocab, length, Embedding.TOKEN_TABLE, d, Positional.LEARNED, heads, d / heads,
                true, true, true, true, FeedForward.GELU_ERF, 4, Output.SOFTMAX, tied ? Head.TIED : Head.UNTIED,
                true, 0);
    }

    @Override
    public TrainableModel create(Backend backend) {
        return ModelFactory.transformer(this, backend);
    }

    @Override
    public String kind() {
        return "transformer";
    }

    /** Refuses sequences the positional encoding does not cover or that leave no loss position. */
    public int checkSequenceLength(int length) {
        if (length > maxLength) {
            throw new IllegalArgumentException("sequence length " + length + " exceeds the model's max_length "
                    + maxLength);
        }
        if (length <= lossFrom) {
            throw new IllegalArgumentException("sequence length " + length + " leaves no position at or after"
                    + " loss_from " + lossFrom);
        }
        return length;
    }

    /** Width of the token part of the stream. */
    public int tokenWidth() {
        return embedding == Embedding.ONE_HOT ? vocab : embeddingDim;
    }

    /** Width D of the residual stream. */
    public int width() {
        return tokenWidth() + (positional == Positional.ONE_HOT_CONCAT ? maxLength : 0);
    }

    /** Query/key width per head. */
    public int queryDim() {
        return keyProjection ? headDim : width();
    }

    /** Value width per head. */
    public int valueDim() {
        return outputProjection ? headDim : width();
    }

    public int ffWidth() {
        return feedForward == FeedForward.NONE ? 0 : ffMultiplier * width();
    }

    /** Number of logits per position. */
    public int logitCount() {
        return output == Output.SIGMOID ? 1 : vocab;
    }

    public enum Embedding {
        /** A learned table wte[k][d]. */
        TOKEN_TABLE,
        /** Binary tokens enter as x·e with a learned vector e (the papers' scalar embedding). */
        SCALAR,
        /** Fixed one-hot vectors of width vocab (no parameters). */
        ONE_HOT
    }

    public enum Positional {
        /** A learned table wpe[maxLength][D], added. */
        LEARNED,
        /** No positional information. */
        NONE,
        /** onehot(t) of width maxLength concatenated to the token part (fixed). */
        ONE_HOT_CONCAT
    }

    public enum FeedForward {
        NONE,
        RELU,
        /** GELU in its tanh form 0.5u(1 + tanh(√(2/π)(u + 0.044715u³))), within 5e-4 of the erf form. */
        GELU_TANH,
        /** GELU in its exact form u·Φ(u) = 0.5u(1 + erf(u/√2)): PyTorch's {@code nn.GELU()}, the seed's MLP. */
        GELU_ERF;

        /** Either form of GELU. */
        public boolean isGelu() {
            return this == GELU_TANH || this == GELU_ERF;
        }
    }

    public enum Output {
        SOFTMAX, SIGMOID
    }

    public enum Head {
        /** Shares the embedding (wte for softmax, e for sigmoid). */
        TIED,
        /** A separate learned head. */
        UNTIED,
        /** Logits are the first vocab coordinates of the stream (a frozen identity decoder). */
        IDENTITY
    }
}
