package tdlab.task.mixture;

import tdlab.task.Batch;
import tdlab.task.TaskSampler;

/**
 * The training or the test set of a {@link TokenizedMixtureTask}, drawn on first use and copied into every batch:
 * sequence b of a batch is sequence b mod n of the set (a batch of n is the whole set in order). The seed a
 * trainer passes is ignored: the sets are fixed by the task's own seed.
 */
final class FixedSetSampler implements TaskSampler {
    private final TokenizedMixtureTask task;
    private final boolean training;
    private Batch set;

    FixedSetSampler(TokenizedMixtureTask task, boolean training) {
        this.task = task;
        this.training = training;
    }

    @Override
    public Batch allocate(int size, int length) {
        return Batch.withFeatures(size, length, task.dim());
    }

    @Override
    public void fill(Batch batch, long seed) {
        if (set == null) {
            set = training ? task.trainingSet() : task.testSet();
        }
        if (batch.length() != set.length() || batch.featureDim() != set.featureDim()) {
            throw new IllegalArgumentException("a batch of " + batch.length() + " tokens of width " + batch.featureDim()
                    + " from a set of " + set.length() + " tokens of width " + set.featureDim());
        }
        int n = set.size();
        int perTokens = set.length() + 1;
        int perFeatures = set.length() * set.featureDim();
        for (int b = 0; b < batch.size(); b++) {
            int from = b % n;
            System.arraycopy(set.tokens(), set.offset(from), batch.tokens(), batch.offset(b), perTokens);
            System.arraycopy(set.features(), set.featureOffset(from, 0), batch.features(), batch.featureOffset(b, 0),
                    perFeatures);
        }
    }
}
