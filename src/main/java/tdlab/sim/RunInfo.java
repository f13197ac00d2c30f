package tdlab.sim;

import java.util.List;
import tdlab.family.TaskTheory;

/**
 * Constants of a run that the panels and files show beside the frames.
 *
 * @param name       run name
 * @param backend    implementation that computes the model
 * @param parameters number of trainable scalars
 * @param totalSteps configured length of the run
 * @param theory     the task family's theory for this run's data (reference losses; a family's own record
 *                   with more, e.g. {@code family.markov.ChainReferences})
 * @param warnings   task and configuration warnings
 */
public record RunInfo(String name, String backend, int parameters, long totalSteps, TaskTheory theory,
                      List<String> warnings) {

    public RunInfo {
        warnings = List.copyOf(warnings);
    }
}
