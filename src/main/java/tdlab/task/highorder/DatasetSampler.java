package tdlab.task.highorder;

import java.util.SplittableRandom;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;

/**
 * A finite training set: n sequences drawn once from the task's seed (on a stream apart from the Q_k's); the
 * batch of a step is {@code batch.size()} distinct sequences of it, picked by a stream seeded by the step's seed.
 */
final class DatasetSampler implements TaskSampler {
    private final HighOrderTeacher teacher;
    private final int size;
    private final long seed;
    private int[][] sequences;
    private int[] order;

    DatasetSampler(HighOrderTeacher teacher, int size, long seed) {
        this.teacher = teacher;
        this.size = size;
        this.seed = seed;
    }

    @Override
    public Batch allocate(int batchSize, int length) {
        return Batch.allocate(batchSize, length);
    }

    @Override
    public void fill(Batch batch, long stepSeed) {
        if (batch.size() > size) {
            throw new IllegalArgumentException("a batch of " + batch.size() + " from a training set of " + size);
        }
        int[][] data = dataset(batch.length() + 1);
        SplittableRandom random = new SplittableRandom(stepSeed);
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int b = 0; b < batch.size(); b++) { // partial Fisher–Yates: distinct sequences within a batch
            int j = b + random.nextInt(size - b);
            int pick = order[j];
            order[j] = order[b];
            order[b] = pick;
            System.arraycopy(data[pick], 0, batch.tokens(), batch.offset(b), data[pick].length);
        }
    }

    /** The training set at this sequence length, drawn on first use (the same set for every step). */
    private int[][] dataset(int tokens) {
        if (sequences == null || sequences[0].length != tokens) {
            SplittableRandom random = new SplittableRandom(seed).split();
            double[] scratch = new double[teacher.vocab()];
            sequences = new int[size][tokens];
            for (int[] s : sequences) {
                teacher.generate(s, 0, tokens, random, scratch);
            }
            order = new int[size];
        }
        return sequences;
    }
}
