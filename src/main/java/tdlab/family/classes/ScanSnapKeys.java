package tdlab.family.classes;

/**
 * Names of Scan and Snap's per-frame series (metrics.csv columns, {@code Frame.series}); the panels and the
 * measures read them by these names. "Class 1" is the first class (index 0), the paper's Fig. 4 class.
 */
public final class ScanSnapKeys {
    /** Prefix of class 1's c_n on one token: {@code scan_c1_<token id>}, CTs first, DTs by increasing P(l|n). */
    public static final String SCORE_PREFIX = "scan_c1_";
    /** Σ c_n over class 1's common tokens. */
    public static final String CT_MASS = "ct_mass";
    /** c_n of class 1's most likely distinct token. */
    public static final String TOP_DT_MASS = "top_dt_mass";
    /** c_n of class 1's least likely distinct token. */
    public static final String LOW_DT_MASS = "low_dt_mass";
    /** Entropy of class 1's c_n on its distinct tokens, renormalised. */
    public static final String DT_ENTROPY = "dt_entropy";
    /** That entropy averaged over every class (the Fig. 6 quantity). */
    public static final String DT_ENTROPY_MEAN = "dt_entropy_mean";
    /** Theorem 3's r_{l/l'|n}(t) = c̃_l²/c̃_l'² − 1 for class 1's top (l) and lowest (l') distinct tokens. */
    public static final String THM3_RATIO = "thm3_r";
    /** z_{m,l}(t) of that top distinct token (head 1): e^{2(z(t) − z(0))} is Theorem 3's prediction of r(t)/r(0). */
    public static final String THM3_LOGIT = "thm3_z";

    private ScanSnapKeys() {
    }

    public static String score(int token) {
        return SCORE_PREFIX + token;
    }

    public static boolean isScore(String key) {
        return key.startsWith(SCORE_PREFIX);
    }

    /** The token id of a {@link #score} key. */
    public static int tokenOf(String key) {
        return Integer.parseInt(key.substring(SCORE_PREFIX.length()));
    }
}
