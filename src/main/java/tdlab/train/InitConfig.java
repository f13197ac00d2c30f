package tdlab.train;

import tdlab.task.ConfigException;

/**
 * How parameters start.
 *
 * @param scheme which initialiser
 * @param std    standard deviation of the Gaussian parts (0.02 in the reference code); the half-width s of
 *               {@link Scheme#UNIFORM}
 * @param e0     canonical e_c for {@link Scheme#CANONICAL_POINT}
 * @param w0     canonical w_c for {@link Scheme#CANONICAL_POINT}
 * @param b0     starting output bias
 */
public record InitConfig(Scheme scheme, double std, double e0, double w0, double b0) {

    public static final double DEFAULT_STD = 0.02;

    public InitConfig {
        ConfigException.require(scheme != null, "init.scheme", "is required; one of "
                + java.util.Arrays.toString(Scheme.values()));
        ConfigException.require(Double.isFinite(std) && std >= 0 && std <= 10, "init.std",
                "must be a finite number in [0, 10], got " + std);
        ConfigException.require(Double.isFinite(e0) && Math.abs(e0) <= 100, "init.e0", "must be finite, |e0| ≤ 100");
        ConfigException.require(Double.isFinite(w0) && Math.abs(w0) <= 100, "init.w0", "must be finite, |w0| ≤ 100");
        ConfigException.require(Double.isFinite(b0) && Math.abs(b0) <= 100, "init.b0", "must be finite, |b0| ≤ 100");
    }

    public static InitConfig gaussian(double std) {
        return new InitConfig(Scheme.GAUSSIAN, std, 0, 0, 0);
    }

    public static InitConfig canonicalPoint(double e0, double w0) {
        return new InitConfig(Scheme.CANONICAL_POINT, DEFAULT_STD, e0, w0, 0);
    }

    public enum Scheme {
        /**
         * Weights ~ N(0, std²), the residual output projections (attn.wo, ff.w2) ~ N(0, std²/2) as in
         * GPT-2, LayerNorm gains 1, biases b0. For the canonical model: e, w ~ N(0, std²), b = b0.
         */
        GAUSSIAN,
        /** All weights 0, LayerNorm gains 1, biases b0. */
        ZERO,
        /** Weights ~ U(−std, std) (PyTorch's default U(±1/√fan_in) when std = 1/√fan_in), gains 1, biases b0. */
        UNIFORM,
        /**
         * The point (e0, w0) exactly: directly for the canonical model; for the simple transformer the
         * rank-one embedding of science.md §1.2.2 (random signs α, attention ~ N(0, std²)).
         */
        CANONICAL_POINT,
        /** The reference code's {@code --init lowrank} (science.md §1.2.2), for the simple transformer. */
        LOWRANK
    }
}
