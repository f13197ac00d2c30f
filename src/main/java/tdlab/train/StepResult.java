package tdlab.train;

/**
 * What one optimizer step did.
 *
 * @param step      the step count after this step
 * @param trainLoss loss on the step's batch before the update
 * @param gradNorm  global gradient norm before clipping
 * @param lrFactor  schedule multiplier used
 * @param diverged  reason the run stopped, or null
 */
public record StepResult(long step, double trainLoss, double gradNorm, double lrFactor, String diverged) {

    public boolean ok() {
        return diverged == null;
    }
}
