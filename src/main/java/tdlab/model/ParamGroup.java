package tdlab.model;

/** Parameter groups; each gets its own learning rate and weight decay. */
public enum ParamGroup {
    /** Token and positional embeddings (and, when tied, the output head that shares them). */
    EMBEDDING,
    /** Query, key, value and output projections. */
    ATTENTION,
    /** The feed-forward block. */
    FEED_FORWARD,
    /** LayerNorm gains. */
    NORM,
    /** An untied output head. */
    HEAD,
    /** Output biases. */
    BIAS;

    /** Lower-case name used in presets and on the command line. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
