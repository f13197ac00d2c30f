package tdlab.task;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link TwoStateDraws} with the Vector API: SplittableRandom's draws are a function of the state alone (the state
 * steps by the gamma, and each draw is SplitMix64's mix of it), so a vector of states gives a vector of draws. A
 * draw is u = (mix >>> 11)·2⁻⁵³, so u &lt; c exactly when the integer mix >>> 11 is below ⌈c·2⁵³⌉. Each draw leaves
 * a two-bit code (the token after a 0; whether the token after a 1 differs from it), then one serial pass follows
 * the chain through the codes. Not thread-safe: one per sampler.
 */
final class VectorTwoStateDraws implements TwoStateDraws {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final long MIX1 = 0xbf58476d1ce4e5b9L;
    private static final long MIX2 = 0x94d049bb133111ebL;
    /** Lane i holds (i + 1)·γ: the states of the next draws. */
    private static final LongVector STEPS = LongVector.zero(LONGS).addIndex(1).add(1L).mul(GAMMA);

    private final long first;
    private final long after0;
    private final long after1;
    private long[] codes = new long[0];

    VectorTwoStateDraws(double first, double after0, double after1) {
        this.first = threshold(first);
        this.after0 = threshold(after0);
        this.after1 = threshold(after1);
    }

    /** ⌈c·2⁵³⌉, exact (c·2⁵³ is): u = k·2⁻⁵³ is below c exactly when the integer k is below it. */
    private static long threshold(double c) {
        return (long) Math.ceil(c * 0x1.0p53);
    }

    /** SplittableRandom.mix64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * MIX1;
        z = (z ^ (z >>> 27)) * MIX2;
        return z ^ (z >>> 31);
    }

    @Override
    public long sequence(int[] tokens, int off, int n, long state) {
        state += GAMMA;
        int x = (mix(state) >>> 11) >= first ? 1 : 0;
        tokens[off] = x;
        int draws = n - 1;
        if (codes.length < draws) {
            codes = new long[draws];
        }
        int lanes = LONGS.length();
        long step = lanes * GAMMA;
        int t = 0;
        for (; t + lanes <= draws; t += lanes, state += step) {
            LongVector z = STEPS.add(state);
            z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(MIX1);
            z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(MIX2);
            LongVector k = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31))
                    .lanewise(VectorOperators.LSHR, 11);
            LongVector next0 = k.sub(after0).lanewise(VectorOperators.LSHR, 63).lanewise(VectorOperators.XOR, 1L);
            LongVector next1 = k.sub(after1).lanewise(VectorOperators.LSHR, 63).lanewise(VectorOperators.XOR, 1L);
            next0.or(next0.lanewise(VectorOperators.XOR, next1).lanewise(VectorOperators.LSHL, 1)).intoArray(codes, t);
        }
        for (; t < draws; t++) {
            state += GAMMA;
            long k = mix(state) >>> 11;
            long next0 = ((k - after0) >>> 63) ^ 1;
            long next1 = ((k - after1) >>> 63) ^ 1;
            codes[t] = next0 | (next0 ^ next1) << 1;
        }
        for (int i = 0; i < draws; i++) {
            int c = (int) codes[i];
            x = (c & 1) ^ (x & (c >> 1));
            tokens[off + 1 + i] = x;
        }
        return state;
    }
}
