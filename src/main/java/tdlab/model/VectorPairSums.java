package tdlab.model;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link PairSums} a vector of tokens and the same vector shifted by one at a time; the rest one by one. */
final class VectorPairSums implements PairSums {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;

    @Override
    public long of(int[] tok, int from, int len) {
        IntVector ones = IntVector.zero(INTS);
        IntVector pairs = IntVector.zero(INTS);
        int t = from;
        for (int end = from + len - INTS.length(); t <= end; t += INTS.length()) {
            IntVector x = IntVector.fromArray(INTS, tok, t);
            ones = ones.add(x);
            pairs = pairs.add(x.and(IntVector.fromArray(INTS, tok, t + 1)));
        }
        int o = ones.reduceLanes(VectorOperators.ADD);
        int p = pairs.reduceLanes(VectorOperators.ADD);
        for (; t < from + len; t++) {
            o += tok[t];
            p += tok[t] & tok[t + 1];
        }
        return PairSums.pack(o, p);
    }
}
