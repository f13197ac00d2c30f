package tdlab.sim;

/**
 * The state projected onto the canonical (e, w, b) plane of science.md §1.2.2. Exact for the canonical
 * model; for the simple transformer e = ‖e_vec‖, w from the feed-forward gain along e
 * (ûᵀW2 ReLU(W1 û) = 4w|w| for a rank-one state) and b the output bias.
 */
public record ReducedCoordinates(double e, double w, double b) {
}
