package tdlab.family;

import java.util.List;
import java.util.Map;

/**
 * The end of a run as the families' measures see it: numbers from the final recorded frame, and the recorded
 * history for measures that look back (the step of the best validation loss, a series' minimum).
 *
 * @param steps       optimizer steps done
 * @param valLoss     loss on the run's validation set
 * @param trainLoss   mean training loss since the previous frame
 * @param exactLoss   exact population loss where the theory has one, else NaN
 * @param conditional mean predicted law per current token on the validation set
 * @param series      the family's own numbers of the final frame ({@code TaskFamily.series}); empty without
 * @param history     every recorded frame, oldest first (the final one included); empty when the caller has
 *                    only the final frame
 * @param learningRates the effective learning rate of each parameter group at the end, indexed by
 *                    {@code ParamGroup.ordinal()}; empty when unknown
 * @param stageStarts the step at which each training stage begins ({@code training.stages}: 0, then the
 *                    cumulative step counts); empty for a run without stages
 */
public record Outcome(long steps, double valLoss, double trainLoss, double exactLoss, double[][] conditional,
                      Map<String, Double> series, List<Point> history, double[] learningRates,
                      List<Long> stageStarts) {

    public Outcome {
        series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
        history = List.copyOf(history);
        learningRates = learningRates == null ? new double[0] : learningRates.clone();
        stageStarts = stageStarts == null ? List.of() : List.copyOf(stageStarts);
    }

    /** A run without stages, or one whose stages the caller does not know. */
    public Outcome(long steps, double valLoss, double trainLoss, double exactLoss, double[][] conditional,
                   Map<String, Double> series, List<Point> history, double[] learningRates) {
        this(steps, valLoss, trainLoss, exactLoss, conditional, series, history, learningRates, null);
    }

    public Outcome(long steps, double valLoss, double trainLoss, double exactLoss, double[][] conditional,
                   Map<String, Double> series, List<Point> history) {
        this(steps, valLoss, trainLoss, exactLoss, conditional, series, history, null, null);
    }

    /** The final frame's numbers alone. */
    public Outcome(long steps, double valLoss, double trainLoss, double exactLoss, double[][] conditional) {
        this(steps, valLoss, trainLoss, exactLoss, conditional, Map.of(), List.of());
    }

    /** The final learning rate of a group, NaN when unknown. */
    public double learningRate(tdlab.model.ParamGroup group) {
        return group.ordinal() < learningRates.length ? learningRates[group.ordinal()] : Double.NaN;
    }

    /**
     * One recorded frame.
     *
     * @param step      optimizer steps done at the frame
     * @param valLoss   its validation loss
     * @param trainLoss mean training loss of the steps since the previous frame (NaN at step 0)
     * @param series    its family series
     */
    public record Point(long step, double valLoss, double trainLoss, Map<String, Double> series) {
        public Point {
            series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
        }

        /** A frame whose training loss is not known. */
        public Point(long step, double valLoss, Map<String, Double> series) {
            this(step, valLoss, Double.NaN, series);
        }
    }
}
