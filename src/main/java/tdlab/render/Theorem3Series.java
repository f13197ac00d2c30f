package tdlab.render;

import java.util.List;
import tdlab.family.classes.ScanSnapKeys;
import tdlab.sim.Frame;

/**
 * Theorem 3's two sides over the recorded frames (science.md §4.4), for class 1's most (l) and least (l') likely
 * distinct tokens: the measured ratio r_{l/l'|n}(t)/r(0), with r = c̃_l²/c̃_l'² − 1, beside the theorem's
 * e^{2(z_ml(t) − z_ml(0))}. Both are normalised by the first recorded frame, so they start at 1; the theorem
 * says they agree in the population model with η_Y ≫ η_Z, and finite-batch SGD only roughly follows, so the
 * chart shows them side by side and asserts nothing.
 *
 * @param steps      the frames' steps
 * @param ratio      r(t)/r(0); NaN where r is not finite or r(0) is not a positive number
 * @param prediction e^{2(z(t) − z(0))}; NaN where z is missing
 */
public record Theorem3Series(long[] steps, double[] ratio, double[] prediction) {

    /** Frames 0..upTo (clamped), normalised by frame 0's values. */
    public static Theorem3Series of(List<Frame> frames, int upTo) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        long[] steps = new long[n];
        double[] r = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            Frame f = frames.get(i);
            steps[i] = f.step();
            r[i] = f.series().getOrDefault(ScanSnapKeys.THM3_RATIO, Double.NaN);
            z[i] = f.series().getOrDefault(ScanSnapKeys.THM3_LOGIT, Double.NaN);
        }
        return of(steps, r, z);
    }

    /** From raw r(t) and z(t): the ratio to r at index 0, and e^{2(z − z at index 0)}. */
    public static Theorem3Series of(long[] steps, double[] r, double[] z) {
        int n = steps.length;
        double[] ratio = new double[n];
        double[] prediction = new double[n];
        double r0 = n == 0 ? Double.NaN : r[0];
        double z0 = n == 0 ? Double.NaN : z[0];
        boolean usable = r0 > 0 && Double.isFinite(r0); // r(0) = (P_l/P_l')² − 1 > 0 when P_l > P_l'
        for (int i = 0; i < n; i++) {
            ratio[i] = usable ? r[i] / r0 : Double.NaN;
            prediction[i] = Math.exp(2 * (z[i] - z0));
        }
        return new Theorem3Series(steps.clone(), ratio, prediction);
    }

    public int size() {
        return steps.length;
    }
}
