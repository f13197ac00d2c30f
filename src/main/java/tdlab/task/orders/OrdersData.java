package tdlab.task.orders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import tdlab.task.ConfigException;

/**
 * Everything a {@link PartialOrdersTask} draws from its seed, once: the collocation permutation n(·), each query's
 * order ≻_q, the training sentences, the relation they reveal and the shift set. Deterministic in the task.
 *
 * <p>Drawing order from {@code SplittableRandom(seed)}: the collocation (Fisher–Yates), then each query's order
 * ({@link QueryOrders}: random priorities, or a random DAG's topological order and its edges), then the training
 * sentences, then the shift set. A sentence: its query uniformly, its length uniformly in the range, its other tokens
 * drawn without replacement from the K − 1 tokens other than the query (so a sentence's tokens are distinct), the
 * query last. Its optimal token is its greatest token under ≻_q, the query included: under priorities every sentence
 * has one; under a DAG a sentence without one (several maximal tokens) is drawn again, at most {@link #attempts}
 * times in all before the task is refused naming {@code task.edge_probability}.
 *
 * <p>The revealed relation of query q: u ▷_q v when some training sentence with query q has optimal token u and
 * contains v ≠ u. A shift sentence is a sentence of the shift lengths whose optimal token x* satisfies x* ▷_q⁺ v for
 * every other token v in it (▷_q⁺ the transitive closure: x*'s lead follows from the training sentences by
 * transitivity), whose token set (with its query) is no training sentence's, and which no earlier shift sentence
 * repeats.
 */
public final class OrdersData {
    /** Draws tried per sentence asked for, and at least this many in all, before a set is refused. */
    static final int ATTEMPTS_PER_SENTENCE = 2000;
    static final int MIN_ATTEMPTS = 200_000;
    /**
     * At most this many draws (about half a second): a shift set that the sentences' space cannot hold is refused in
     * that time, not after minutes of a frozen editor (100 000 sentences asked 2·10⁸ draws).
     */
    static final long MAX_ATTEMPTS = 5_000_000;

    private final int vocab;
    private final int[] collocation;
    private final OrderKind kind;
    private final double edgeProbability;
    private final QueryOrders orders;
    private final List<Sentence> train;
    private final List<Sentence> shift;
    private final boolean[][][] revealed;
    private final boolean[][][] closure;

    /** The draw of these task fields (the record's compact constructor validates with it before its fields are set). */
    OrdersData(int vocab, int trainSentences, int maxLength, int shiftSentences, int shiftMinLength,
               int shiftMaxLength, OrderKind kind, double edgeProbability, long seed) {
        this.vocab = vocab;
        this.kind = kind;
        this.edgeProbability = edgeProbability;
        SplittableRandom random = new SplittableRandom(seed);
        collocation = QueryOrders.permutation(vocab, random);
        orders = kind == OrderKind.PRIORITIES ? QueryOrders.priorities(vocab, random)
                : QueryOrders.randomDag(vocab, edgeProbability, random);
        train = Collections.unmodifiableList(drawTrain(random, trainSentences, maxLength));
        revealed = new boolean[vocab][vocab][vocab];
        for (Sentence s : train) {
            for (int v : s.tokens()) {
                if (v != s.optimal()) {
                    revealed[s.query()][s.optimal()][v] = true;
                }
            }
        }
        closure = new boolean[vocab][][];
        for (int q = 0; q < vocab; q++) {
            closure[q] = QueryOrders.transitiveClosure(revealed[q]);
        }
        shift = Collections.unmodifiableList(drawShift(random, trainSentences, shiftSentences, shiftMinLength,
                shiftMaxLength));
    }

    /** The tries allowed for a set of {@code count} sentences. */
    static long attempts(int count) {
        return Math.min(MAX_ATTEMPTS, Math.max(MIN_ATTEMPTS, (long) ATTEMPTS_PER_SENTENCE * count));
    }

    /** Training sentences with a greatest token (every draw under priorities: their random stream is as it was). */
    private List<Sentence> drawTrain(SplittableRandom random, int count, int maxLength) {
        List<Sentence> out = new ArrayList<>();
        long attempts = attempts(count);
        for (long a = 0; a < attempts && out.size() < count; a++) {
            Sentence s = draw(random, PartialOrdersTask.MIN_LENGTH, maxLength);
            if (s != null) {
                out.add(s);
            }
        }
        ConfigException.require(out.size() == count, "task.edge_probability", "only " + out.size() + " of " + count
                + " training sentences of length " + PartialOrdersTask.MIN_LENGTH + "–" + maxLength + " with a"
                + " unique maximal token could be drawn in " + attempts + " tries: with edge probability "
                + edgeProbability + " most of them have several; raise it or shorten task.max_length");
        return out;
    }

    private List<Sentence> drawShift(SplittableRandom random, int trainSentences, int count, int minLength,
                                     int maxLength) {
        Set<Long> seen = new HashSet<>();
        for (Sentence s : train) {
            seen.add(s.key());
        }
        List<Sentence> out = new ArrayList<>();
        long attempts = attempts(count);
        for (long a = 0; a < attempts && out.size() < count; a++) {
            Sentence s = draw(random, minLength, maxLength);
            if (s != null && followsByTransitivity(s) && seen.add(s.key())) {
                out.add(s);
            }
        }
        ConfigException.require(out.size() == count, "task.shift_sentences", "only " + out.size()
                + " of " + count + " shift sentences could be drawn in " + attempts + " tries: a shift"
                + " sentence of length " + minLength + "–" + maxLength + " must be new and its"
                + " optimal token's lead must follow by transitivity from the " + trainSentences
                + " training sentences; ask for fewer, shorter ones or more training sentences");
        return out;
    }

    /** Whether the sentence's optimal token leads every other token of it by the closure of the revealed relation. */
    public boolean followsByTransitivity(Sentence s) {
        boolean[][] c = closure[s.query()];
        for (int v : s.tokens()) {
            if (v != s.optimal() && !c[s.optimal()][v]) {
                return false;
            }
        }
        return true;
    }

    /** A random sentence of these lengths; null when its tokens have no greatest one (possible under a DAG). */
    private Sentence draw(SplittableRandom random, int minLength, int maxLength) {
        int q = random.nextInt(vocab);
        int len = minLength + random.nextInt(maxLength - minLength + 1);
        int[] others = new int[vocab - 1];
        for (int i = 0, x = 0; x < vocab; x++) {
            if (x != q) {
                others[i++] = x;
            }
        }
        int[] tokens = new int[len];
        for (int i = 0; i < len - 1; i++) { // partial Fisher–Yates: without replacement
            int j = i + random.nextInt(others.length - i);
            int tmp = others[i];
            others[i] = others[j];
            others[j] = tmp;
            tokens[i] = others[i];
        }
        tokens[len - 1] = q;
        int best = orders.greatest(q, tokens);
        return best < 0 ? null : new Sentence(tokens, best, collocation[best]);
    }

    /**
     * The sentence of these tokens (query last) with its optimal token, the greatest under ≻_q, and its label; an
     * IllegalArgumentException when no token is ≻_q every other one (a DAG's sentence with several maximal tokens).
     */
    public Sentence sentence(int[] tokens) {
        int q = tokens[tokens.length - 1];
        int best = orders.greatest(q, tokens);
        if (best < 0) {
            throw new IllegalArgumentException("no token of " + java.util.Arrays.toString(tokens) + " is ≻_" + q
                    + " every other one");
        }
        return new Sentence(tokens, best, collocation[best]);
    }

    public int vocab() {
        return vocab;
    }

    /** n(x), the token that follows x when x is a sentence's optimal token. */
    public int collocation(int x) {
        return collocation[x];
    }

    /** How the orders were drawn ({@code task.order}). */
    public OrderKind kind() {
        return kind;
    }

    /** Whether every query's order is total (random priorities): then any two tokens are comparable. */
    public boolean total() {
        return orders.total();
    }

    /** u ≻_q v: u is preferred to v under query q (false both ways for incomparable tokens of a DAG). */
    public boolean prefers(int q, int u, int v) {
        return orders.above(q, u, v);
    }

    /** Whether u and v are comparable under query q (u = v, u ≻_q v or v ≻_q u). */
    public boolean comparable(int q, int u, int v) {
        return u == v || orders.above(q, u, v) || orders.above(q, v, u);
    }

    /**
     * The tokens directly below x under query q, in {@link #ranking} order: x ≻_q v with no token between (x's edges
     * down in the Hasse diagram). A total order's: the next token in its ranking.
     */
    public int[] directlyBelow(int q, int x) {
        return java.util.Arrays.stream(ranking(q)).filter(v -> orders.above(q, x, v)
                && java.util.stream.IntStream.range(0, vocab).noneMatch(w -> orders.above(q, x, w)
                && orders.above(q, w, v))).toArray();
    }

    /** The share of token pairs {u ≠ v} that the queries' orders compare, over all queries: 1 for total orders. */
    public double comparableShare() {
        long comparable = 0;
        for (int q = 0; q < vocab; q++) {
            for (int u = 0; u < vocab; u++) {
                for (int v = u + 1; v < vocab; v++) {
                    comparable += comparable(q, u, v) ? 1 : 0;
                }
            }
        }
        return comparable / (vocab * (vocab * (vocab - 1) / 2.0));
    }

    /**
     * Token x's level under query q: 1 when no token is ≻_q x, else one more than the deepest such token (the rows of
     * the order's Hasse diagram). A total order's levels are its ranks.
     */
    public int level(int q, int x) {
        return orders.level(q, x);
    }

    /**
     * Token x's place in {@link #ranking}: 0 … K−1, higher first. For a total order its priority (u ≻_q v ⇔
     * priority(q, u) > priority(q, v)); for a DAG only u ≻_q v ⇒ priority(q, u) > priority(q, v).
     */
    public int priority(int q, int x) {
        return orders.priority(q, x);
    }

    /**
     * Query q's tokens in a linear extension of ≻_q: by level, then the token above more tokens first. For a total
     * order its ranking from the highest priority to the lowest; for a DAG one order compatible with it, not the only.
     */
    public int[] ranking(int q) {
        return orders.ranking(q);
    }

    /** The training sentences, in their drawn order. */
    public List<Sentence> train() {
        return train;
    }

    /** The held-out shift sentences. */
    public List<Sentence> shift() {
        return shift;
    }

    /** Whether a training sentence with query q has optimal token u and contains v (u ▷_q v). */
    public boolean revealed(int q, int u, int v) {
        return revealed[q][u][v];
    }
}
