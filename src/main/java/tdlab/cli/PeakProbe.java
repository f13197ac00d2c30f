package tdlab.cli;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Measures this core's double-precision FMA throughput: twelve independent chains of vector FMAs, enough
 * to cover the FMA latency, so the result is the issue-rate limit (the FLOP-bound ceiling of any kernel).
 */
final class PeakProbe {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private PeakProbe() {
    }

    static int lanes() {
        return S.length();
    }

    /** GFLOP/s, best of a few repetitions after warm-up. */
    static double gflops() {
        double best = 0;
        for (int rep = 0; rep < 7; rep++) {
            long n = rep < 2 ? 200_000 : 20_000_000;
            long t0 = System.nanoTime();
            double sink = chains(n);
            long t = System.nanoTime() - t0;
            if (sink == 42.4242) {
                System.out.print("");
            }
            if (rep >= 2) {
                best = Math.max(best, n * 12.0 * S.length() * 2 / t);
            }
        }
        return best;
    }

    private static double chains(long n) {
        DoubleVector a0 = DoubleVector.broadcast(S, 1.0);
        DoubleVector a1 = a0.add(1e-9);
        DoubleVector a2 = a0.add(2e-9);
        DoubleVector a3 = a0.add(3e-9);
        DoubleVector a4 = a0.add(4e-9);
        DoubleVector a5 = a0.add(5e-9);
        DoubleVector a6 = a0.add(6e-9);
        DoubleVector a7 = a0.add(7e-9);
        DoubleVector a8 = a0.add(8e-9);
        DoubleVector a9 = a0.add(9e-9);
        DoubleVector a10 = a0.add(1e-8);
        DoubleVector a11 = a0.add(1.1e-8);
        DoubleVector m = DoubleVector.broadcast(S, 0.9999999);
        DoubleVector c = DoubleVector.broadcast(S, 1e-7);
        for (long i = 0; i < n; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11)
                .reduceLanes(VectorOperators.ADD);
    }
}
