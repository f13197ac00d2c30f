package tdlab.task.orders;

/**
 * One sentence of a {@link PartialOrdersTask}: distinct tokens, the query last; its optimal token is the query's
 * greatest token under ≻_q among them (the query itself included) and its label that token's collocation.
 *
 * @param tokens  x_1 … x_L, distinct, x_L the query
 * @param optimal x*, the ≻_q-greatest token of the sentence (≻_q every other one)
 * @param label   y = n(x*)
 */
public record Sentence(int[] tokens, int optimal, int label) {

    public Sentence {
        tokens = tokens.clone();
    }

    public int length() {
        return tokens.length;
    }

    public int query() {
        return tokens[tokens.length - 1];
    }

    /** The position of the optimal token. */
    public int optimalPosition() {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == optimal) {
                return i;
            }
        }
        throw new IllegalStateException("the optimal token is not in the sentence");
    }

    @Override
    public int[] tokens() {
        return tokens.clone();
    }

    /** Token i without a copy. */
    public int token(int i) {
        return tokens[i];
    }

    /** The query and the set of tokens: two sentences with the same key differ only in their order. */
    long key() {
        long mask = 0;
        for (int t : tokens) {
            mask |= 1L << t;
        }
        return mask * 64 + query(); // K ≤ 48: no overflow
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && java.util.Arrays.equals(tokens, s.tokens) && optimal == s.optimal
                && label == s.label;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(tokens) * 31 + optimal;
    }

    @Override
    public String toString() {
        return java.util.Arrays.toString(tokens) + " → x* = " + optimal + ", y = " + label;
    }
}
