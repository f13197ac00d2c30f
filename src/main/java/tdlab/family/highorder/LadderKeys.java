package tdlab.family.highorder;

import java.util.Locale;
import java.util.Map;

/**
 * The names of the per-frame series {@link LadderSeries} writes, spelled once: metrics.csv, the measures and the
 * S3 panels all read the same keys, so a renamed column cannot leave a panel silently empty.
 */
public final class LadderKeys {
    /** The student's validation loss minus the teacher's on the same targets. */
    public static final String EXCESS = "excess_loss";

    private LadderKeys() {
    }

    /** KL(p^(k) ‖ student), k = 1..h (1 = the most important block alone, h = the full teacher). */
    public static String kl(int k) {
        return "kl_" + k;
    }

    /** Head {@code head}'s attention mass on block {@code block}, both 0-based here and 1-based in the key. */
    public static String mass(int head, int block) {
        return String.format(Locale.ROOT, "mass_h%d_b%d", head + 1, block + 1);
    }

    /** cos(W_V^head, A_block) of §3.3 ({@link ValueAlignment}), both 0-based here and 1-based in the key. */
    public static String alignment(int head, int block) {
        return String.format(Locale.ROOT, "align_h%d_b%d", head + 1, block + 1);
    }

    /** How many heads a frame's series holds masses for (0 for another family's series). */
    public static int heads(Map<String, Double> series) {
        int j = 0;
        while (series.containsKey(mass(j, 0))) {
            j++;
        }
        return j;
    }

    /**
     * How many blocks the first head's masses cover (0 without masses). The spans panel counts blocks this way, not
     * by the KL ladder: a population flow (S3a) has masses but no teacher law to take a KL to.
     */
    public static int massBlocks(Map<String, Double> series) {
        int k = 0;
        while (series.containsKey(mass(0, k))) {
            k++;
        }
        return k;
    }

    /** How many blocks h the series covers: its KL ladder's length (0 for another family's series). */
    public static int blocks(Map<String, Double> series) {
        int k = 0;
        while (series.containsKey(kl(k + 1))) {
            k++;
        }
        return k;
    }

    /**
     * How many distinct blocks the heads hold as their top block in a frame's series: the stages learned so far
     * (every head on the newest block is one; one block per head is h). Null without masses.
     */
    public static Integer blocksLearned(Map<String, Double> series) {
        int heads = heads(series);
        int blocks = massBlocks(series);
        java.util.Set<Integer> tops = new java.util.HashSet<>();
        for (int j = 0; j < heads; j++) {
            int top = -1;
            double topMass = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < blocks; k++) {
                double mass = series.getOrDefault(mass(j, k), Double.NaN);
                if (mass > topMass) {
                    top = k;
                    topMass = mass;
                }
            }
            if (top >= 0) {
                tops.add(top);
            }
        }
        return tops.isEmpty() ? null : tops.size();
    }
}
