package tdlab.task.classes;

import java.util.List;
import java.util.SplittableRandom;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;

/**
 * Draws sequences of a {@link SequenceClassesTask}: a class uniformly, its L − 1 context tokens i.i.d. from
 * P(l | n) by inverting the cumulative law, then the query; the label n sits in the last target slot.
 */
final class SequenceClassesSampler implements TaskSampler {
    private final List<SequenceClass> classes;
    private final double[][] cumulative;

    SequenceClassesSampler(List<SequenceClass> classes) {
        this.classes = classes;
        this.cumulative = new double[classes.size()][];
        for (int n = 0; n < classes.size(); n++) {
            double[] p = classes.get(n).probs();
            double[] c = new double[p.length];
            double s = 0;
            for (int i = 0; i < p.length; i++) {
                s += p[i];
                c[i] = s;
            }
            c[p.length - 1] = Double.POSITIVE_INFINITY; // rounding can leave the sum just below 1
            cumulative[n] = c;
        }
    }

    @Override
    public Batch allocate(int size, int length) {
        return Batch.allocate(size, length);
    }

    @Override
    public void fill(Batch batch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] tokens = batch.tokens();
        int len = batch.length();
        for (int b = 0; b < batch.size(); b++) {
            int n = random.nextInt(classes.size());
            SequenceClass c = classes.get(n);
            double[] cum = cumulative[n];
            int off = batch.offset(b);
            for (int t = 0; t < len - 1; t++) {
                int i = java.util.Arrays.binarySearch(cum, random.nextDouble());
                tokens[off + t] = c.tokens()[i >= 0 ? i : -i - 1];
            }
            tokens[off + len - 1] = c.query();
            tokens[off + len] = c.next();
        }
    }
}
