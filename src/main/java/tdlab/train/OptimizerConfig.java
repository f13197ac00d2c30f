package tdlab.train;

import tdlab.task.ConfigException;

/**
 * The update rule (learning rates, weight decay and freezing are per group, in {@link TrainingConfig}).
 *
 * @param type     SGD with momentum, AdamW, or normalised gradient descent
 * @param momentum SGD momentum μ (PyTorch convention: buf = μ·buf + g, p −= lr·buf)
 * @param beta1    AdamW first-moment decay
 * @param beta2    AdamW second-moment decay
 * @param eps      AdamW denominator guard
 */
public record OptimizerConfig(Type type, double momentum, double beta1, double beta2, double eps) {

    public OptimizerConfig {
        ConfigException.require(type != null, "training.optimizer.type", "is required; one of "
                + java.util.Arrays.toString(Type.values()));
        ConfigException.requireRange(momentum, 0, 0.9999, "training.optimizer.momentum");
        ConfigException.requireRange(beta1, 0, 0.9999, "training.optimizer.beta1");
        ConfigException.requireRange(beta2, 0, 0.99999, "training.optimizer.beta2");
        ConfigException.require(eps > 0 && eps <= 1, "training.optimizer.eps", "must be in (0, 1], got " + eps);
    }

    public static OptimizerConfig sgd(double momentum) {
        return new OptimizerConfig(Type.SGD, momentum, 0.9, 0.999, 1e-8);
    }

    public static OptimizerConfig adamW(double beta1, double beta2) {
        return new OptimizerConfig(Type.ADAMW, 0, beta1, beta2, 1e-8);
    }

    public static OptimizerConfig ngd() {
        return new OptimizerConfig(Type.NGD, 0, 0.9, 0.999, 1e-8);
    }

    public enum Type {
        /** p −= lr·buf, buf = μ·buf + g + wd·p. */
        SGD,
        /** Adam with decoupled weight decay p −= lr·wd·p (Loshchilov and Hutter). */
        ADAMW,
        /** Normalised gradient descent p −= lr·g/‖g‖ per tensor (the two-stage paper). */
        NGD
    }
}
