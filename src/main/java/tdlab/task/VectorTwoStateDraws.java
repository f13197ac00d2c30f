package tdlab.task;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link TwoStateDraws} with the Vector API. SplittableRandom's draws are a function of the state alone (the state
 * steps by the gamma, and each draw is SplitMix64's mix of it), so a vector of states gives a vector of draws; a
 * draw is u = (mix >>> 11)·2⁻⁵³, so u &lt; c exactly when the integer mix >>> 11 is below ⌈c·2⁵³⌉. Sixty-four
 * draws make two words of bits: c (the token after a 0) and d (whether the token after a 1 differs), so the chain
 * is x_{t+1} = c_t ^ (d_t &amp; x_t), a composition of maps x ↦ a·x ^ b that a prefix scan of six shifts
 * follows through the whole word; the word's bits are then spread into the tokens. Draws past the last whole word
 * go one at a time.
 */
final class VectorTwoStateDraws implements TwoStateDraws {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final long MIX1 = 0xbf58476d1ce4e5b9L;
    private static final long MIX2 = 0x94d049bb133111ebL;
    /** Lane i holds (i + 1)·γ: the states of the next draws. */
    private static final LongVector STEPS = LongVector.zero(LONGS).addIndex(1).add(1L).mul(GAMMA);
    private static final LongVector LONG_LANE = LongVector.zero(LONGS).addIndex(1);
    private static final IntVector INT_LANE = IntVector.zero(INTS).addIndex(1);

    private final long first;
    private final long after0;
    private final long after1;

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
        int lanes = LONGS.length();
        long step = lanes * GAMMA;
        int t = 1;
        for (; t + Long.SIZE <= n; t += Long.SIZE) {
            long c = 0;
            long d = 0;
            for (int bit = 0; bit < Long.SIZE; bit += lanes, state += step) {
                LongVector z = STEPS.add(state);
                z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(MIX1);
                z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(MIX2);
                LongVector k = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31))
                        .lanewise(VectorOperators.LSHR, 11);
                LongVector next0 = k.sub(after0).lanewise(VectorOperators.LSHR, 63).lanewise(VectorOperators.XOR, 1L);
                LongVector next1 = k.sub(after1).lanewise(VectorOperators.LSHR, 63).lanewise(VectorOperators.XOR, 1L);
                // lane i's bit to place i, then OR across lanes (the mask's toLong is not compiled to one instruction in 17)
                c |= next0.lanewise(VectorOperators.LSHL, LONG_LANE).reduceLanes(VectorOperators.OR) << bit;
                d |= next0.lanewise(VectorOperators.XOR, next1).lanewise(VectorOperators.LSHL, LONG_LANE)
                        .reduceLanes(VectorOperators.OR) << bit;
            }
            // (a, b) at bit i: the map x ↦ a·x ^ b from the word's incoming token to token i + 1; bits below s see
            // the identity (a = 1, b = 0) before them
            long a = d;
            long b = c;
            for (int s = 1; s < Long.SIZE; s <<= 1) {
                b ^= a & (b << s);
                a &= (a << s) | ((1L << s) - 1);
            }
            long word = b ^ (a & -(long) x);
            for (int i = 0; i < Long.SIZE; i += INTS.length()) {
                IntVector.broadcast(INTS, (int) (word >>> i)).lanewise(VectorOperators.LSHR, INT_LANE).and(1)
                        .intoArray(tokens, off + t + i);
            }
            x = (int) (word >>> 63);
        }
        for (; t < n; t++) {
            state += GAMMA;
            long k = mix(state) >>> 11;
            int next0 = k >= after0 ? 1 : 0;
            int next1 = k >= after1 ? 1 : 0;
            x = next0 ^ (x & (next0 ^ next1));
            tokens[off + t] = x;
        }
        return state;
    }
}
