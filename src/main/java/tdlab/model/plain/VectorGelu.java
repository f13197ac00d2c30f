package tdlab.model.plain;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import tdlab.model.Gelu;

/**
 * The exact GELU lane by lane. Its forward pass repeats {@link Gelu#cdf}'s operations for |u|/√2 below fdlibm's
 * small-argument bound (separate multiplies and adds, one IEEE division: the same bits as the scalar form, which
 * runs for any vector with a lane beyond it). The backward pass's density e^(−u²/2) is {@link VectorExp}, whose
 * scalar form serves the tail, so the results do not depend on where a vector boundary falls.
 */
final class VectorGelu {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorGelu() {
    }

    /** th[i] = Φ(u[i]), g[i] = u[i]·Φ(u[i]) for i &lt; n. */
    static void forward(double[] u, double[] th, double[] g, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        for (; i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, u, i);
            DoubleVector z = x.abs().mul(Gelu.INV_SQRT2);
            if (z.compare(VectorOperators.LT, Gelu.SMALL).allTrue()) {
                DoubleVector c = cdfSmall(x, z);
                c.intoArray(th, i);
                x.mul(c).intoArray(g, i);
            } else {
                scalarForward(u, th, g, i, i + L);
            }
        }
        scalarForward(u, th, g, i, n);
    }

    /** Φ(u) = 1 − erfc(z)/2 (u ≥ 0) or erfc(z)/2, erfc(z) = 1 − (z + z·P(z²)/Q(z²)) as in {@link Gelu#erfc}. */
    private static DoubleVector cdfSmall(DoubleVector u, DoubleVector z) {
        DoubleVector s = z.mul(z);
        DoubleVector p = s.mul(Gelu.PP4).add(Gelu.PP3).mul(s).add(Gelu.PP2).mul(s).add(Gelu.PP1).mul(s).add(Gelu.PP0);
        DoubleVector q = s.mul(Gelu.QQ5).add(Gelu.QQ4).mul(s).add(Gelu.QQ3).mul(s).add(Gelu.QQ2).mul(s).add(Gelu.QQ1)
                .mul(s).add(1.0);
        DoubleVector erfc = DoubleVector.broadcast(S, 1.0).sub(z.add(z.mul(p.div(q))));
        DoubleVector tail = erfc.mul(0.5);
        return tail.blend(DoubleVector.broadcast(S, 1.0).sub(tail), u.compare(VectorOperators.GE, 0.0));
    }

    private static void scalarForward(double[] u, double[] th, double[] g, int from, int to) {
        for (int i = from; i < to; i++) {
            double c = Gelu.cdf(u[i]);
            th[i] = c;
            g[i] = u[i] * c;
        }
    }

    /** dg[i] ·= Φ(u[i]) + u[i]·φ(u[i]) for i &lt; n, th[i] = Φ(u[i]). */
    static void backward(double[] u, double[] th, double[] dg, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        for (; i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, u, i);
            DoubleVector density = VectorExp.exp(x.mul(-0.5).mul(x));
            DoubleVector slope = DoubleVector.fromArray(S, th, i).add(x.mul(Gelu.INV_SQRT_2PI).mul(density));
            DoubleVector.fromArray(S, dg, i).mul(slope).intoArray(dg, i);
        }
        for (; i < n; i++) {
            double x = u[i];
            dg[i] *= th[i] + x * Gelu.INV_SQRT_2PI * VectorExp.exp(-0.5 * x * x);
        }
    }
}
