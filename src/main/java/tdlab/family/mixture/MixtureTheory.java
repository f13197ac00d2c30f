package tdlab.family.mixture;

import java.util.List;
import tdlab.family.Reference;
import tdlab.family.TaskTheory;
import tdlab.task.mixture.TokenizedMixtureTask;

/**
 * What the lab can say about a tokenized-mixture run without the paper's constants (science.md §5: the guarantees'
 * constants were not recovered): no Bayes loss is computed; the reference is where a zero readout starts, ln 2
 * (U = 0 gives Φ = 0), and uniform attention's relevant-token mass ζ' = ⌈ζT⌉/T.
 *
 * @param task the run's data
 */
public record MixtureTheory(TokenizedMixtureTask task) implements TaskTheory {

    /** No Bayes-optimal loss line: the chart shows the run's losses against ln 2. */
    @Override
    public List<Reference> references() {
        return List.of();
    }

    /** ln 2: Φ = 0 predicts both labels alike. */
    @Override
    public double uniformLoss() {
        return Math.log(2);
    }

    /** Where the relevant-token mass starts under uniform attention: ⌈ζT⌉/T. */
    public double uniformMass() {
        return (double) task.relevantTokens() / task.tokens();
    }
}
