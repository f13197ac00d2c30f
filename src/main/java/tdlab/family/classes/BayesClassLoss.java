package tdlab.family.classes;

import java.util.List;
import java.util.SplittableRandom;
import tdlab.task.Batch;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;

/**
 * The Bayes loss of sequence classes: −ln P(n | context, query) with P(n | x) ∝ Π_t P(x_t | n) over the classes
 * of the query. Exactly 0 when each query has a single class; otherwise a Monte Carlo mean over fresh sequences.
 *
 * @param value     the loss, nats
 * @param error     its standard error (0 when exact)
 * @param sequences sequences drawn (0 when exact)
 */
public record BayesClassLoss(double value, double error, int sequences) {
    /** Enough for a standard error well below the losses the charts resolve at L ≥ 8. */
    static final int SEQUENCES = 4096;
    private static final long SEED = 0x5CA55EEDL;

    public boolean exact() {
        return sequences == 0;
    }

    static BayesClassLoss estimate(SequenceClassesTask task, int length) {
        if (task.nextPerQuery() == 1) {
            return new BayesClassLoss(0, 0, 0);
        }
        Batch batch = task.sampler().allocate(SEQUENCES, length);
        task.sampler().fill(batch, new SplittableRandom(SEED).nextLong());
        double[] losses = losses(task, batch);
        double mean = 0;
        for (double l : losses) {
            mean += l;
        }
        mean /= losses.length;
        double var = 0;
        for (double l : losses) {
            var += (l - mean) * (l - mean);
        }
        var /= Math.max(1, losses.length - 1);
        return new BayesClassLoss(mean, Math.sqrt(var / losses.length), losses.length);
    }

    /** Mean Bayes loss on a batch of this task's sequences. */
    static double on(SequenceClassesTask task, Batch batch) {
        double s = 0;
        for (double l : losses(task, batch)) {
            s += l;
        }
        return s / batch.size();
    }

    private static double[] losses(SequenceClassesTask task, Batch batch) {
        List<SequenceClass> classes = task.allClasses();
        int vocab = task.vocab();
        double[][] logP = new double[classes.size()][vocab];
        for (int n = 0; n < classes.size(); n++) {
            java.util.Arrays.fill(logP[n], Double.NEGATIVE_INFINITY);
            SequenceClass c = classes.get(n);
            for (int i = 0; i < c.tokens().length; i++) {
                logP[n][c.tokens()[i]] = Math.log(c.probs()[i]);
            }
        }
        double[] out = new double[batch.size()];
        double[] score = new double[classes.size()];
        for (int b = 0; b < batch.size(); b++) {
            int len = batch.length(b);
            int query = batch.input(b, len - 1);
            int label = batch.label(b);
            double max = Double.NEGATIVE_INFINITY;
            int target = -1;
            for (int n = 0; n < classes.size(); n++) {
                SequenceClass c = classes.get(n);
                double s = Double.NEGATIVE_INFINITY;
                if (c.query() == query) {
                    s = 0;
                    for (int t = 0; t < len - 1; t++) {
                        s += logP[n][batch.input(b, t)];
                    }
                }
                score[n] = s;
                max = Math.max(max, s);
                if (c.next() == label) {
                    target = n;
                }
            }
            double sum = 0;
            for (double s : score) {
                sum += s == Double.NEGATIVE_INFINITY ? 0 : Math.exp(s - max);
            }
            out[b] = target < 0 || score[target] == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY
                    : max + Math.log(sum) - score[target];
        }
        return out;
    }
}
