package tdlab.model;

import java.util.List;
import tdlab.model.TransformerConfig.Embedding;
import tdlab.model.TransformerConfig.FeedForward;
import tdlab.model.TransformerConfig.Head;
import tdlab.model.TransformerConfig.Output;
import tdlab.model.TransformerConfig.Positional;

/** Small configurations that together switch every option of {@link TransformerConfig}. */
public final class TransformerConfigs {
    private TransformerConfigs() {
    }

    public record Named(String name, TransformerConfig config) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Named> all() {
        return List.of(
                new Named("simple (S2)", TransformerConfig.simple(4, 13)),
                new Named("gpt tied (reference)", TransformerConfig.gpt(2, 8, 1, 13, true)),
                new Named("gpt untied 3 states 2 heads", TransformerConfig.gpt(3, 8, 2, 13, false)),
                new Named("minimal S3b: one-hot ⊕ positions, 3 heads, no key/out proj, no residual, identity",
                        new TransformerConfig(5, 9, Embedding.ONE_HOT, 0, Positional.ONE_HOT_CONCAT, 3, 0, false,
                                false, false, false, FeedForward.NONE, 0, Output.SOFTMAX, Head.IDENTITY, false, 3)),
                new Named("table, no positions, relu, untied sigmoid, no bias",
                        new TransformerConfig(2, 12, Embedding.TOKEN_TABLE, 6, Positional.NONE, 2, 3, true, true,
                                true, false, FeedForward.RELU, 2, Output.SIGMOID, Head.UNTIED, false, 0)),
                new Named("layernorm + one-hot embedding + identity head with bias, no key proj",
                        new TransformerConfig(4, 10, Embedding.ONE_HOT, 0, Positional.LEARNED, 2, 3, false, true,
                                true, true, FeedForward.GELU_TANH, 1, Output.SOFTMAX, Head.IDENTITY, true, 1)));
    }
}
