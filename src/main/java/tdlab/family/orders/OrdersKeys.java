package tdlab.family.orders;

/** Names of S6's per-frame series (metrics.csv columns, {@code Frame.series}); panels and measures read them. */
public final class OrdersKeys {
    /** 1 − cos(W_ov, W_ov*), Frobenius cosine (NaN while W_ov = 0). */
    public static final String COS_GAP_WOV = "cos_gap_wov";
    /** 1 − cos(W_kq, W_kq*) (NaN while W_kq = 0). */
    public static final String COS_GAP_WKQ = "cos_gap_wkq";
    /** ‖W_ov‖_F. */
    public static final String WOV_NORM = "wov_norm";
    /** ‖W_kq‖_F. */
    public static final String WKQ_NORM = "wkq_norm";
    /** Stage 1's loss: the mean −ln p(n(x) | x) over the K collocation pairs (one-token sentences). */
    public static final String COLLOCATION_LOSS = "collocation_loss";
    /** The attention on the optimal token, averaged over the training sentences. */
    public static final String OPTIMAL_ATTENTION = "optimal_attention";
    /** Share of training sentences whose largest logit is their label (an m-way tie counts 1/m). */
    public static final String TRAIN_ACCURACY = "train_accuracy";
    /** Share of shift sentences whose largest logit is their label (an m-way tie counts 1/m). */
    public static final String SHIFT_ACCURACY = "shift_accuracy";
    /** Prefix of the attention on the optimal token of training sentence i: {@code opt_attn_<i>}, i < {@link #SHOWN}. */
    public static final String SENTENCE_PREFIX = "opt_attn_";
    /** How many training sentences (the first ones) get their own attention series. */
    public static final int SHOWN = 8;

    private OrdersKeys() {
    }

    public static String sentence(int i) {
        return SENTENCE_PREFIX + i;
    }
}
