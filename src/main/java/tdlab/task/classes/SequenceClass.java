package tdlab.task.classes;

/**
 * One class of a {@link SequenceClassesTask}: the tokens its context draws from and their probabilities
 * P(l | n), common tokens first, then its distinct tokens in increasing probability.
 *
 * @param index  n, 0-based
 * @param query  the query token m = ψ(n) that ends each of its sequences
 * @param next   its label, the next token
 * @param tokens the context tokens with P(l | n) > 0
 * @param probs  P(l | n) of each, summing to 1
 * @param commonCount how many of {@code tokens} (the first ones) are common tokens; the rest are distinct
 */
public record SequenceClass(int index, int query, int next, int[] tokens, double[] probs, int commonCount) {

    /** Number of distinct tokens. */
    public int distinctCount() {
        return tokens.length - commonCount;
    }

    /** P(l | n) of a token, 0 when the class never draws it. */
    public double probability(int token) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == token) {
                return probs[i];
            }
        }
        return 0;
    }
}
