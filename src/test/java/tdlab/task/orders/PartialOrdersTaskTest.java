package tdlab.task.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tdlab.task.Batch;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;

class PartialOrdersTaskTest {
    private static final PartialOrdersTask S6 = PartialOrdersTask.s6(0);

    @Test
    void sentencesEndWithTheirQueryAndAreLabelledByTheirOptimalTokensCollocation() {
        OrdersData d = S6.data();
        assertThat(d.train()).hasSize(300);
        assertThat(d.shift()).hasSize(300);
        Set<Integer> images = new HashSet<>();
        for (int x = 0; x < 12; x++) {
            images.add(d.collocation(x));
        }
        assertThat(images).hasSize(12); // a permutation
        for (Sentence s : d.train()) {
            assertThat(s.length()).isBetween(2, 6);
            assertDistinctAndOptimal(d, s);
        }
        for (Sentence s : d.shift()) {
            assertThat(s.length()).isBetween(4, 8);
            assertDistinctAndOptimal(d, s);
            assertThat(d.followsByTransitivity(s)).isTrue();
        }
    }

    private static void assertDistinctAndOptimal(OrdersData d, Sentence s) {
        int[] t = s.tokens();
        assertThat(new HashSet<>(java.util.Arrays.stream(t).boxed().toList())).hasSize(t.length);
        for (int x : t) {
            assertThat(d.priority(s.query(), s.optimal())).isGreaterThanOrEqualTo(d.priority(s.query(), x));
        }
        assertThat(s.label()).isEqualTo(d.collocation(s.optimal()));
    }

    @Test
    void shiftSentencesAreUnseenAndDistinct() {
        OrdersData d = S6.data();
        Set<Long> train = new HashSet<>();
        d.train().forEach(s -> train.add(s.key()));
        Set<Long> shift = new HashSet<>();
        for (Sentence s : d.shift()) {
            assertThat(train).doesNotContain(s.key());
            assertThat(shift.add(s.key())).isTrue();
        }
    }

    @Test
    void theDrawIsDeterministicInTheSeed() {
        assertThat(S6.data().train()).isEqualTo(PartialOrdersTask.s6(0).data().train());
        assertThat(S6.data().shift()).isEqualTo(PartialOrdersTask.s6(0).data().shift());
        assertThat(PartialOrdersTask.s6(1).data().train()).isNotEqualTo(S6.data().train());
    }

    @Test
    void theRankingListsAQuerysTokensByPriority() {
        OrdersData d = S6.data();
        int[] r = d.ranking(3);
        for (int i = 1; i < r.length; i++) {
            assertThat(d.priority(3, r[i - 1])).isGreaterThan(d.priority(3, r[i]));
        }
    }

    @Test
    void aStagedRunsFirstStageDrawsTheCollocationPairs() {
        OrdersData d = S6.data();
        TaskSampler sentences = S6.sampler();
        TaskSampler pairs = sentences.forStage(0);
        assertThat(sentences.forStage(1)).isSameAs(sentences);
        Batch b = pairs.allocate(300, 6);
        pairs.fill(b, 7);
        assertThat(b.size()).isEqualTo(12);
        for (int x = 0; x < 12; x++) {
            assertThat(b.length(x)).isEqualTo(1);
            assertThat(b.input(x, 0)).isEqualTo(x);
            assertThat(b.label(x)).isEqualTo(d.collocation(x));
        }
        Batch full = sentences.allocate(300, 6);
        sentences.fill(full, 1);
        for (int i = 0; i < 300; i++) {
            Sentence s = d.train().get(i);
            assertThat(full.length(i)).isEqualTo(s.length());
            assertThat(full.input(i, s.length() - 1)).isEqualTo(s.query());
            assertThat(full.label(i)).isEqualTo(s.label());
        }
        Batch shift = S6.evaluationSampler().allocate(300, 6);
        S6.evaluationSampler().fill(shift, 5);
        assertThat(shift.length()).isEqualTo(8);
        assertThat(shift.label(299)).isEqualTo(d.shift().get(299).label());
    }

    @Test
    void aMiniBatchDrawsDistinctSentencesBySeed() {
        TaskSampler s = S6.sampler();
        Batch a = s.allocate(50, 6);
        Batch b = s.allocate(50, 6);
        s.fill(a, 3);
        s.fill(b, 3);
        assertThat(a.tokens()).isEqualTo(b.tokens());
        s.fill(b, 4);
        assertThat(a.tokens()).isNotEqualTo(b.tokens());
    }

    @Test
    void badInputIsRefusedWithItsField() {
        assertRefused(() -> new PartialOrdersTask(1, 300, 2, 300, 4, 8, 0), "task.vocab");
        assertRefused(() -> new PartialOrdersTask(12, 300, 1, 300, 4, 8, 0), "task.max_length");
        assertRefused(() -> new PartialOrdersTask(12, 300, 13, 300, 4, 8, 0), "task.max_length");
        assertRefused(() -> new PartialOrdersTask(12, 300, 6, 300, 4, 13, 0), "task.shift_max_length");
        assertRefused(() -> new PartialOrdersTask(12, 300, 6, 300, 5, 4, 0), "task.shift_max_length");
        // two training sentences reveal too little for 300 transitive shift sentences
        assertRefused(() -> new PartialOrdersTask(12, 2, 6, 300, 4, 8, 0), "task.shift_sentences");
        // K = 4 has too few sentences of length 4 to hold 50 distinct unseen ones
        assertRefused(() -> new PartialOrdersTask(4, 50, 4, 50, 4, 4, 0), "task.shift_sentences");
        assertRefused(() -> S6.checkShape(301, 6), "training.batch_size");
        assertRefused(() -> S6.checkShape(300, 5), "training.sequence_length");
    }

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo(field));
    }
}
