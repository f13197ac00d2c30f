package tdlab.sim;

/**
 * The state projected onto the canonical (e, w, b) plane of science.md §1.2.2. Exact for the canonical
 * model; for the simple transformer e = ‖e_vec‖, w from the feed-forward gain along e
 * (ûᵀW2 ReLU(W1 û) = 4w|w| for a rank-one state) and b the output bias.
 *
 * @param explained how well the projection describes the state, in [0, 1]: 1 for the canonical model; for
 *                  the transformer the product of the fractions of energy σ1²/Σσ² of W1 and W2 and of
 *                  cos²(e, top right singular vector of W1), which is 1 exactly for the rank-one embedding
 */
public record ReducedCoordinates(double e, double w, double b, double explained) {

    public ReducedCoordinates(double e, double w, double b) {
        this(e, w, b, 1);
    }
}
