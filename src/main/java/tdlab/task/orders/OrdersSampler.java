package tdlab.task.orders;

import java.util.List;
import java.util.SplittableRandom;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;

/**
 * Ragged batches ({@link Batch#ragged}) of a {@link PartialOrdersTask}'s fixed sets: the training sentences (all of
 * them in order when the batch holds them all, else distinct ones drawn by the seed), the shift set (slot i = shift
 * sentence i mod its size, whatever the seed) or, for a staged run's first stage, the K collocation pairs.
 */
final class OrdersSampler implements TaskSampler {
    private final OrdersData data;
    private final List<Sentence> sentences;
    private final int longest;
    private final boolean held;

    OrdersSampler(OrdersData data, boolean held) {
        this.data = data;
        this.held = held;
        this.sentences = held ? data.shift() : data.train();
        this.longest = sentences.stream().mapToInt(Sentence::length).max().orElse(1);
    }

    /** {@code length} is ignored: the batch fits the set's longest sentence. */
    @Override
    public Batch allocate(int size, int length) {
        return Batch.ragged(size, longest);
    }

    @Override
    public void fill(Batch batch, long seed) {
        int n = sentences.size();
        if (held || batch.size() >= n) {
            for (int b = 0; b < batch.size(); b++) {
                put(batch, b, sentences.get(b % n));
            }
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int b = 0; b < batch.size(); b++) { // partial Fisher–Yates: distinct sentences
            int j = b + random.nextInt(n - b);
            int tmp = order[b];
            order[b] = order[j];
            order[j] = tmp;
            put(batch, b, sentences.get(order[b]));
        }
    }

    private static void put(Batch batch, int b, Sentence s) {
        int off = batch.offset(b);
        int[] tokens = batch.tokens();
        for (int t = 0; t < s.length(); t++) {
            tokens[off + t] = s.token(t);
        }
        tokens[off + s.length()] = s.label();
        batch.lengths()[b] = s.length();
    }

    /** Stage 0 of a staged run trains on the collocation pairs; later stages on the sentences. */
    @Override
    public TaskSampler forStage(int stage) {
        return stage == 0 && !held ? new CollocationSampler(data) : this;
    }

    /** The K pairs (x, n(x)) as one-token sentences, all of them in every batch whatever its configured size. */
    static final class CollocationSampler implements TaskSampler {
        private final OrdersData data;

        CollocationSampler(OrdersData data) {
            this.data = data;
        }

        @Override
        public Batch allocate(int size, int length) {
            return Batch.ragged(data.vocab(), 1);
        }

        @Override
        public void fill(Batch batch, long seed) {
            for (int x = 0; x < batch.size(); x++) {
                int off = batch.offset(x);
                batch.tokens()[off] = x % data.vocab();
                batch.tokens()[off + 1] = data.collocation(x % data.vocab());
                batch.lengths()[x] = 1;
            }
        }
    }
}
