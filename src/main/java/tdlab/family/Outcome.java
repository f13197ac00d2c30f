package tdlab.family;

/**
 * The end of a run as the families' measures see it: numbers from the final recorded frame.
 *
 * @param steps       optimizer steps done
 * @param valLoss     loss on the run's validation set
 * @param trainLoss   mean training loss since the previous frame
 * @param exactLoss   exact population loss where the theory has one, else NaN
 * @param conditional mean predicted law per current token on the validation set
 */
public record Outcome(long steps, double valLoss, double trainLoss, double exactLoss, double[][] conditional) {
}
