package tdlab.render;

import java.util.Locale;
import java.util.Map;
import tdlab.family.highorder.LadderKeys;

/** The words for a head's value alignment cos(W_V^h, A_k) in a frame's series, for the spans panel's head lines. */
public final class ValueAlignmentText {
    private ValueAlignmentText() {
    }

    /** " · values: cos with A_1…A_h 0.02 / 0.05 / 0.81", or "" when the frame has no alignment for this head. */
    public static String of(Map<String, Double> series, int head, int blocks) {
        if (!series.containsKey(LadderKeys.alignment(head, 0))) {
            return "";
        }
        StringBuilder s = new StringBuilder(" · values: cos with A_1…A_" + blocks + " ");
        for (int k = 0; k < blocks; k++) {
            double c = series.getOrDefault(LadderKeys.alignment(head, k), Double.NaN);
            s.append(k == 0 ? "" : " / ").append(Double.isFinite(c) ? String.format(Locale.ROOT, "%.2f", c) : "–");
        }
        return s.toString();
    }
}
