package tdlab.train;

import java.util.List;
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
 * @param params the starting parameters in the model's flat layout, for {@link Scheme#EXPLICIT} only (empty
 *               otherwise)
 */
public record InitConfig(Scheme scheme, double std, double e0, double w0, double b0, List<Double> params) {

    /** At most this many explicit values: a preset stays a readable file (the S2 model has 1221). */
    public static final int MAX_EXPLICIT = 200_000;

    public static final double DEFAULT_STD = 0.02;

    public InitConfig {
        ConfigException.require(scheme != null, "init.scheme", "is required; one of "
                + java.util.Arrays.toString(Scheme.values()));
        ConfigException.require(Double.isFinite(std) && std >= 0 && std <= 10, "init.std",
                "must be a finite number in [0, 10], got " + std);
        ConfigException.require(Double.isFinite(e0) && Math.abs(e0) <= 100, "init.e0", "must be finite, |e0| ≤ 100");
        ConfigException.require(Double.isFinite(w0) && Math.abs(w0) <= 100, "init.w0", "must be finite, |w0| ≤ 100");
        ConfigException.require(Double.isFinite(b0) && Math.abs(b0) <= 100, "init.b0", "must be finite, |b0| ≤ 100");
        params = params == null ? List.of() : List.copyOf(params);
        ConfigException.require(scheme != Scheme.EXPLICIT || !params.isEmpty(), "init.params",
                "is required with scheme EXPLICIT: the model's parameters in its flat layout");
        ConfigException.require(scheme == Scheme.EXPLICIT || params.isEmpty(), "init.params",
                "applies to scheme EXPLICIT only, not " + scheme);
        ConfigException.require(params.size() <= MAX_EXPLICIT, "init.params", "has " + params.size()
                + " values; at most " + MAX_EXPLICIT);
        for (int i = 0; i < params.size(); i++) {
            double v = params.get(i);
            ConfigException.require(Double.isFinite(v), "init.params[" + i + "]", "must be finite, got " + v);
        }
    }

    public InitConfig(Scheme scheme, double std, double e0, double w0, double b0) {
        this(scheme, std, e0, w0, b0, List.of());
    }

    /** Start exactly at these parameters (e.g. a point picked on a loss plane). */
    public static InitConfig explicit(double[] params) {
        return new InitConfig(Scheme.EXPLICIT, DEFAULT_STD, 0, 0, 0,
                java.util.Arrays.stream(params).boxed().toList());
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
         * As UNIFORM, but the transformer's value matrices W_V start at 0: the sparse-attention paper's ablation
         * (query init U(±s), value init 0, science.md §3.2). With no value signal the heads start identical
         * in what they write, so symmetry breaking has to come from the small queries.
         */
        UNIFORM_ZERO_VALUES,
        /**
         * The point (e0, w0) exactly: directly for the canonical model; for the simple transformer the
         * rank-one embedding of science.md §1.2.2 (random signs α, attention ~ N(0, std²)).
         */
        CANONICAL_POINT,
        /** The reference code's {@code --init lowrank} (science.md §1.2.2), for the simple transformer. */
        LOWRANK,
        /**
         * The model family's own start ({@code ModelSpec.ownInit}), e.g. the ODE of Eq. 4: V = 0 and each s_k
         * near uniform on the simplex. The only generic choice for such a model besides EXPLICIT.
         */
        MODEL_DEFAULT,
        /** Exactly the parameters in {@code params}, in the model's flat layout; any model. */
        EXPLICIT
    }
}
