package tdlab.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MarkovSamplerTest {

    @Test
    void empiricalTransitionsAndMarginalsMatchTheChain() {
        TransitionMatrix m = TransitionMatrix.of(new double[][] {{0.1, 0.6, 0.3}, {0.5, 0.5, 0}, {0.2, 0.2, 0.6}});
        MarkovChain chain = new MarkovChain(m, InitialDistribution.STATIONARY);
        Batch b = new MarkovSampler(chain, 42).sample(200, 500);
        long[][] counts = new long[3][3];
        long[] first = new long[3];
        for (int s = 0; s < b.size(); s++) {
            first[b.input(s, 0)]++;
            for (int t = 0; t < b.length(); t++) {
                counts[b.input(s, t)][b.target(s, t)]++;
            }
        }
        for (int i = 0; i < 3; i++) {
            long row = counts[i][0] + counts[i][1] + counts[i][2];
            for (int j = 0; j < 3; j++) {
                assertThat(counts[i][j] / (double) row).as("P(%d|%d)", j, i).isCloseTo(m.get(i, j), within(0.01));
            }
        }
        assertThat(counts[1][2]).isZero(); // a zero-probability transition never occurs
        double[] pi = chain.stationary();
        for (int i = 0; i < 3; i++) {
            assertThat(first[i] / 200.0).isCloseTo(pi[i], within(0.1));
        }
    }

    @Test
    void sameSeedSameBatchesAndPerStepSeedsAreReproducible() {
        MarkovChain chain = MarkovChain.binary(0.2, 0.3);
        Batch a = new MarkovSampler(chain, 7).sample(4, 50);
        Batch b = new MarkovSampler(chain, 7).sample(4, 50);
        assertThat(a.tokens()).containsExactly(b.tokens());
        Batch c = Batch.allocate(4, 50);
        Batch d = Batch.allocate(4, 50);
        new MarkovSampler(chain, 1).fill(c, 99);
        new MarkovSampler(chain, 2).fill(d, 99);
        assertThat(c.tokens()).containsExactly(d.tokens());
    }

    @Test
    void uniformStartDrawsTheFirstTokenUniformly() {
        MarkovChain chain = new MarkovChain(TransitionMatrix.binary(0.05, 0.9), InitialDistribution.UNIFORM);
        Batch b = new MarkovSampler(chain, 3).sample(4000, 1);
        long ones = 0;
        for (int s = 0; s < b.size(); s++) {
            ones += b.input(s, 0);
        }
        assertThat(ones / 4000.0).isCloseTo(0.5, within(0.03)); // stationary would give π1 = 0.053
    }
}
