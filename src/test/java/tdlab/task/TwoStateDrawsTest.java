package tdlab.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A two-state chain's fast draws give the tokens of the sampler's general rule: one SplittableRandom(seed) stream,
 * token 0 when u &lt; P(0 | previous token) (the first token from the initial law), sequence after sequence.
 */
class TwoStateDrawsTest {

    /** The general rule written out, with SplittableRandom itself: the oracle. */
    private static int[] oracle(MarkovChain chain, int size, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] tokens = new int[size * (length + 1)];
        double first = chain.initialLaw()[0];
        for (int b = 0; b < size; b++) {
            int x = random.nextDouble() < first ? 0 : 1;
            tokens[b * (length + 1)] = x;
            for (int t = 1; t <= length; t++) {
                x = random.nextDouble() < chain.matrix().get(x, 0) ? 0 : 1;
                tokens[b * (length + 1) + t] = x;
            }
        }
        return tokens;
    }

    @Test
    void bothKernelsAndTheSamplerDrawTheGeneralRulesTokens() {
        MarkovChain[] chains = {MarkovChain.binary(0.2, 0.3), MarkovChain.binary(0.97, 0.01),
                new MarkovChain(TransitionMatrix.binary(0.5, 0.5), InitialDistribution.UNIFORM),
                new MarkovChain(TransitionMatrix.binary(0.3, 1), InitialDistribution.UNIFORM),
                new MarkovChain(TransitionMatrix.binary(0, 0.4), InitialDistribution.UNIFORM)};
        for (MarkovChain chain : chains) {
            double first = chain.initialLaw()[0];
            double after0 = chain.matrix().get(0, 0);
            double after1 = chain.matrix().get(1, 0);
            for (int length : new int[] {1, 2, 7, 8, 9, 63, 64, 65, 200, 511}) {
                for (long seed : new long[] {0, 1, -7, 0x9e3779b97f4a7c15L, 123_456_789_012L}) {
                    int[] expected = oracle(chain, 3, length, seed);
                    for (TwoStateDraws draws : new TwoStateDraws[] {new ScalarTwoStateDraws(first, after0, after1),
                            new VectorTwoStateDraws(first, after0, after1)}) {
                        int[] tokens = new int[expected.length];
                        long state = seed;
                        for (int b = 0; b < 3; b++) {
                            state = draws.sequence(tokens, b * (length + 1), length + 1, state);
                        }
                        assertThat(tokens).as("%s, length %d, seed %d", draws.getClass().getSimpleName(), length, seed)
                                .containsExactly(expected);
                    }
                    Batch batch = Batch.allocate(3, length);
                    new MarkovSampler(chain, 5).fill(batch, seed);
                    assertThat(batch.tokens()).containsExactly(expected);
                }
            }
        }
    }

    @Test
    void aCertainTransitionIsAlwaysTakenAndAnImpossibleOneNever() {
        MarkovChain chain = new MarkovChain(TransitionMatrix.binary(1, 0), InitialDistribution.UNIFORM);
        Batch batch = Batch.allocate(50, 100);
        new MarkovSampler(chain, 1).fill(batch, 42);
        for (int b = 0; b < 50; b++) {
            for (int t = 0; t < 100; t++) { // p = 1: a 0 is always followed by a 1; q = 0: a 1 is never left
                assertThat(batch.target(b, t)).isEqualTo(1);
            }
        }
    }
}
