package tdlab.model.plain;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * e^x lane by lane from exact IEEE operations only (fma, add, multiply, compare, bit moves), so that the interpreted
 * and the compiled code give the same bits. The Vector API's own EXP does not: compiled, it runs HotSpot's SVML
 * routines, interpreted, Math.exp lane by lane, and the two differ in the last bit now and then, which made a run's
 * numbers depend on when the JIT compiled the attention kernels (and on the number of threads sharing the work).
 *
 * <p>x = k·ln 2 + r with k = rint(x / ln 2) (the 1.5·2⁵² trick) and ln 2 in two parts, |r| ≤ ln 2 / 2; e^r by its
 * Taylor polynomial to r¹³/13! (truncation below 4e-18 relative); 2^k written into the exponent bits. Within 2 ulp of
 * Math.exp on [−708, 709]; below −708 it returns 0 (e^x &lt; 3e-308 there, a subnormal Math.exp keeps), above 709
 * +∞, and NaN stays NaN.
 */
final class VectorExp {
    private static final double LOG2E = 0x1.71547652b82fep0;
    private static final double LN2_HI = 0x1.62e42fefa39efp-1;
    private static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    private static final double SHIFTER = 0x1.8p52;
    private static final double LOW = -708;
    private static final double HIGH = 709;
    /** 1/n! for n = 13 down to 2. */
    private static final double[] INVERSE_FACTORIALS;

    static {
        INVERSE_FACTORIALS = new double[12];
        for (int n = 13, i = 0; n >= 2; n--, i++) {
            double f = 1;
            for (int j = 2; j <= n; j++) {
                f *= j;
            }
            INVERSE_FACTORIALS[i] = 1 / f;
        }
    }

    private VectorExp() {
    }

    static DoubleVector exp(DoubleVector x) {
        VectorSpecies<Double> s = x.species();
        VectorMask<Double> under = x.compare(VectorOperators.LT, LOW);
        VectorMask<Double> over = x.compare(VectorOperators.GT, HIGH);
        DoubleVector c = x.max(LOW).min(HIGH); // NaN passes through max/min as NaN
        DoubleVector t = c.fma(DoubleVector.broadcast(s, LOG2E), DoubleVector.broadcast(s, SHIFTER));
        DoubleVector k = t.sub(SHIFTER);
        DoubleVector r = k.fma(DoubleVector.broadcast(s, -LN2_HI), c);
        r = k.fma(DoubleVector.broadcast(s, -LN2_LO), r);
        DoubleVector p = DoubleVector.broadcast(s, INVERSE_FACTORIALS[0]);
        for (int i = 1; i < INVERSE_FACTORIALS.length; i++) {
            p = p.fma(r, DoubleVector.broadcast(s, INVERSE_FACTORIALS[i]));
        }
        p = p.fma(r, DoubleVector.broadcast(s, 1.0)).fma(r, DoubleVector.broadcast(s, 1.0)); // … + r + 1
        // t's low bits hold k (|k| < 2⁵¹): (k + 1023) moved into the exponent field is 2^k
        DoubleVector scale = t.reinterpretAsLongs().add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        return p.mul(scale).blend(0.0, under).blend(Double.POSITIVE_INFINITY, over);
    }
}
