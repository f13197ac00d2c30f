package tdlab.task.highorder;

import java.util.SplittableRandom;
import tdlab.task.Batch;
import tdlab.task.TaskSampler;

/** Fresh sequences from the teacher: online training data, and every run's validation and probe sequences. */
final class HighOrderSampler implements TaskSampler {
    private final HighOrderTeacher teacher;
    private final double[] scratch;

    HighOrderSampler(HighOrderTeacher teacher) {
        this.teacher = teacher;
        this.scratch = new double[teacher.vocab()];
    }

    @Override
    public Batch allocate(int size, int length) {
        return Batch.allocate(size, length);
    }

    @Override
    public void fill(Batch batch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < batch.size(); b++) {
            teacher.generate(batch.tokens(), batch.offset(b), batch.length() + 1, random, scratch);
        }
    }
}
