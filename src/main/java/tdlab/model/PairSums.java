package tdlab.model;

/**
 * Two sums over a run of binary tokens tok[from … from + len]: the ones among its first len (the inputs) and
 * Σ tok[t]·tok[t + 1] (the pairs 1 → 1), from which the canonical model counts all four kinds of pair. The Vector
 * API's version adds sixteen at a time; the scalar one (without the module) is its test oracle.
 */
interface PairSums {
    /** The ones in the high 32 bits, the pairs in the low 32. */
    long of(int[] tok, int from, int len);

    static int ones(long sums) {
        return (int) (sums >>> 32);
    }

    static int pairs(long sums) {
        return (int) sums;
    }

    static long pack(int ones, int pairs) {
        return (long) ones << 32 | (pairs & 0xffffffffL);
    }

    /** The vector class is loaded only where the module is: it would not link without it. */
    static PairSums forThisJvm() {
        return VectorApi.present() ? new VectorPairSums() : new ScalarPairSums();
    }
}
