package tdlab.task;

/**
 * The sequences of a two-state chain drawn from a {@link java.util.SplittableRandom}'s stream, each draw u giving
 * token 0 when u &lt; P(0 | previous token) (the first token: u &lt; P(0) of the initial law), as
 * {@link MarkovSampler} draws any chain. The stream is named by its state: {@code new SplittableRandom(state)}
 * adds {@link #GAMMA} to it before each draw. The Vector API's version draws eight at a time; the scalar one
 * (without the module) calls SplittableRandom itself. Both give the same tokens.
 */
interface TwoStateDraws {
    /** SplittableRandom's golden gamma: the step of the state of {@code new SplittableRandom(seed)}. */
    long GAMMA = 0x9e3779b97f4a7c15L;

    /**
     * Writes one sequence of {@code n} tokens into {@code tokens[off …]} from the stream in {@code state}; returns the
     * state after its n draws.
     */
    long sequence(int[] tokens, int off, int n, long state);

    /**
     * {@code first}, {@code after0}, {@code after1}: the probability of token 0 first, after a 0 and after a 1
     * (cumulative laws as MarkovSampler builds them). The module is checked before the vector class is loaded: it
     * would not link without it ({@code task} sits below {@code model.VectorApi}, so the check is spelt here).
     */
    static TwoStateDraws of(double first, double after0, double after1) {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                ? new VectorTwoStateDraws(first, after0, after1) : new ScalarTwoStateDraws(first, after0, after1);
    }
}
