package tdlab.sim;

import java.util.Map;

/**
 * An immutable snapshot of a run, published by the training thread and read by the UI and the CLI.
 * Arrays are copies owned by the frame; readers must not modify them.
 *
 * @param step             optimizer steps done
 * @param trainLoss        mean training-batch loss over the steps since the previous frame (NaN at step 0)
 * @param valLoss          loss on the run's fixed validation set
 * @param conditional      conditional[i][j]: mean predicted P(next = j | current = i) on the validation set
 * @param exactLoss        exact population loss where the theory has it (canonical model), else NaN
 * @param learningRates    effective learning rate per parameter group (ParamGroup ordinal), schedule applied
 * @param gradNorm         gradient norm of the last step (NaN at step 0)
 * @param groupNorms       ‖θ_g‖ per parameter group (ParamGroup ordinal), NaN for absent groups
 * @param energyFraction   σ1²/Σσi² of the named matrices (value and first feed-forward matrix)
 * @param reduced          (e, w, b) coordinates, or null where the model has no such projection
 * @param probeTokens      the fixed probe sequence
 * @param attention        attention[h][t][s] on the probe sequence
 * @param probePredictions predicted next-token law at each probe position
 * @param stepsPerSecond   training throughput since the previous frame
 * @param divergence       why the run stopped, or null
 * @param checkpoint       the training state at this frame, the same object the timeline restores from (so
 *                         it costs no memory twice); its parameters are the frame's point in parameter space
 *                         (loss planes project the trajectory from them); null for frames made by hand
 * @param series           the task family's own per-frame numbers, in the family's order (see
 *                         {@code TaskFamily.series}); empty for families without any
 */
public record Frame(long step, double trainLoss, double valLoss, double[][] conditional, double exactLoss,
                    double[] learningRates, double gradNorm, double[] groupNorms, Map<String, Double> energyFraction,
                    ReducedCoordinates reduced, int[] probeTokens, double[][][] attention, double[][] probePredictions,
                    double stepsPerSecond, String divergence, Map<String, Double> series,
                    tdlab.train.Checkpoint checkpoint) {

    public Frame {
        // in the builder's order (Map.copyOf would reorder per JVM, and the CSV columns follow this order)
        energyFraction = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(energyFraction));
        series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
    }

    /** Estimated P(next = j | current = i). */
    public double estimated(int i, int j) {
        return conditional[i][j];
    }

    public boolean diverged() {
        return divergence != null;
    }

    /** Index of the last frame recorded at or before this step (0 if none is), in a list ordered by step. */
    public static int indexAtOrBefore(java.util.List<Frame> frames, long step) {
        int lo = 0;
        int hi = frames.size() - 1;
        while (lo < hi) { // binary search: the landscape trail asks on every frame
            int mid = (lo + hi + 1) >>> 1;
            if (frames.get(mid).step() <= step) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
