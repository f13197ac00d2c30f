package tdlab.family.population;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss levels of a staircase, read off a loss history: a plateau is a stretch of at least {@link #MIN_FRAMES}
 * frames over which the loss moves by at most {@link #FLAT} of its level between neighbours (so the frames must
 * be close enough for a drop between plateaus to span several of them: S3a records every 0.5 time units). Its
 * level is the loss where the stretch is flattest: the median would be pulled by the slow drift at a plateau's
 * ends (the first plateau of Eq. 4 already sinks by 0.2% per frame while the heads leave the uniform start).
 * Stretches at the same level (within {@link #SAME}) are one plateau interrupted by a wobble.
 * Changes are measured against max(L, floor) with floor = 10⁻³ of the starting loss, so a loss settling at 0
 * makes a last plateau instead of looking ever steeper in relative terms.
 */
final class Plateaus {
    static final double FLAT = 0.005;
    static final double SAME = 0.02;
    static final int MIN_FRAMES = 3;

    private Plateaus() {
    }

    /** The plateau levels in order of time. */
    static List<Double> levels(double[] loss) {
        List<Double> out = new ArrayList<>();
        if (loss.length < MIN_FRAMES) {
            return out;
        }
        double floor = 1e-3 * Math.abs(loss[0]);
        int start = -1;
        for (int i = 0; i <= loss.length; i++) {
            boolean flat = i < loss.length && flat(loss, i, floor);
            if (flat && start < 0) {
                start = i;
            } else if (!flat && start >= 0) {
                if (i - start >= MIN_FRAMES) {
                    add(out, flattest(loss, start, i, floor), floor);
                }
                start = -1;
            }
        }
        return out;
    }

    /** Frame i and its neighbours within FLAT of each other, relative to the level. */
    private static boolean flat(double[] loss, int i, double floor) {
        if (!Double.isFinite(loss[i])) {
            return false;
        }
        double scale = Math.max(Math.abs(loss[i]), floor);
        boolean left = i == 0 || Math.abs(loss[i] - loss[i - 1]) <= FLAT * scale;
        boolean right = i == loss.length - 1 || Math.abs(loss[i + 1] - loss[i]) <= FLAT * scale;
        return left && right;
    }

    private static void add(List<Double> out, double level, double floor) {
        if (!out.isEmpty()) {
            double last = out.get(out.size() - 1);
            if (Math.abs(level - last) <= SAME * Math.max(Math.abs(last), floor)) {
                return;
            }
        }
        out.add(level);
    }

    /** The loss at the frame of [from, to) whose larger neighbour step is smallest relative to its level. */
    private static double flattest(double[] loss, int from, int to, double floor) {
        int best = from;
        double bestChange = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double left = i == 0 ? 0 : Math.abs(loss[i] - loss[i - 1]);
            double right = i == loss.length - 1 ? 0 : Math.abs(loss[i + 1] - loss[i]);
            double change = Math.max(left, right) / Math.max(Math.abs(loss[i]), floor);
            if (change < bestChange) {
                bestChange = change;
                best = i;
            }
        }
        return loss[best];
    }
}
