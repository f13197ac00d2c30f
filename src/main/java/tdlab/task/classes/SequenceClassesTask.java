package tdlab.task.classes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tdlab.task.ConfigException;
import tdlab.task.TaskSampler;
import tdlab.task.TaskSpec;

/**
 * Scan and Snap's sequence classes (science.md §4.2, the paper code's {@code Dataset2}): each class n is a
 * next token with its query token m = ψ(n); a sequence of class n is L − 1 context tokens drawn i.i.d. from
 * P(l | n), then m, and its label is n. Token ids follow the code's layout: the common tokens (CTs) of all
 * classes, the CTs of each query, the distinct tokens (DTs) of each class, the queries, the next tokens.
 * Unnormalised probabilities are {@code commonWeight} for every CT and linspace(uniqueMin, uniqueMax) over a
 * class's DTs, so the last DT of a class is its most likely one.
 *
 * @param queries          {@code num_last}: the number of query tokens
 * @param nextPerQuery     {@code num_next_per_last}: classes sharing one query (K = queries·nextPerQuery)
 * @param common           {@code num_common}: CTs shared by every class
 * @param commonPerQuery   {@code num_common_per_last}: CTs shared by the classes of one query
 * @param distinctPerClass {@code num_unique_per_next}: DTs of each class
 * @param commonWeight     unnormalised probability of each CT
 * @param distinctMin      unnormalised probability of a class's first (least likely) DT
 * @param distinctMax      unnormalised probability of its last (most likely) DT
 */
public record SequenceClassesTask(int queries, int nextPerQuery, int common, int commonPerQuery,
                                  int distinctPerClass, double commonWeight, double distinctMin,
                                  double distinctMax) implements TaskSpec {

    public static final String TYPE = "sequence_classes";
    /** The Y/Z model holds two M×M matrices: a desktop-sized vocabulary. */
    public static final int MAX_VOCAB = 4096;

    public SequenceClassesTask {
        ConfigException.requireRange(queries, 1, MAX_VOCAB, "task.queries");
        ConfigException.requireRange(nextPerQuery, 1, MAX_VOCAB, "task.next_per_query");
        ConfigException.requireRange(common, 0, MAX_VOCAB, "task.common");
        ConfigException.requireRange(commonPerQuery, 0, MAX_VOCAB, "task.common_per_query");
        ConfigException.requireRange(distinctPerClass, 0, MAX_VOCAB, "task.distinct_per_class");
        ConfigException.require(common + commonPerQuery + distinctPerClass >= 1, "task.distinct_per_class",
                "a class needs at least one context token: common + common_per_query + distinct_per_class is 0");
        long vocab = (long) common + (long) commonPerQuery * queries + (long) distinctPerClass * queries * nextPerQuery
                + queries + (long) queries * nextPerQuery;
        ConfigException.require(vocab <= MAX_VOCAB, "task.distinct_per_class", "the layout needs " + vocab
                + " token values (common + common_per_query·queries + distinct_per_class·K + queries + K), more than "
                + MAX_VOCAB);
        ConfigException.require(Double.isFinite(commonWeight) && commonWeight > 0 && commonWeight <= 1e6,
                "task.common_weight", "must be in (0, 1e6], got " + commonWeight);
        ConfigException.require(Double.isFinite(distinctMin) && distinctMin > 0 && distinctMin <= 1e6,
                "task.distinct_min", "must be in (0, 1e6], got " + distinctMin);
        ConfigException.require(Double.isFinite(distinctMax) && distinctMax >= distinctMin && distinctMax <= 1e6,
                "task.distinct_max", "must be in [distinct_min = " + distinctMin + ", 1e6], got " + distinctMax);
    }

    /** Syn-Small (Fig. 4): 2 queries with one class each, 10 CTs, 10 DTs per class; M = 34. */
    public static SequenceClassesTask synSmall() {
        return new SequenceClassesTask(2, 1, 10, 0, 10, 1.0, 0.1, 1.0);
    }

    /** Syn-Medium (Fig. 6): {@code queries} queries with 2 classes each, 10 CTs, 10 DTs per class. */
    public static SequenceClassesTask synMedium(int queries) {
        return new SequenceClassesTask(queries, 2, 10, 0, 10, 1.0, 0.1, 1.0);
    }

    /** K, the number of classes (next tokens). */
    public int classes() {
        return queries * nextPerQuery;
    }

    /** First token id of the per-query CTs. */
    private int commonPerQueryOffset() {
        return common;
    }

    private int distinctOffset() {
        return common + commonPerQuery * queries;
    }

    private int queryOffset() {
        return distinctOffset() + distinctPerClass * classes();
    }

    private int nextOffset() {
        return queryOffset() + queries;
    }

    /** M: every token value, context, queries and next tokens together. */
    @Override
    public int vocab() {
        return nextOffset() + classes();
    }

    /** Class n (0-based, in the code's order: query-major). */
    public SequenceClass sequenceClass(int n) {
        if (n < 0 || n >= classes()) {
            throw new IndexOutOfBoundsException("class " + n + " of " + classes());
        }
        int m = n / nextPerQuery;
        List<Integer> tokens = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int l = 0; l < common; l++) {
            tokens.add(l);
            weights.add(commonWeight);
        }
        int perQuery = commonPerQueryOffset() + m * commonPerQuery;
        for (int l = 0; l < commonPerQuery; l++) {
            tokens.add(perQuery + l);
            weights.add(commonWeight);
        }
        int distinctFrom = distinctOffset() + n * distinctPerClass;
        for (int l = 0; l < distinctPerClass; l++) {
            tokens.add(distinctFrom + l);
            // torch.linspace(min, max, n): one point is min itself
            weights.add(distinctPerClass == 1 ? distinctMin
                    : distinctMin + (distinctMax - distinctMin) * l / (distinctPerClass - 1));
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[] probs = weights.stream().mapToDouble(w -> w / total).toArray();
        return new SequenceClass(n, queryOffset() + m, nextOffset() + n,
                tokens.stream().mapToInt(Integer::intValue).toArray(), probs, common + commonPerQuery);
    }

    /** Every class, in order. */
    public List<SequenceClass> allClasses() {
        List<SequenceClass> all = new ArrayList<>();
        for (int n = 0; n < classes(); n++) {
            all.add(sequenceClass(n));
        }
        return Collections.unmodifiableList(all);
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
        return new SequenceClassesSampler(allClasses());
    }

    /** L − 1 ≥ 1 context tokens and the query. */
    @Override
    public void checkShape(int batchSize, int sequenceLength) {
        ConfigException.require(sequenceLength >= 2, "training.sequence_length",
                "must be at least 2 (L − 1 context tokens and the query), got " + sequenceLength);
    }
}
