package tdlab.model;

/** {@link PairSums} one token at a time. */
final class ScalarPairSums implements PairSums {
    @Override
    public long of(int[] tok, int from, int len) {
        int ones = 0;
        int pairs = 0;
        for (int t = from; t < from + len; t++) {
            ones += tok[t];
            pairs += tok[t] & tok[t + 1];
        }
        return PairSums.pack(ones, pairs);
    }
}
