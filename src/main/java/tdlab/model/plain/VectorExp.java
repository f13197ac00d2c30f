package tdlab.model.plain;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * e^x lane by lane from exact IEEE operations only (fma, add, multiply, compare, bit moves, a lane shuffle), so that
 * the interpreted and the compiled code give the same bits, and {@link #exp(double)} does the same operations on one
 * value for the scalar tails. The Vector API's own EXP does not: compiled, it runs HotSpot's SVML routines,
 * interpreted, Math.exp lane by lane, and the two differ in the last bit now and then, which made a run's numbers
 * depend on when the JIT compiled the attention kernels (and on the number of threads sharing the work).
 *
 * <p>x = (8k + j)·ln 2 / 8 + r with 8k + j = rint(8x / ln 2) (the 1.5·2⁵² trick), j = 0…7, ln 2 / 8 in two parts,
 * |r| ≤ ln 2 / 16; e^x = 2^k · 2^(j/8) · (1 + q(r)), with 2^(j/8) from an eight-entry table (one register and a lane
 * shuffle with 8 lanes; narrower vectors blend one shuffle per part), 2^k added to its exponent bits and q a degree-7 polynomial (Chebyshev-interpolated, 3e-18 relative).
 * Within 1 ulp of Math.exp on [−708, 709] (tested); below −708 it returns 0 (e^x &lt; 3e-308 there, a subnormal
 * Math.exp keeps), above 709 +∞, and NaN stays NaN. Nothing clamps the argument first: out of range the bits are
 * garbage and the blends replace them (Java's max/min cost as much as the polynomial).
 */
final class VectorExp {
    private static final double EIGHT_OVER_LN2 = 0x1.71547652b82fep3;
    private static final double LN2_HI_8 = 0x1.62e42fefa39efp-4;
    private static final double LN2_LO_8 = 0x1.abc9e3b39803fp-59;
    private static final double SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    private static final double LOW = -708;
    private static final double HIGH = 709;
    /** q(r) = r·(C1 + r·(C2 + … + r·C7)), C1 = 1: e^r − 1 on |r| ≤ ln 2 / 16. */
    private static final double C2 = 0.500000000000041;
    private static final double C3 = 0.16666666666667124;
    private static final double C4 = 0.041666666557421704;
    private static final double C5 = 0.008333333321195088;
    private static final double C6 = 0.0013889820039083881;
    private static final double C7 = 0.00019842304447202847;
    /** Bits of 2^(j/8), j = 0…7 (each within half an ulp), as many times over as a vector has lanes. */
    private static final long[] TABLE = new long[Math.max(8, DoubleVector.SPECIES_MAX.length())];

    static {
        for (int j = 0; j < TABLE.length; j++) {
            TABLE[j] = Double.doubleToRawLongBits(Math.pow(2, (j % 8) / 8.0));
        }
    }

    private VectorExp() {
    }

    static DoubleVector exp(DoubleVector x) {
        VectorSpecies<Double> s = x.species();
        VectorMask<Double> under = x.compare(VectorOperators.LT, LOW);
        VectorMask<Double> over = x.compare(VectorOperators.GT, HIGH);
        DoubleVector t = x.fma(DoubleVector.broadcast(s, EIGHT_OVER_LN2), DoubleVector.broadcast(s, SHIFTER));
        DoubleVector m = t.sub(SHIFTER);
        DoubleVector r = m.fma(DoubleVector.broadcast(s, -LN2_HI_8), x);
        r = m.fma(DoubleVector.broadcast(s, -LN2_LO_8), r);
        DoubleVector p = r.fma(DoubleVector.broadcast(s, C7), DoubleVector.broadcast(s, C6));
        p = p.fma(r, DoubleVector.broadcast(s, C5));
        p = p.fma(r, DoubleVector.broadcast(s, C4));
        p = p.fma(r, DoubleVector.broadcast(s, C3));
        p = p.fma(r, DoubleVector.broadcast(s, C2));
        p = p.fma(r, DoubleVector.broadcast(s, 1.0));
        DoubleVector q = p.mul(r);
        // t's low bits hold 8k + j (|8k + j| < 2⁵¹): the table's 2^(j/8) with k added to its exponent is 2^(k + j/8)
        LongVector n = t.reinterpretAsLongs().sub(SHIFTER_BITS);
        DoubleVector scale = fraction(n.and(7L)).add(n.lanewise(VectorOperators.ASHR, 3).lanewise(VectorOperators.LSHL, 52))
                .reinterpretAsDoubles();
        return scale.fma(q, scale).blend(0.0, under).blend(Double.POSITIVE_INFINITY, over);
    }

    /** 2^(j/8) lane by lane: one shuffle of the table where a vector holds it, else one per part and blends. */
    private static LongVector fraction(LongVector j) {
        VectorSpecies<Long> s = j.species();
        int lanes = s.length();
        if (lanes >= 8) {
            return LongVector.fromArray(s, TABLE, 0).rearrange(j.toShuffle());
        }
        VectorShuffle<Long> within = j.and(lanes - 1).toShuffle();
        LongVector f = LongVector.fromArray(s, TABLE, 0).rearrange(within);
        for (int part = 1; part < 8 / lanes; part++) {
            f = f.blend(LongVector.fromArray(s, TABLE, part * lanes).rearrange(within),
                    j.compare(VectorOperators.GE, part * lanes));
        }
        return f;
    }

    /** The same operations on one value, bit for bit the lanes' result. */
    static double exp(double x) {
        double t = Math.fma(x, EIGHT_OVER_LN2, SHIFTER);
        double m = t - SHIFTER;
        double r = Math.fma(m, -LN2_HI_8, x);
        r = Math.fma(m, -LN2_LO_8, r);
        double p = Math.fma(r, C7, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        p = Math.fma(p, r, 1.0);
        double q = p * r;
        long n = Double.doubleToRawLongBits(t) - SHIFTER_BITS;
        double scale = Double.longBitsToDouble(TABLE[(int) (n & 7)] + ((n >> 3) << 52));
        double e = Math.fma(scale, q, scale);
        return x < LOW ? 0.0 : x > HIGH ? Double.POSITIVE_INFINITY : e;
    }
}
