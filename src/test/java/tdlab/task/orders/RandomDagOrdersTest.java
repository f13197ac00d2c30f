package tdlab.task.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.task.ConfigException;

/** The random-DAG orders of {@code task.order = "random_dag"}, and the priorities variant left as it was. */
class RandomDagOrdersTest {
    private static final PartialOrdersTask DAG = PartialOrdersTask.s6(0).withOrder(OrderKind.RANDOM_DAG, 0.3);

    /** The recorded draws were written by the code before the DAG existed (commit 573cedb's fixture). */
    @Test
    void thePrioritiesVariantDrawsWhatItDrewBefore() throws Exception {
        List<String> recorded = Files.readAllLines(Path.of("src/test/resources/orders/priorities-before-dag.txt"));
        List<String> now = new ArrayList<>(List.of(recorded.get(0)));
        for (PartialOrdersTask t : List.of(PartialOrdersTask.s6(0), new PartialOrdersTask(6, 40, 4, 10, 3, 5, 7))) {
            assertThat(t.order()).isEqualTo(OrderKind.PRIORITIES);
            OrdersData d = t.data();
            now.add("task " + t.vocab() + " " + t.trainSentences() + " " + t.maxLength() + " " + t.shiftSentences()
                    + " " + t.shiftMinLength() + " " + t.shiftMaxLength() + " " + t.seed());
            StringBuilder c = new StringBuilder("collocation");
            for (int x = 0; x < t.vocab(); x++) {
                c.append(' ').append(d.collocation(x));
            }
            now.add(c.toString());
            for (int q = 0; q < t.vocab(); q++) {
                StringBuilder r = new StringBuilder("ranking " + q);
                for (int x : d.ranking(q)) {
                    r.append(' ').append(x);
                }
                now.add(r.toString());
            }
            d.train().forEach(s -> now.add("train " + line(s)));
            d.shift().forEach(s -> now.add("shift " + line(s)));
        }
        assertThat(now).isEqualTo(recorded);
    }

    private static String line(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (int x : s.tokens()) {
            b.append(x).append(' ');
        }
        return b.append("> ").append(s.optimal()).append(' ').append(s.label()).toString();
    }

    @Test
    void eachQuerysOrderIsAStrictPartialOrderWithIncomparablePairs() {
        OrdersData d = DAG.data();
        assertThat(d.total()).isFalse();
        assertThat(d.kind()).isEqualTo(OrderKind.RANDOM_DAG);
        int k = d.vocab();
        int incomparable = 0;
        for (int q = 0; q < k; q++) {
            for (int u = 0; u < k; u++) {
                assertThat(d.prefers(q, u, u)).as("irreflexive").isFalse();
                for (int v = 0; v < k; v++) {
                    if (d.prefers(q, u, v)) {
                        assertThat(d.prefers(q, v, u)).as("antisymmetric: no cycle").isFalse();
                        assertThat(d.level(q, u)).isLessThan(d.level(q, v));
                        assertThat(d.priority(q, u)).as("the ranking extends ≻_q").isGreaterThan(d.priority(q, v));
                        for (int w = 0; w < k; w++) {
                            if (d.prefers(q, v, w)) {
                                assertThat(d.prefers(q, u, w)).as("transitive").isTrue();
                            }
                        }
                    }
                    if (!d.comparable(q, u, v)) {
                        incomparable++;
                    }
                }
                // a level is one more than the deepest token above: some token above sits one level up
                if (d.level(q, u) > 1) {
                    boolean parent = false;
                    for (int a = 0; a < k; a++) {
                        parent |= d.prefers(q, a, u) && d.level(q, a) == d.level(q, u) - 1;
                    }
                    assertThat(parent).isTrue();
                }
            }
            int[] r = d.ranking(q);
            assertThat(java.util.Arrays.stream(r).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, k)
                    .toArray());
        }
        assertThat(incomparable).as("p = 0.3 leaves pairs unordered").isGreaterThan(k * k);
    }

    /** The Hasse diagram's edges (directlyBelow) close transitively to the order and are none of them implied. */
    @Test
    void theTokensDirectlyBelowAreTheHasseDiagramsEdges() {
        OrdersData d = DAG.data();
        int k = d.vocab();
        for (int q = 0; q < k; q++) {
            boolean[][] edges = new boolean[k][k];
            for (int x = 0; x < k; x++) {
                for (int v : d.directlyBelow(q, x)) {
                    assertThat(d.prefers(q, x, v)).isTrue();
                    assertThat(d.level(q, v)).isGreaterThan(d.level(q, x));
                    edges[x][v] = true;
                }
            }
            boolean[][] closed = QueryOrders.transitiveClosure(edges);
            for (int u = 0; u < k; u++) {
                for (int v = 0; v < k; v++) {
                    assertThat(closed[u][v]).isEqualTo(d.prefers(q, u, v));
                    if (edges[u][v]) {
                        edges[u][v] = false; // an edge of the diagram is implied by no other path
                        assertThat(QueryOrders.transitiveClosure(edges)[u][v]).isFalse();
                        edges[u][v] = true;
                    }
                }
            }
        }
        assertThat(d.comparableShare()).isBetween(0.3, 0.7);
        assertThat(PartialOrdersTask.s6(0).data().comparableShare()).isEqualTo(1.0);
    }

    @Test
    void everySentencesOptimalTokenIsAboveEveryOtherTokenOfIt() {
        OrdersData d = DAG.data();
        assertThat(d.train()).hasSize(300);
        assertThat(d.shift()).hasSize(300);
        List<Sentence> all = new ArrayList<>(d.train());
        all.addAll(d.shift());
        for (Sentence s : all) {
            for (int x : s.tokens()) {
                if (x != s.optimal()) {
                    assertThat(d.prefers(s.query(), s.optimal(), x)).as(s.toString()).isTrue();
                }
            }
            assertThat(s.label()).isEqualTo(d.collocation(s.optimal()));
        }
        d.shift().forEach(s -> assertThat(d.followsByTransitivity(s)).isTrue());
    }

    @Test
    void aSentenceWithSeveralMaximalTokensHasNoOptimalOne() {
        OrdersData d = DAG.data();
        int q = 0;
        int[] pair = incomparablePair(d, q);
        assertThatThrownBy(() -> d.sentence(new int[] {pair[0], pair[1], q}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Two tokens other than q that q's order leaves unordered, and neither below q (so the set has two maxima). */
    private static int[] incomparablePair(OrdersData d, int q) {
        for (int u = 0; u < d.vocab(); u++) {
            for (int v = 0; v < d.vocab(); v++) {
                if (u != q && v != q && u != v && !d.comparable(q, u, v) && !d.prefers(q, q, u)
                        && !d.prefers(q, q, v)) {
                    return new int[] {u, v};
                }
            }
        }
        throw new AssertionError("no incomparable pair under query " + q);
    }

    @Test
    void theDrawIsDeterministicInTheSeedAndTheEdgeProbability() {
        OrdersData a = DAG.data();
        OrdersData b = PartialOrdersTask.s6(0).withOrder(OrderKind.RANDOM_DAG, 0.3).data();
        assertThat(a.train()).isEqualTo(b.train());
        assertThat(a.shift()).isEqualTo(b.shift());
        assertThat(PartialOrdersTask.s6(1).withOrder(OrderKind.RANDOM_DAG, 0.3).data().train())
                .isNotEqualTo(a.train());
        assertThat(PartialOrdersTask.s6(0).withOrder(OrderKind.RANDOM_DAG, 0.6).data().train())
                .isNotEqualTo(a.train());
    }

    @Test
    void edgeProbabilityOneIsATotalOrder() {
        OrdersData d = PartialOrdersTask.s6(0).withOrder(OrderKind.RANDOM_DAG, 1).data();
        for (int q = 0; q < d.vocab(); q++) {
            for (int u = 0; u < d.vocab(); u++) {
                assertThat(d.level(q, u)).isEqualTo(d.vocab() - d.priority(q, u));
                for (int v = 0; v < d.vocab(); v++) {
                    assertThat(d.comparable(q, u, v)).isTrue();
                }
            }
        }
    }

    @Test
    void badInputIsRefusedWithItsField() {
        PartialOrdersTask s6 = PartialOrdersTask.s6(0);
        assertRefused(() -> s6.withOrder(OrderKind.RANDOM_DAG, 0), "task.edge_probability");
        assertRefused(() -> s6.withOrder(OrderKind.RANDOM_DAG, 1.5), "task.edge_probability");
        assertRefused(() -> s6.withOrder(OrderKind.RANDOM_DAG, Double.NaN), "task.edge_probability");
        assertRefused(() -> s6.withOrder(null, 0.5), "task.order");
        assertRefused(() -> OrderKind.of("dag", "task.order"), "task.order");
        // almost no edges: two-token sentences need a comparable pair, so the training set cannot be drawn
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> s6.withOrder(OrderKind.RANDOM_DAG, 1e-4)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo("task.edge_probability"))
                .hasMessageContaining("unique maximal token");
        assertThat((System.nanoTime() - t0) / 1e9).as("refused within its cap of tries").isLessThan(5);
        // sparse orders reveal too little for S6's transitive shift set
        assertRefused(() -> s6.withOrder(OrderKind.RANDOM_DAG, 0.1), "task.shift_sentences");
    }

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo(field));
    }
}
