package tdlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both ways of summing a run of binary tokens give the counts read off one pair at a time. */
class PairSumsTest {

    @Test
    void vectorAndScalarSumsCountTheOnesAndTheOneOnePairs() {
        SplittableRandom random = new SplittableRandom(3);
        int[] tok = new int[300];
        for (int i = 0; i < tok.length; i++) {
            tok[i] = random.nextDouble() < 0.3 ? 1 : 0;
        }
        for (int from : new int[] {0, 1, 5, 17}) {
            for (int len = 0; len <= 200; len++) {
                int ones = 0;
                int pairs = 0;
                for (int t = from; t < from + len; t++) {
                    ones += tok[t] == 1 ? 1 : 0;
                    pairs += tok[t] == 1 && tok[t + 1] == 1 ? 1 : 0;
                }
                for (PairSums sums : new PairSums[] {new ScalarPairSums(), new VectorPairSums()}) {
                    long s = sums.of(tok, from, len);
                    assertThat(PairSums.ones(s)).as("%s from %d len %d", sums.getClass().getSimpleName(), from, len)
                            .isEqualTo(ones);
                    assertThat(PairSums.pairs(s)).isEqualTo(pairs);
                }
            }
        }
    }
}
