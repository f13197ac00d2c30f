package tdlab.task.orders;

import java.util.List;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;
import tdlab.task.TaskSpec;

/**
 * Query-dependent partial orders with collocations (Huang–Liang–Yang, science.md §2.3; scenario S6, "paper setting
 * reconstructed": the paper's exact data recipe was not recovered, this is our instantiation). K tokens; a
 * collocation permutation n(·); for each query q an order ≻_q, total from random priorities or partial from a random
 * DAG ({@link OrderKind}); training sentences of lengths 2 … {@code maxLength} whose last token is the query and whose
 * label is n(x*), x* the sentence's ≻_q-greatest token (a DAG's sentences without one are not drawn); a held-out shift
 * set of longer sentences whose optimal token follows from the training
 * sentences by transitivity. Every set is drawn once from {@code seed} ({@link OrdersData}).
 *
 * <p>Training data: a staged run's first stage draws the K collocation pairs (x, n(x)) as one-token sentences (the
 * query attends to itself alone, a = 1), every later stage and a run without stages the training sentences.
 * {@code training.batch_size} equal to {@code train_sentences} is full-batch gradient descent (the set in its
 * order); a smaller batch draws that many distinct sentences per step. Validation and probe data are the shift set
 * (slot i holds shift sentence i mod its size).
 *
 * @param vocab          K
 * @param trainSentences training sentences
 * @param maxLength      L_max, the longest training sentence (tokens, the query included)
 * @param shiftSentences held-out shift sentences
 * @param shiftMinLength their shortest length
 * @param shiftMaxLength their longest length
 * @param order          how each query's order is drawn ({@code task.order})
 * @param edgeProbability p ∈ (0, 1]: a random DAG's chance of an edge per forward pair (read, checked and written
 *                        under priorities too, where it is unused)
 * @param seed           the draw of the collocation, the orders and both sets
 */
public record PartialOrdersTask(int vocab, int trainSentences, int maxLength, int shiftSentences, int shiftMinLength,
                                int shiftMaxLength, OrderKind order, double edgeProbability, long seed)
        implements TaskSpec {

    public static final String TYPE = "partial_orders";
    /** Sentences are sets of distinct tokens kept as bit masks. */
    public static final int MAX_VOCAB = 48;
    /** The shortest training sentence: one token and the query. */
    public static final int MIN_LENGTH = 2;
    public static final int MAX_SENTENCES = 100_000;
    /**
     * A random DAG's default edge probability: at K = 12 (S6's sizes, data seeds 0–3) about 80% of a query's token
     * pairs end up comparable through the closure's chains, in about 8 levels; 0.3 leaves about half incomparable
     * (S6c), and below 0.2 S6's shift set can no longer be drawn.
     */
    public static final double DEFAULT_EDGE_PROBABILITY = 0.5;

    public PartialOrdersTask {
        ConfigException.requireRange(vocab, 2, MAX_VOCAB, "task.vocab");
        ConfigException.requireRange(trainSentences, 1, MAX_SENTENCES, "task.train_sentences");
        ConfigException.require(maxLength >= MIN_LENGTH && maxLength <= vocab, "task.max_length",
                "must be an integer in [2, vocab = " + vocab + "] (a sentence's tokens are distinct), got " + maxLength);
        ConfigException.requireRange(shiftSentences, 1, MAX_SENTENCES, "task.shift_sentences");
        ConfigException.require(shiftMinLength >= MIN_LENGTH && shiftMinLength <= vocab, "task.shift_min_length",
                "must be an integer in [2, vocab = " + vocab + "], got " + shiftMinLength);
        ConfigException.require(shiftMaxLength >= shiftMinLength && shiftMaxLength <= vocab, "task.shift_max_length",
                "must be an integer in [shift_min_length = " + shiftMinLength + ", vocab = " + vocab + "], got "
                        + shiftMaxLength);
        ConfigException.require(order != null, "task.order", "must be one of " + OrderKind.keys());
        ConfigException.require(edgeProbability > 0 && edgeProbability <= 1, "task.edge_probability",
                "must be a number in (0, 1], got " + edgeProbability);
        // refuses sets that cannot be drawn: the shift set naming task.shift_sentences, a DAG's training sentences
        // task.edge_probability
        new OrdersData(vocab, trainSentences, maxLength, shiftSentences, shiftMinLength, shiftMaxLength, order,
                edgeProbability, seed);
    }

    /** Total orders from random priorities (S6a, S6b). */
    public PartialOrdersTask(int vocab, int trainSentences, int maxLength, int shiftSentences, int shiftMinLength,
                             int shiftMaxLength, long seed) {
        this(vocab, trainSentences, maxLength, shiftSentences, shiftMinLength, shiftMaxLength, OrderKind.PRIORITIES,
                DEFAULT_EDGE_PROBABILITY, seed);
    }

    /** S6's data (science.md S6): K = 12, 300 sentences of length 2–6, a shift set of 300 of length 4–8. */
    public static PartialOrdersTask s6(long seed) {
        return new PartialOrdersTask(12, 300, 6, 300, 4, 8, seed);
    }

    /** This task with each query's order drawn as {@code order} with edge probability {@code p}. */
    public PartialOrdersTask withOrder(OrderKind order, double p) {
        return new PartialOrdersTask(vocab, trainSentences, maxLength, shiftSentences, shiftMinLength, shiftMaxLength,
                order, p, seed);
    }

    /** The drawn collocation, orders and sentences (computed anew on each call: keep it). */
    public OrdersData data() {
        return new OrdersData(vocab, trainSentences, maxLength, shiftSentences, shiftMinLength, shiftMaxLength, order,
                edgeProbability, seed);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public TaskSampler sampler() {
        return new OrdersSampler(data(), false);
    }

    @Override
    public TaskSampler evaluationSampler() {
        return new OrdersSampler(data(), true);
    }

    /** A batch holds at most the training set; a sentence of L_max tokens must fit. */
    @Override
    public void checkShape(int batchSize, int sequenceLength) {
        ConfigException.require(batchSize <= trainSentences, "training.batch_size", "must be at most task.train_sentences"
                + " = " + trainSentences + " (a batch draws distinct training sentences), got " + batchSize);
        ConfigException.require(sequenceLength >= maxLength, "training.sequence_length", "must be at least"
                + " task.max_length = " + maxLength + " (the longest training sentence), got " + sequenceLength);
    }
}
