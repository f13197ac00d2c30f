package tdlab.render;

import java.util.Arrays;
import java.util.Optional;
import tdlab.family.classes.AttentionScores;
import tdlab.family.classes.ScanSnapKeys;
import tdlab.model.Backend;
import tdlab.model.ParamTensor;
import tdlab.sim.Frame;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.RunConfig;

/**
 * A class's c_n at a recorded frame, for the scan panel's chosen class: from the frame's parameters (every recorded
 * frame keeps its checkpoint), so any class can be shown, not only class 1, whose values the frames' series also
 * carry (used where a frame has no parameters, as in hand-made histories).
 *
 * @param sequenceClass the class
 * @param attention     the run's Z tensor, or null when the model has none
 */
public record ClassScores(SequenceClass sequenceClass, ParamTensor attention) {

    /** Class {@code index} of a run on sequence classes; empty for another task or a model without Z. */
    public static Optional<ClassScores> of(RunConfig run, int index) {
        if (!(run.task() instanceof SequenceClassesTask t) || index < 0 || index >= t.classes()) {
            return Optional.empty();
        }
        // the Y/Z model's layout is two small tensors: building the model for it costs nothing
        ParamTensor z = AttentionScores.attention(run.model().create(Backend.PLAIN)).orElse(null);
        return Optional.of(new ClassScores(t.sequenceClass(index), z));
    }

    /** c_n over the class's tokens, in their order; NaN where the frame has neither parameters nor series for it. */
    public double[] at(Frame f) {
        if (attention != null && f.checkpoint() != null) {
            return AttentionScores.of(sequenceClass, f.checkpoint().params(), attention);
        }
        double[] out = new double[sequenceClass.tokens().length];
        Arrays.fill(out, Double.NaN);
        if (sequenceClass.index() == 0) {
            for (int j = 0; j < out.length; j++) {
                out[j] = f.series().getOrDefault(ScanSnapKeys.score(sequenceClass.tokens()[j]), Double.NaN);
            }
        }
        return out;
    }
}
