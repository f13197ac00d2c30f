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
 * priorities, the training sentences, the relation they reveal and the shift set. Deterministic in the task.
 *
 * <p>Drawing order from {@code SplittableRandom(seed)}: the collocation (Fisher–Yates), then for each query q = 0 … K−1
 * a random permutation of 0 … K−1 as its priorities (token x gets priority[q][x]; higher is preferred), then the
 * training sentences, then the shift set. A sentence: its query uniformly, its length uniformly in the range, its
 * other tokens drawn without replacement from the K − 1 tokens other than the query (so a sentence's tokens are
 * distinct), the query last.
 *
 * <p>The revealed relation of query q: u ▷_q v when some training sentence with query q has optimal token u and
 * contains v ≠ u. A shift sentence is a sentence of the shift lengths whose optimal token x* satisfies x* ▷_q⁺ v for
 * every other token v in it (▷_q⁺ the transitive closure: x*'s lead follows from the training sentences by
 * transitivity), whose token set (with its query) is no training sentence's, and which no earlier shift sentence
 * repeats.
 */
public final class OrdersData {
    /** Shift-set draws tried per sentence asked for, and at least this many in all, before the task is refused. */
    static final int ATTEMPTS_PER_SENTENCE = 2000;
    static final int MIN_ATTEMPTS = 200_000;
    /**
     * At most this many draws (about half a second): a shift set that the sentences' space cannot hold is refused in
     * that time, not after minutes of a frozen editor (100 000 sentences asked 2·10⁸ draws).
     */
    static final long MAX_ATTEMPTS = 5_000_000;

    private final int vocab;
    private final int[] collocation;
    private final int[][] priority;
    private final List<Sentence> train;
    private final List<Sentence> shift;
    private final boolean[][][] revealed;
    private final boolean[][][] closure;

    /** The draw of these task fields (the record's compact constructor validates with it before its fields are set). */
    OrdersData(int vocab, int trainSentences, int maxLength, int shiftSentences, int shiftMinLength,
               int shiftMaxLength, long seed) {
        this.vocab = vocab;
        SplittableRandom random = new SplittableRandom(seed);
        collocation = permutation(vocab, random);
        priority = new int[vocab][];
        for (int q = 0; q < vocab; q++) {
            priority[q] = permutation(vocab, random);
        }
        List<Sentence> t = new ArrayList<>();
        for (int i = 0; i < trainSentences; i++) {
            t.add(draw(random, PartialOrdersTask.MIN_LENGTH, maxLength));
        }
        train = Collections.unmodifiableList(t);
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
            closure[q] = transitiveClosure(revealed[q]);
        }
        shift = Collections.unmodifiableList(drawShift(random, trainSentences, shiftSentences, shiftMinLength,
                shiftMaxLength));
    }

    private List<Sentence> drawShift(SplittableRandom random, int trainSentences, int count, int minLength,
                                     int maxLength) {
        Set<Long> seen = new HashSet<>();
        for (Sentence s : train) {
            seen.add(s.key());
        }
        List<Sentence> out = new ArrayList<>();
        long attempts = Math.min(MAX_ATTEMPTS, Math.max(MIN_ATTEMPTS, (long) ATTEMPTS_PER_SENTENCE * count));
        for (long a = 0; a < attempts && out.size() < count; a++) {
            Sentence s = draw(random, minLength, maxLength);
            if (followsByTransitivity(s) && seen.add(s.key())) {
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
        return sentence(tokens);
    }

    /** The sentence of these tokens (query last) with its optimal token and label. */
    public Sentence sentence(int[] tokens) {
        int q = tokens[tokens.length - 1];
        int best = tokens[0];
        for (int t : tokens) {
            if (priority[q][t] > priority[q][best]) {
                best = t;
            }
        }
        return new Sentence(tokens, best, collocation[best]);
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    private static boolean[][] transitiveClosure(boolean[][] r) {
        int n = r.length;
        boolean[][] c = new boolean[n][];
        for (int i = 0; i < n; i++) {
            c[i] = r[i].clone();
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (c[i][k]) {
                    for (int j = 0; j < n; j++) {
                        c[i][j] |= c[k][j];
                    }
                }
            }
        }
        return c;
    }

    public int vocab() {
        return vocab;
    }

    /** n(x), the token that follows x when x is a sentence's optimal token. */
    public int collocation(int x) {
        return collocation[x];
    }

    /** The priority of token x for query q: 0 … K−1, higher preferred (u ≻_q v ⇔ priority(q, u) > priority(q, v)). */
    public int priority(int q, int x) {
        return priority[q][x];
    }

    /** Query q's tokens from its highest priority to its lowest. */
    public int[] ranking(int q) {
        int[] out = new int[vocab];
        for (int x = 0; x < vocab; x++) {
            out[vocab - 1 - priority[q][x]] = x;
        }
        return out;
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
