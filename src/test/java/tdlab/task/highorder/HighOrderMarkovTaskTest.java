package tdlab.task.highorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;

class HighOrderMarkovTaskTest {

    static HighOrderMarkovTask task(int vocab, List<Integer> spans, double c, boolean reverse, double tau, int n) {
        return new HighOrderMarkovTask(vocab, spans, c, reverse, tau, 12, n, 3);
    }

    private static String fieldOf(Runnable r) {
        try {
            r.run();
        } catch (ConfigException e) {
            return e.field();
        }
        throw new AssertionError("no ConfigException");
    }

    @Test
    void badInputIsRefusedWithItsFieldPath() {
        assertThat(fieldOf(() -> task(1, List.of(1), 2, false, 0.1, 0))).isEqualTo("task.vocab");
        assertThat(fieldOf(() -> task(20, List.of(), 2, false, 0.1, 0))).isEqualTo("task.spans");
        assertThat(fieldOf(() -> task(20, List.of(1, 0, 1), 2, false, 0.1, 0))).isEqualTo("task.spans[1]");
        assertThat(fieldOf(() -> task(20, List.of(200, 100), 2, false, 0.1, 0))).isEqualTo("task.spans");
        assertThat(fieldOf(() -> task(20, List.of(1), 2, false, 0, 0))).isEqualTo("task.temperature");
        assertThat(fieldOf(() -> task(20, List.of(1), 2, false, -1, 0))).isEqualTo("task.temperature");
        assertThat(fieldOf(() -> task(20, List.of(1), 0, false, 0.1, 0))).isEqualTo("task.constant");
        assertThat(fieldOf(() -> task(20, List.of(1), 2, false, 0.1, -5))).isEqualTo("task.train_sequences");
        HighOrderMarkovTask finite = task(20, List.of(1, 1, 1), 2, false, 0.1, 100);
        assertThat(fieldOf(() -> finite.checkShape(256, 14))).isEqualTo("task.train_sequences");
        assertThat(fieldOf(() -> finite.checkShape(64, 15))).isEqualTo("training.sequence_length");
        finite.checkShape(100, 14); // a batch as large as the set is fine
    }

    @Test
    void lossStartsAtTheInputWhoseTargetIsTheFirstGeneratedToken() {
        HighOrderMarkovTask t = task(20, List.of(2, 2, 2), 1.7, false, 0.1, 0);
        assertThat(t.context()).isEqualTo(6);
        assertThat(t.sequenceLength()).isEqualTo(17); // 6 prefix + 12 generated tokens = 18 = 17 inputs + 1
        assertThat(t.requiredLossFrom()).hasValue(5); // target of input 5 is token 6, the first generated one
    }

    @Test
    void theQkAreOrthogonalDeterministicInTheSeedAndDistinct() {
        HighOrderTeacher a = task(7, List.of(1, 2), 2, false, 0.1, 0).teacher();
        HighOrderTeacher b = task(7, List.of(1, 2), 2, false, 0.1, 0).teacher();
        for (int k = 0; k < 2; k++) {
            double[][] q = a.q(k);
            for (int i = 0; i < 7; i++) {
                for (int j = 0; j < 7; j++) {
                    double dot = 0;
                    for (int r = 0; r < 7; r++) {
                        dot += q[r][i] * q[r][j];
                    }
                    assertThat(dot).isCloseTo(i == j ? 1 : 0, org.assertj.core.data.Offset.offset(1e-12));
                }
            }
            assertThat(b.q(k)).isEqualTo(q);
        }
        assertThat(a.q(0)[0][0]).isNotEqualTo(a.q(1)[0][0]);
        assertThat(new HighOrderMarkovTask(7, List.of(1, 2), 2, false, 0.1, 12, 0, 4).teacher().q(0)[0][0])
                .isNotEqualTo(a.q(0)[0][0]);
    }

    @Test
    void blocksAreLaidOutOldestToNewestWithTheNewestHeaviest() {
        // spans [1, 2]: lags 1, 2 are the newest block (1), lag 3 the oldest (0); weights c^0 = 1, c^1 = 3
        HighOrderTeacher t = task(5, List.of(1, 2), 3, false, 0.5, 0).teacher();
        assertThat(t.blockOfLag(1)).isEqualTo(1);
        assertThat(t.blockOfLag(2)).isEqualTo(1);
        assertThat(t.blockOfLag(3)).isEqualTo(0);
        assertThat(t.weight(0)).isEqualTo(1);
        assertThat(t.weight(1)).isEqualTo(3);
        assertThat(t.rank(1)).isZero();
        int[] seq = {4, 2, 0, 3}; // predicting token 3 from x_2 = 0 (lag 1), x_1 = 2 (lag 2), x_0 = 4 (lag 3)
        double[] z = new double[5];
        t.logits(seq, 0, 3, 2, z);
        double[][] q0 = t.q(0);
        double[][] q1 = t.q(1);
        for (int j = 0; j < 5; j++) {
            double expected = (3 * (q1[j][0] + q1[j][2]) + 1 * q0[j][4]) / 0.5;
            assertThat(z[j]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        }
        t.logits(seq, 0, 3, 1, z); // the one-block teacher reads the newest block only
        for (int j = 0; j < 5; j++) {
            assertThat(z[j]).isCloseTo(3 * (q1[j][0] + q1[j][2]) / 0.5, org.assertj.core.data.Offset.offset(1e-12));
        }
        HighOrderTeacher reversed = task(5, List.of(1, 2), 3, true, 0.5, 0).teacher();
        assertThat(reversed.weight(0)).isEqualTo(3);
        assertThat(reversed.rank(0)).isZero();
    }

    @Test
    void theSampledNextTokenFollowsTheTeacherSoftmax() {
        // τ = 1 keeps every outcome likely enough for a chi-square test; one context (x_{t-2}, x_{t-1}) = (1, 3)
        HighOrderMarkovTask task = new HighOrderMarkovTask(5, List.of(1, 1), 1.5, false, 1.0, 2, 0, 9);
        HighOrderTeacher teacher = task.teacher();
        TaskSampler sampler = task.sampler();
        Batch batch = sampler.allocate(20_000, task.sequenceLength());
        sampler.fill(batch, 1234);
        long[] counts = new long[5];
        long n = 0;
        for (int b = 0; b < batch.size(); b++) {
            int off = batch.offset(b);
            int[] tok = batch.tokens();
            for (int next = 2; next <= batch.length(); next++) {
                if (tok[off + next - 2] == 1 && tok[off + next - 1] == 3) {
                    counts[tok[off + next]]++;
                    n++;
                }
            }
        }
        double[] p = new double[5];
        teacher.logits(new int[] {1, 3, 0}, 0, 2, 2, p);
        HighOrderTeacher.softmaxInPlace(p, 5);
        double chi2 = 0;
        for (int j = 0; j < 5; j++) {
            double e = n * p[j];
            assertThat(e).isGreaterThan(5);
            chi2 += (counts[j] - e) * (counts[j] - e) / e;
        }
        assertThat(n).isGreaterThan(1000);
        assertThat(chi2).as("chi-square, 4 degrees of freedom (0.1%% critical value 18.47)").isLessThan(18.47);
        // and a wrong law is rejected by the same test: the uniform one
        double chiUniform = 0;
        for (int j = 0; j < 5; j++) {
            chiUniform += (counts[j] - n / 5.0) * (counts[j] - n / 5.0) / (n / 5.0);
        }
        assertThat(chiUniform).isGreaterThan(18.47);
    }

    @Test
    void thePrefixIsUniformAndBatchesDependOnTheSeedAlone() {
        HighOrderMarkovTask task = task(4, List.of(1, 1, 1), 2, false, 0.1, 0);
        Batch a = task.sampler().allocate(4000, task.sequenceLength());
        Batch b = task.sampler().allocate(4000, task.sequenceLength());
        TaskSampler s = task.sampler();
        s.fill(a, 5);
        s.fill(b, 6);
        s.fill(b, 5);
        assertThat(b.tokens()).isEqualTo(a.tokens());
        long[] first = new long[4];
        for (int i = 0; i < a.size(); i++) {
            first[a.tokens()[a.offset(i)]]++;
        }
        for (long c : first) {
            assertThat(c).isBetween(850L, 1150L);
        }
    }

    @Test
    void aFiniteSetGivesDistinctTrainingSequencesPerBatchAndFreshValidation() {
        HighOrderMarkovTask task = task(20, List.of(1, 1, 1), 2, false, 0.1, 50);
        TaskSampler train = task.sampler();
        Batch batch = train.allocate(50, task.sequenceLength());
        java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
        for (long step = 0; step < 3; step++) {
            train.fill(batch, new SplittableRandom(step).nextLong());
            java.util.Set<List<Integer>> inBatch = new java.util.HashSet<>();
            for (int b = 0; b < batch.size(); b++) {
                inBatch.add(sequence(batch, b));
            }
            assertThat(inBatch).hasSize(50); // the whole set, each sequence once
            seen.addAll(inBatch);
        }
        assertThat(seen).hasSize(50); // every step draws from the same 50
        Batch val = task.evaluationSampler().allocate(50, task.sequenceLength());
        task.evaluationSampler().fill(val, 77);
        for (int b = 0; b < val.size(); b++) {
            assertThat(seen).doesNotContain(sequence(val, b));
        }
        Batch small = train.allocate(10, task.sequenceLength());
        train.fill(small, 1);
        Batch again = task.sampler().allocate(10, task.sequenceLength());
        task.sampler().fill(again, 1);
        assertThat(again.tokens()).isEqualTo(small.tokens());
    }

    private static List<Integer> sequence(Batch batch, int b) {
        return java.util.Arrays.stream(batch.tokens(), batch.offset(b), batch.offset(b) + batch.length() + 1).boxed()
                .toList();
    }
}
