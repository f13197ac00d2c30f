package tdlab.family.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.family.highorder.LadderKeys;

/**
 * When each head's top position changes. A head has a top block once one block leads all others by
 * {@link #MARGIN} (at the uniform start every mass is ≈ 1/T and the noise would make the argmax flicker); a later
 * block takes over once it leads the current one by the same margin (the S3 panels' stage rule).
 */
final class Switches {
    static final double MARGIN = 0.02;

    private Switches() {
    }

    /** One object per change, in time order per head: head, step, from (null for the first), to; blocks 1-based. */
    static List<Map<String, Object>> of(List<Outcome.Point> history, int heads, int blocks) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < heads; k++) {
            int top = -1;
            for (Outcome.Point p : history) {
                int lead = leader(p.series(), k, blocks, top);
                if (lead >= 0 && lead != top) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("head", k + 1);
                    change.put("step", p.step());
                    change.put("from", top < 0 ? null : top + 1);
                    change.put("to", lead + 1);
                    out.add(change);
                    top = lead;
                }
            }
        }
        return out;
    }

    /** The block leading every other (or, with a current top, leading it) by MARGIN; −1 when none does. */
    private static int leader(Map<String, Double> series, int head, int blocks, int top) {
        int best = -1;
        double bestMass = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < blocks; b++) {
            double m = series.getOrDefault(LadderKeys.mass(head, b), Double.NaN);
            if (!Double.isFinite(m)) {
                return -1;
            }
            if (m > bestMass) {
                second = bestMass;
                bestMass = m;
                best = b;
            } else if (m > second) {
                second = m;
            }
        }
        if (top >= 0) {
            double current = series.get(LadderKeys.mass(head, top));
            return best != top && bestMass - current >= MARGIN ? best : top;
        }
        return bestMass - second >= MARGIN ? best : -1;
    }
}
