package tdlab.train;

/**
 * The exact population loss of a run's model on its task, where the theory has one ({@code training.gradient:
 * exact}): the run's own layer (which knows the task family) builds it and hands it to the {@link Trainer}.
 */
@FunctionalInterface
public interface ExactLoss {
    /** L(θ); {@code grad} is overwritten with ∇L. */
    double lossAndGradient(double[] params, double[] grad);
}
