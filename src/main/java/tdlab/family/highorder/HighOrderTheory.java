package tdlab.family.highorder;

import java.util.List;
import java.util.Locale;
import tdlab.family.Reference;
import tdlab.family.TaskTheory;
import tdlab.task.Batch;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.task.highorder.HighOrderTeacher;

/**
 * A high-order chain's theory for one run: the teacher (Bayes) loss for the run's own Q_k by Monte Carlo, the
 * teacher's loss on the validation set (the paper's {@code teacher_val_loss}; the excess loss is measured
 * against it, which cancels the set's sampling noise), ln V, and the teacher itself for the k-block ladder.
 */
public record HighOrderTheory(HighOrderTeacher teacher, BayesLoss bayes, double validationTeacherLoss,
                              double uniformLoss) implements TaskTheory {

    public static final String TEACHER_LOSS = "teacher_loss";
    public static final String VAL_TEACHER_LOSS = "val_teacher_loss";

    public static HighOrderTheory of(HighOrderMarkovTask task, Batch validation) {
        HighOrderTeacher teacher = task.teacher();
        return new HighOrderTheory(teacher, BayesLoss.estimate(teacher, task.length()),
                teacherLoss(teacher, validation), Math.log(task.vocab()));
    }

    /** Mean −ln p_teacher(target) over the generated targets (tokens w, w+1, …) of a batch. */
    static double teacherLoss(HighOrderTeacher teacher, Batch batch) {
        double[] z = new double[teacher.vocab()];
        double sum = 0;
        long n = 0;
        for (int b = 0; b < batch.size(); b++) {
            for (int next = teacher.context(); next <= batch.length(); next++) {
                teacher.logits(batch.tokens(), batch.offset(b), next, teacher.blocks(), z);
                double target = z[batch.tokens()[batch.offset(b) + next]];
                sum += HighOrderTeacher.softmaxInPlace(z, teacher.vocab()) - target; // −ln p = ln Z − z_target
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public List<Reference> references() {
        String label = String.format(Locale.ROOT, "Bayes (teacher) loss %%.4f ± %.4f (Monte Carlo, %d sequences)",
                bayes.error(), bayes.sequences());
        return List.of(new Reference(TEACHER_LOSS, label, bayes.value(), VAL_TEACHER_LOSS, validationTeacherLoss));
    }
}
