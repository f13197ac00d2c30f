package tdlab.task.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;

/** The code's {@code Dataset2} layout and its sampler (science.md §4.2). */
class SequenceClassesTaskTest {

    @Test
    void synSmallHasTheCodesTokenLayout() {
        SequenceClassesTask t = SequenceClassesTask.synSmall();
        assertThat(t.vocab()).isEqualTo(34);
        assertThat(t.classes()).isEqualTo(2);
        SequenceClass first = t.sequenceClass(0);
        SequenceClass second = t.sequenceClass(1);
        assertThat(first.tokens()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(second.tokens()).endsWith(28, 29).contains(20);
        assertThat(first.query()).isEqualTo(30);
        assertThat(second.query()).isEqualTo(31);
        assertThat(first.next()).isEqualTo(32);
        assertThat(second.next()).isEqualTo(33);
        // science.md §4.2: common 0.0645 each; DT from 0.00645 to 0.0645
        assertThat(first.probability(0)).isCloseTo(1 / 15.5, offset(1e-15));
        assertThat(first.probability(10)).isCloseTo(0.1 / 15.5, offset(1e-15));
        assertThat(first.probability(19)).isCloseTo(1 / 15.5, offset(1e-15));
        assertThat(first.probability(20)).isZero();
        assertThat(first.commonCount()).isEqualTo(10);
        assertThat(first.distinctCount()).isEqualTo(10);
    }

    @Test
    void synMediumSharesEachQueryBetweenTwoClassesAndCountsPerQueryCommonTokens() {
        SequenceClassesTask t = new SequenceClassesTask(3, 2, 4, 2, 5, 1.0, 0.1, 1.0);
        // 4 common + 2·3 per query + 5·6 distinct + 3 queries + 6 next tokens
        assertThat(t.vocab()).isEqualTo(4 + 6 + 30 + 3 + 6);
        SequenceClass c3 = t.sequenceClass(3); // query 1, its second class
        assertThat(c3.query()).isEqualTo(40 + 1);
        assertThat(c3.next()).isEqualTo(43 + 3);
        assertThat(c3.tokens()).startsWith(0, 1, 2, 3, 4 + 2, 4 + 3, 10 + 15);
        assertThat(c3.commonCount()).isEqualTo(6);
        assertThat(SequenceClassesTask.synMedium(10).classes()).isEqualTo(20);
    }

    @Test
    void oneDistinctTokenGetsTheLowEndAsTorchLinspaceDoes() {
        SequenceClass c = new SequenceClassesTask(1, 1, 1, 0, 1, 1.0, 0.25, 1.0).sequenceClass(0);
        assertThat(c.probs()).containsExactly(1 / 1.25, 0.25 / 1.25);
    }

    @Test
    void theSamplerDrawsClassesUniformlyAndContextTokensFromTheirLaw() {
        SequenceClassesTask t = SequenceClassesTask.synSmall();
        TaskSampler sampler = t.sampler();
        Batch batch = sampler.allocate(2000, 50);
        sampler.fill(batch, 7);
        long[][] counts = new long[2][34];
        int[] classCount = new int[2];
        for (int b = 0; b < batch.size(); b++) {
            int n = batch.label(b) - 32;
            assertThat(n).isBetween(0, 1);
            assertThat(batch.input(b, 49)).isEqualTo(30 + n); // the query names the class
            classCount[n]++;
            for (int i = 0; i < 49; i++) {
                counts[n][batch.input(b, i)]++;
            }
        }
        assertThat(classCount[0]).isBetween(900, 1100);
        for (int n = 0; n < 2; n++) {
            SequenceClass c = t.sequenceClass(n);
            long total = (long) classCount[n] * 49;
            double chi2 = 0;
            for (int i = 0; i < c.tokens().length; i++) {
                double expected = total * c.probs()[i];
                double d = counts[n][c.tokens()[i]] - expected;
                chi2 += d * d / expected;
            }
            long inClass = 0;
            for (int tok : c.tokens()) {
                inClass += counts[n][tok];
            }
            assertThat(inClass).isEqualTo(total); // nothing outside the class's tokens
            // 19 degrees of freedom: P(χ² > 43.8) = 0.001
            assertThat(chi2).isLessThan(43.8);
        }
        Batch again = sampler.allocate(2000, 50);
        sampler.fill(again, 7);
        assertThat(again.tokens()).isEqualTo(batch.tokens());
    }

    @Test
    void badLayoutsAreRefusedWithTheirField() {
        assertThatThrownBy(() -> new SequenceClassesTask(2, 1, 10, 0, 3000, 1, 0.1, 1))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("task.distinct_per_class: ")
                .hasMessageContaining("4096");
        assertThatThrownBy(() -> new SequenceClassesTask(2, 1, 10, 0, 10, 0, 0.1, 1))
                .hasMessageStartingWith("task.common_weight: ");
        assertThatThrownBy(() -> new SequenceClassesTask(2, 1, 10, 0, 10, 1, -0.1, 1))
                .hasMessageStartingWith("task.distinct_min: ");
        assertThatThrownBy(() -> new SequenceClassesTask(2, 1, 10, 0, 10, 1, 0.5, 0.2))
                .hasMessageStartingWith("task.distinct_max: ");
        assertThatThrownBy(() -> new SequenceClassesTask(2, 1, 0, 0, 0, 1, 0.1, 1))
                .hasMessageStartingWith("task.distinct_per_class: ");
        assertThatThrownBy(() -> SequenceClassesTask.synSmall().checkShape(128, 1))
                .hasMessageStartingWith("training.sequence_length: ");
    }
}
