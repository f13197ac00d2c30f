package tdlab.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import tdlab.model.CanonicalConfig;
import tdlab.model.Evaluation;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;
import tdlab.model.Probe;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.family.Families;
import tdlab.family.TaskTheory;
import tdlab.family.markov.MarkovFamily;
import tdlab.theory.CanonicalTheory;
import tdlab.train.Trainer;

/** Turns the trainer's state into a {@link Frame}; runs on the training thread. */
final class FrameBuilder {
    private final Trainer trainer;
    private final ParamLayout layout;
    private final CanonicalTheory canonicalTheory;
    private final boolean simpleProjection;
    private final Families.Bound<?> family;
    private final TaskTheory theory;

    /** {@code theory}: the run's, computed once (the family's series read it every frame). */
    FrameBuilder(Trainer trainer, TaskTheory theory) {
        this.theory = theory;
        this.trainer = trainer;
        this.layout = trainer.model().layout();
        this.canonicalTheory = canonicalTheory(trainer);
        this.family = Families.of(trainer.config().task());
        this.simpleProjection = trainer.config().model() instanceof TransformerConfig t
                && t.embedding() == TransformerConfig.Embedding.SCALAR
                && t.feedForward() == TransformerConfig.FeedForward.RELU
                && t.head() == TransformerConfig.Head.TIED && t.headBias();
    }

    /** The exact population loss is available for the canonical model on a stationary binary chain. */
    private static CanonicalTheory canonicalTheory(Trainer trainer) {
        return trainer.config().model() instanceof CanonicalConfig
                ? MarkovFamily.canonicalTheory(trainer.config().task()).orElse(null) : null;
    }

    Frame build(double trainLoss, double gradNorm, double stepsPerSecond, String divergence,
                tdlab.train.Checkpoint checkpoint) {
        double[] p = trainer.params();
        Evaluation val = trainer.validate();
        Probe probe = trainer.probe();
        // W1's top singular pair serves both the energy share and the (e, w) projection: computed once
        Spectra.Top w1 = layout.find(TransformerLayout.W1).map(t -> Spectra.top(p, t.offset(), t.rows(), t.cols()))
                .orElse(null);
        ReducedCoordinates reduced = reduced(p, w1);
        double exact = canonicalTheory != null && reduced != null
                ? canonicalTheory.loss(reduced.e(), reduced.w(), reduced.b()) : Double.NaN;
        return new Frame(trainer.steps(), trainLoss, val.loss(), val.conditional(), exact, learningRates(), gradNorm,
                groupNorms(p), energyFractions(p, w1), reduced, probe.tokens(), probe.attention(), probe.predictions(),
                stepsPerSecond, divergence, family.series(theory, trainer.model(), p, trainer.validationBatch(), val.loss()), checkpoint);
    }

    private double[] learningRates() {
        double[] lr = new double[ParamGroup.values().length];
        for (ParamGroup g : ParamGroup.values()) {
            lr[g.ordinal()] = trainer.effectiveLearningRate(g);
        }
        return lr;
    }

    private double[] groupNorms(double[] p) {
        double[] sq = new double[ParamGroup.values().length];
        java.util.Arrays.fill(sq, Double.NaN);
        for (ParamTensor t : layout.tensors()) {
            int g = t.group().ordinal();
            double s = Double.isNaN(sq[g]) ? 0 : sq[g];
            for (int i = t.offset(); i < t.end(); i++) {
                s += p[i] * p[i];
            }
            sq[g] = s;
        }
        for (int g = 0; g < sq.length; g++) {
            sq[g] = Math.sqrt(sq[g]);
        }
        return sq;
    }

    private Map<String, Double> energyFractions(double[] p, Spectra.Top w1) {
        Map<String, Double> out = new LinkedHashMap<>();
        layout.find(TransformerLayout.WV).ifPresent(t ->
                out.put(TransformerLayout.WV, Spectra.top(p, t.offset(), t.rows(), t.cols()).share()));
        if (w1 != null) {
            out.put(TransformerLayout.W1, w1.share());
        }
        return out;
    }

    private ReducedCoordinates reduced(double[] p, Spectra.Top top1) {
        if (trainer.config().model() instanceof CanonicalConfig) {
            return new ReducedCoordinates(p[0], p[1], p[2]);
        }
        if (!simpleProjection) {
            return null;
        }
        TransformerConfig cfg = (TransformerConfig) trainer.config().model();
        int d = cfg.width();
        int f = cfg.ffWidth();
        int e = layout.get(TransformerLayout.E).offset();
        double norm = 0;
        for (int i = 0; i < d; i++) {
            norm += p[e + i] * p[e + i];
        }
        norm = Math.sqrt(norm);
        double b = p[layout.get(TransformerLayout.HEAD_B).offset()];
        if (norm == 0) {
            return new ReducedCoordinates(0, 0, b, 0);
        }
        int w1 = layout.get(TransformerLayout.W1).offset();
        int w2 = layout.get(TransformerLayout.W2).offset();
        double[] hidden = new double[f];
        for (int j = 0; j < f; j++) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += p[w1 + j * d + i] * p[e + i] / norm;
            }
            hidden[j] = Math.max(0, s);
        }
        double gain = 0; // ûᵀ W2 ReLU(W1 û)
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int j = 0; j < f; j++) {
                s += p[w2 + i * f + j] * hidden[j];
            }
            gain += s * p[e + i] / norm;
        }
        double w = Math.signum(gain) * Math.sqrt(Math.abs(gain) / 4);
        Spectra.Top top2 = Spectra.top(p, w2, d, f);
        double cos = 0;
        for (int i = 0; i < d; i++) {
            cos += top1.vector()[i] * p[e + i] / norm;
        }
        double explained = top1.share() * top2.share() * cos * cos;
        return new ReducedCoordinates(norm, w, b, Double.isFinite(explained) ? explained : 0);
    }
}
