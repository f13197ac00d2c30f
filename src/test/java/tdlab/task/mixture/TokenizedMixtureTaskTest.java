package tdlab.task.mixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;

class TokenizedMixtureTaskTest {
    private static final TokenizedMixtureTask S5 = TokenizedMixtureTask.s5();

    @Test
    void theSetsAreReproducibleFromTheSeedAndDifferAcrossSeeds() {
        Batch a = S5.trainingSet();
        Batch b = S5.trainingSet();
        assertThat(a.features()).containsExactly(b.features());
        assertThat(a.tokens()).containsExactly(b.tokens());
        assertThat(S5.testSet().features()).containsExactly(S5.testSet().features());
        TokenizedMixtureTask other = new TokenizedMixtureTask(16, 8, 0.125, 4, 1, 1, 100, 1000, 7);
        assertThat(other.trainingSet().features()).isNotEqualTo(a.features());
        // the training set does not depend on the test set's size
        TokenizedMixtureTask smallTest = new TokenizedMixtureTask(16, 8, 0.125, 4, 1, 1, 100, 10, 0);
        assertThat(smallTest.trainingSet().features()).containsExactly(a.features());
        assertThat(S5.testSet().features()).isNotEqualTo(a.features());
    }

    @ParameterizedTest(name = "ζ = {0}, T = {1}: {2} relevant tokens")
    @CsvSource({"0.125, 8, 1", "0.25, 8, 2", "0.3, 8, 3", "1, 5, 5", "0.01, 4, 1"})
    void everySequenceHasCeilZetaTRelevantTokensOfItsLabel(double zeta, int t, int k) {
        TokenizedMixtureTask task = new TokenizedMixtureTask(8, t, zeta, 3, 1, 0.5, 50, 20, 3);
        assertThat(task.relevantTokens()).isEqualTo(k);
        for (Batch set : new Batch[] {task.trainingSet(), task.testSet()}) {
            int positives = 0;
            for (int b = 0; b < set.size(); b++) {
                int label = set.label(b);
                assertThat(label).isBetween(0, 1);
                positives += label;
                int relevant = 0;
                for (int s = 0; s < t; s++) {
                    int c = set.input(b, s);
                    if (TokenizedMixtureTask.isRelevant(c)) {
                        relevant++;
                        assertThat(c).isEqualTo(label); // μ₊ for y = +1, μ₋ for y = −1
                    } else {
                        assertThat(c).isBetween(2, 2 + 3 - 1);
                    }
                }
                assertThat(relevant).isEqualTo(k);
            }
            assertThat(positives).isBetween(1, set.size() - 1);
        }
    }

    @Test
    void tokensAreTheirMeanPlusNoiseOfRmsNormSigma() {
        TokenizedMixtureTask task = new TokenizedMixtureTask(16, 8, 0.125, 4, 2.0, 1.0, 2000, 1, 5);
        Batch set = task.trainingSet();
        double sq = 0;
        double meanCoord = 0;
        int n = 0;
        for (int b = 0; b < set.size(); b++) {
            for (int t = 0; t < 8; t++) {
                int c = set.input(b, t);
                int xo = set.featureOffset(b, t);
                for (int i = 0; i < 16; i++) {
                    double noise = set.features()[xo + i] - (i == c ? 2.0 : 0.0);
                    sq += noise * noise;
                }
                meanCoord += set.features()[xo + c];
                n++;
            }
        }
        assertThat(sq / n).isCloseTo(1.0, offset(0.02)); // E‖σz‖² = σ², z ~ N(0, I/d)
        assertThat(meanCoord / n).isCloseTo(2.0, offset(0.02)); // S on the component's axis
    }

    @Test
    void theSamplersGiveTheWholeSetsWhateverTheSeed() {
        TaskSampler train = S5.sampler();
        Batch batch = train.allocate(100, 8);
        train.fill(batch, 1);
        Batch again = train.allocate(100, 8);
        train.fill(again, 99);
        assertThat(again.features()).containsExactly(batch.features());
        assertThat(batch.features()).containsExactly(S5.trainingSet().features());
        TaskSampler test = S5.evaluationSampler();
        Batch probe = test.allocate(1, 8);
        test.fill(probe, 42);
        Batch set = S5.testSet();
        for (int i = 0; i < 8 * 16; i++) {
            assertThat(probe.features()[i]).isEqualTo(set.features()[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "task.relevant_share; 16; 8; 0.0; 4; 100; 1000",
            "task.relevant_share; 16; 8; 1.5; 4; 100; 1000",
            "task.relevant_share; 16; 8; -0.1; 4; 100; 1000",
            "task.tokens; 16; 1; 0.5; 4; 100; 1000",
            "task.dim; 5; 8; 0.125; 4; 100; 1000",
            "task.irrelevant_means; 16; 8; 0.125; 0; 100; 1000",
            "task.train_size; 16; 8; 0.125; 4; 1; 1000",
            "task.test_size; 16; 8; 0.125; 4; 100; 0"})
    void badInputIsRefusedWithItsField(String field, int d, int t, double zeta, int m, int train, int test) {
        assertThatThrownBy(() -> new TokenizedMixtureTask(d, t, zeta, m, 1, 1, train, test, 0))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void fullBatchAndTheWholeTestSetAreRequired() {
        assertThatThrownBy(() -> S5.checkShape(32, 8)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.field()).isEqualTo("training.batch_size"));
        assertThatThrownBy(() -> S5.checkShape(100, 7)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.field()).isEqualTo("training.sequence_length"));
        assertThatThrownBy(() -> S5.checkEvaluation(64, 8)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.field()).isEqualTo("training.eval_sequences"));
        assertThatThrownBy(() -> S5.checkEvaluation(1000, 4)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.field()).isEqualTo("probe_length"));
        S5.checkShape(100, 8);
        S5.checkEvaluation(1000, 8);
    }
}
