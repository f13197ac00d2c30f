package tdlab.train;

import java.util.SplittableRandom;
import tdlab.model.CanonicalConfig;
import tdlab.model.CanonicalModel;
import tdlab.model.ModelSpec;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerConfig.Embedding;
import tdlab.model.TransformerConfig.FeedForward;
import tdlab.model.TransformerConfig.Head;
import tdlab.model.TransformerConfig.Output;
import tdlab.model.TransformerConfig.Positional;
import tdlab.model.TransformerLayout;
import tdlab.task.ConfigException;

/** Fills a flat parameter array according to an {@link InitConfig}; deterministic in the seed. */
public final class Initializer {
    private Initializer() {
    }

    public static double[] initialize(ModelSpec spec, ParamLayout layout, InitConfig init, long seed) {
        validate(spec, init);
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[layout.size()];
        if (init.scheme() == InitConfig.Scheme.EXPLICIT) {
            ConfigException.require(init.params().size() == p.length, "init.params", "has " + init.params().size()
                    + " values but the " + spec.kind() + " model has " + p.length + " parameters");
            for (int i = 0; i < p.length; i++) {
                p[i] = init.params().get(i);
            }
            return p;
        }
        if (init.scheme() == InitConfig.Scheme.MODEL_DEFAULT) {
            spec.ownInit().orElseThrow().fill(layout, random, p);
            return p;
        }
        if (spec instanceof CanonicalConfig) {
            canonical(layout, init, random, p);
            return p;
        }
        switch (init.scheme()) {
            case GAUSSIAN -> gaussian(layout, init.std(), random, p);
            case ZERO -> {
            }
            case UNIFORM -> uniform(layout, init.std(), random, p);
            case UNIFORM_ZERO_VALUES -> {
                uniform(layout, init.std(), random, p);
                ParamTensor wv = layout.get(TransformerLayout.WV);
                java.util.Arrays.fill(p, wv.offset(), wv.end(), 0.0);
            }
            case CANONICAL_POINT -> rankOne((TransformerConfig) spec, layout, init, random, p);
            case LOWRANK -> lowRank((TransformerConfig) spec, layout, init, random, p);
            default -> throw new IllegalStateException("handled above: " + init.scheme());
        }
        for (ParamTensor t : layout.tensors()) {
            if (t.group() == ParamGroup.NORM) {
                java.util.Arrays.fill(p, t.offset(), t.end(), 1.0);
            } else if (t.group() == ParamGroup.BIAS) {
                java.util.Arrays.fill(p, t.offset(), t.end(), init.b0());
            }
        }
        return p;
    }

    /** Refuses schemes that do not apply to the model, naming the field. */
    public static void validate(ModelSpec spec, InitConfig init) {
        boolean own = init.scheme() == InitConfig.Scheme.MODEL_DEFAULT;
        ConfigException.require(!own || spec.ownInit().isPresent(), "init.scheme", init.scheme()
                + " is the model family's own start; the " + spec.kind() + " model has none");
        ConfigException.require(own || init.scheme() == InitConfig.Scheme.EXPLICIT || spec.ownInit().isEmpty(),
                "init.scheme", "the " + spec.kind() + " model starts from its own init (MODEL_DEFAULT) or an"
                        + " explicit one, not " + init.scheme());
        boolean embedsCanonicalPoint = init.scheme() == InitConfig.Scheme.CANONICAL_POINT
                || init.scheme() == InitConfig.Scheme.LOWRANK;
        ConfigException.require(!embedsCanonicalPoint || spec instanceof TransformerConfig
                        || spec instanceof CanonicalConfig, "init.scheme",
                init.scheme() + " applies to the canonical model and the simple transformer; the " + spec.kind()
                        + " model takes GAUSSIAN, ZERO or UNIFORM");
        if (spec instanceof TransformerConfig cfg
                && (init.scheme() == InitConfig.Scheme.CANONICAL_POINT || init.scheme() == InitConfig.Scheme.LOWRANK)) {
            boolean simple = cfg.embedding() == Embedding.SCALAR && cfg.positional() == Positional.LEARNED
                    && cfg.feedForward() == FeedForward.RELU && cfg.output() == Output.SIGMOID
                    && cfg.head() == Head.TIED && cfg.residual() && !cfg.layerNorm() && cfg.outputProjection();
            ConfigException.require(simple, "init.scheme", init.scheme() + " embeds a canonical point and needs the"
                    + " simple model: scalar embedding, learned positions, ReLU feed-forward, tied sigmoid output,"
                    + " residual, no LayerNorm");
        }
        ConfigException.require(init.scheme() != InitConfig.Scheme.UNIFORM_ZERO_VALUES
                        || spec instanceof TransformerConfig, "init.scheme", init.scheme()
                        + " zeroes a transformer's value matrices; the " + spec.kind() + " model has none");
        if (spec instanceof CanonicalConfig) {
            ConfigException.require(init.scheme() != InitConfig.Scheme.LOWRANK
                            && init.scheme() != InitConfig.Scheme.UNIFORM, "init.scheme",
                    init.scheme() + " applies to the transformer; use GAUSSIAN or CANONICAL_POINT for the canonical"
                            + " model");
        }
    }

    private static void canonical(ParamLayout layout, InitConfig init, SplittableRandom r, double[] p) {
        int e = layout.get(CanonicalModel.E).offset();
        int w = layout.get(CanonicalModel.W).offset();
        int b = layout.get(CanonicalModel.B).offset();
        switch (init.scheme()) {
            case GAUSSIAN -> {
                p[e] = init.std() * gaussian(r);
                p[w] = init.std() * gaussian(r);
            }
            case CANONICAL_POINT -> {
                p[e] = init.e0();
                p[w] = init.w0();
            }
            default -> {
            }
        }
        p[b] = init.b0();
    }

    private static void gaussian(ParamLayout layout, double std, SplittableRandom r, double[] p) {
        for (ParamTensor t : layout.tensors()) {
            if (t.group() == ParamGroup.NORM || t.group() == ParamGroup.BIAS) {
                continue;
            }
            boolean residualProjection = t.name().equals(TransformerLayout.WO) || t.name().equals(TransformerLayout.W2);
            double s = residualProjection ? std / Math.sqrt(2) : std;
            for (int i = t.offset(); i < t.end(); i++) {
                p[i] = s * gaussian(r);
            }
        }
    }

    private static void uniform(ParamLayout layout, double halfWidth, SplittableRandom r, double[] p) {
        for (ParamTensor t : layout.tensors()) {
            if (t.group() == ParamGroup.NORM || t.group() == ParamGroup.BIAS) {
                continue;
            }
            for (int i = t.offset(); i < t.end(); i++) {
                p[i] = halfWidth * (2 * r.nextDouble() - 1);
            }
        }
    }

    /**
     * e = (e_c/√d)α, every positional row −(e_c/(2√d))α, W1 = c(|w_c|/d)·1αᵀ, W2 = sign(w_c)·c(|w_c|/d)·α1ᵀ
     * with c² = 4d/F, so logit(1) = b + e_c²(1/2 + 2w_c|w_c|) and logit(0) = b − e_c²/2 exactly when the
     * attention is silent.
     */
    private static void rankOne(TransformerConfig cfg, ParamLayout layout, InitConfig init, SplittableRandom r,
                                double[] p) {
        int d = cfg.width();
        int f = cfg.ffWidth();
        double[] alpha = signs(d, r);
        double e0 = init.e0() / Math.sqrt(d);
        double c = Math.sqrt(4.0 * d / f);
        double mag = c * Math.abs(init.w0()) / d;
        double s = Math.signum(init.w0());
        int e = layout.get(TransformerLayout.E).offset();
        int wpe = layout.get(TransformerLayout.WPE).offset();
        for (int i = 0; i < d; i++) {
            p[e + i] = e0 * alpha[i];
        }
        for (int t = 0; t < cfg.maxLength(); t++) {
            for (int i = 0; i < d; i++) {
                p[wpe + t * d + i] = -e0 / 2 * alpha[i];
            }
        }
        int w1 = layout.get(TransformerLayout.W1).offset();
        int w2 = layout.get(TransformerLayout.W2).offset();
        for (int j = 0; j < f; j++) {
            for (int i = 0; i < d; i++) {
                p[w1 + j * d + i] = mag * alpha[i];
                p[w2 + i * f + j] = s * mag * alpha[i];
            }
        }
        attentionGaussian(layout, init.std(), r, p, false);
    }

    /**
     * The reference {@code lowrank} init: e = a·α with a = |0.1·N(0,1)|, positions −(a/2)α, W_V = 0,
     * W1 = ω αᵀ and W2 = α ωᵀ with ω = |0.1·N(0,1)| times independent random signs.
     */
    private static void lowRank(TransformerConfig cfg, ParamLayout layout, InitConfig init, SplittableRandom r,
                                double[] p) {
        int d = cfg.width();
        double[] alpha = signs(d, r);
        double a = Math.abs(0.1 * gaussian(r));
        double omega = Math.abs(0.1 * gaussian(r));
        double[] hiddenSigns = signs(cfg.ffWidth(), r);
        int e = layout.get(TransformerLayout.E).offset();
        int wpe = layout.get(TransformerLayout.WPE).offset();
        for (int i = 0; i < d; i++) {
            p[e + i] = a * alpha[i];
        }
        for (int t = 0; t < cfg.maxLength(); t++) {
            for (int i = 0; i < d; i++) {
                p[wpe + t * d + i] = -a / 2 * alpha[i];
            }
        }
        int w1 = layout.get(TransformerLayout.W1).offset();
        int w2 = layout.get(TransformerLayout.W2).offset();
        int f = cfg.ffWidth();
        for (int j = 0; j < f; j++) {
            for (int i = 0; i < d; i++) {
                p[w1 + j * d + i] = omega * hiddenSigns[j] * alpha[i];
                p[w2 + i * f + j] = alpha[i] * omega * hiddenSigns[j];
            }
        }
        attentionGaussian(layout, init.std(), r, p, true);
    }

    /** Small Gaussian attention (optionally with W_V = 0, as the reference's v_std = 0). */
    private static void attentionGaussian(ParamLayout layout, double std, SplittableRandom r, double[] p,
                                          boolean zeroValues) {
        for (ParamTensor t : layout.tensors()) {
            if (t.group() != ParamGroup.ATTENTION) {
                continue;
            }
            boolean zero = zeroValues && t.name().equals(TransformerLayout.WV);
            for (int i = t.offset(); i < t.end(); i++) {
                p[i] = zero ? 0 : std * gaussian(r);
            }
        }
    }

    private static double[] signs(int n, SplittableRandom r) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextBoolean() ? 1 : -1;
        }
        return s;
    }

    /** The lab's standard normal draw ({@link tdlab.task.Gaussian}). */
    public static double gaussian(SplittableRandom r) {
        return tdlab.task.Gaussian.standard(r);
    }
}
