package tdlab.task;

import java.util.SplittableRandom;

/**
 * {@link TwoStateDraws} from SplittableRandom's own draws, without a branch on the token: the rare transitions of
 * the sweeps' chains made a branch mispredict. For doubles in [0, 1] the raw bits order like the values, so u ≥ c
 * is the sign of bits(u) − bits(c).
 */
final class ScalarTwoStateDraws implements TwoStateDraws {
    private final long first;
    private final long after0;
    private final long after1;

    ScalarTwoStateDraws(double first, double after0, double after1) {
        this.first = Double.doubleToRawLongBits(first);
        this.after0 = Double.doubleToRawLongBits(after0);
        this.after1 = Double.doubleToRawLongBits(after1);
    }

    @Override
    public long sequence(int[] tokens, int off, int n, long state) {
        SplittableRandom random = new SplittableRandom(state);
        int x = atLeast(random.nextDouble(), first);
        tokens[off] = x;
        for (int t = 1; t < n; t++) {
            long u = Double.doubleToRawLongBits(random.nextDouble());
            int next0 = 1 - (int) ((u - after0) >>> 63); // the token after a 0: 1 iff u ≥ P(0 | 0)
            int next1 = 1 - (int) ((u - after1) >>> 63);
            x = next0 ^ (x & (next0 ^ next1));
            tokens[off + t] = x;
        }
        return state + n * GAMMA;
    }

    private static int atLeast(double u, long bits) {
        return 1 - (int) ((Double.doubleToRawLongBits(u) - bits) >>> 63);
    }
}
