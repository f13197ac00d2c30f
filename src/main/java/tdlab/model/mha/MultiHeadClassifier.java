package tdlab.model.mha;

import java.util.Arrays;
import tdlab.model.Evaluation;
import tdlab.model.Functions;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.Probe;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;

/**
 * Single-layer multi-head attention for binary classification (Deora et al., science.md §5.2): on an input
 * X ∈ R^{T×d} whose rows are the tokens x_t,
 * <pre>
 *   Φ(X) = (1/H) Σ_h ⟨U_h, Xᵀ S_hᵀ⟩_F = (1/H) Σ_h Σ_t Σ_i U_h[i][t] o_t[i],   o_t = Σ_s S_h[t][s] x_s,
 *   S_h[t][s] = softmax over s of x_tᵀ W_h x_s          (full attention, row t sums to one),
 *   loss = mean over the batch of ln(1 + exp(−y Φ)),  y = ±1.
 * </pre>
 *
 * <p>Index convention: column t of U_h ∈ R^{d×T} reads o_t, the attention output of query t. §5.2 writes
 * ⟨U_h, Xᵀ φ(X W_h Xᵀ)⟩; read literally with a row-wise softmax, column s of Xᵀ S_h would be
 * Σ_t S_h[t][s] x_t, and whenever U_h's columns are equal Φ_h = Σ_t u·x_t would not depend on W_h at
 * all, so from the §5.3 start (U ∝ Σ_i y_i X_iᵀ11ᵀ/T, equal columns) attention could never learn to
 * favour the relevant token, against §5.4. The form above is §5.2's with φ a column-wise softmax, up to
 * transposing W_h: Xᵀ S_hᵀ = Xᵀ φ_col(X W_hᵀ Xᵀ). With it the S5 setting reproduces the derived numbers of
 * science.md (train loss 0.024 and relevant-token attention 0.41 at step 300); with W = 0 both readings
 * give the same mean-pooling classifier.
 *
 * <p>Parameters: {@value #U} of shape [H, d, T] (group head) and {@value #W} of shape [H, d, d] (group
 * attention). Inputs come from {@link Batch#withFeatures}: token t of sequence b is
 * {@code features[featureOffset(b, t) + i]}, i &lt; d, and its label (0 for y = −1, 1 for y = +1) is
 * {@link Batch#label}; the batch's tokens, each input's latent component, are only passed on to probes.
 * Plain Java: at the S5 size (d = 16, T = 8) an array library's per-call overhead would dominate.
 */
public final class MultiHeadClassifier implements TrainableModel {
    public static final String U = "mha.U";
    public static final String W = "mha.W";
    private final MultiHeadClassifierConfig spec;
    private final ParamLayout layout;
    private final AttentionHeads heads;
    private final double[] law = new double[2];

    public MultiHeadClassifier(MultiHeadClassifierConfig spec) {
        this(spec, HeadKernels.best());
    }

    MultiHeadClassifier(MultiHeadClassifierConfig spec, HeadKernels kernels) {
        this.spec = spec;
        int d = spec.dim();
        int t = spec.tokens();
        int h = spec.heads();
        this.layout = ParamLayout.builder()
                .add(U, ParamGroup.HEAD, h, d, t)
                .add(W, ParamGroup.ATTENTION, h, d, d)
                .build();
        this.heads = new AttentionHeads(kernels, d, t, h, layout.get(U).offset(), layout.get(W).offset());
    }

    @Override
    public MultiHeadClassifierConfig spec() {
        return spec;
    }

    @Override
    public ParamLayout layout() {
        return layout;
    }

    @Override
    public String backend() {
        return "plain";
    }

    /** Φ of sequence b: the logit of y = +1. */
    public double output(double[] params, Batch batch, int b) {
        requireShape(batch);
        return heads.forward(params, batch.features(), batch.featureOffset(b, 0));
    }

    /**
     * Φ of sequence b, with each head's attention copied into {@code attention} (length H·T·T): S_h[t][s], the
     * weight query t gives key s in head h, at {@code (h·T + t)·T + s}.
     */
    public double output(double[] params, Batch batch, int b, double[] attention) {
        double phi = output(params, batch, b);
        int h = spec.heads();
        int t = spec.tokens();
        for (int k = 0; k < h; k++) {
            for (int q = 0; q < t; q++) {
                for (int s = 0; s < t; s++) {
                    attention[(k * t + q) * t + s] = heads.attention(k, q, s);
                }
            }
        }
        return phi;
    }

    /** Mean logistic loss in nats per sequence; {@code grad}, when given, is overwritten with its gradient. */
    /** One loss term per sequence, from that sequence alone, the same number of positions in each. */
    @Override
    public boolean splitsBySequence() {
        return true;
    }

    @Override
    public double lossAndGradient(double[] params, Batch batch, double[] grad) {
        requireShape(batch);
        if (grad != null) {
            Arrays.fill(grad, 0, layout.size(), 0.0);
        }
        double invN = 1.0 / batch.size();
        double total = 0;
        for (int b = 0; b < batch.size(); b++) {
            int xo = batch.featureOffset(b, 0);
            double phi = heads.forward(params, batch.features(), xo);
            double y = sign(batch, b);
            total -= Functions.logSigmoid(y * phi);
            if (grad != null) {
                // d/dΦ ln(1 + e^{−yΦ}) = −y σ(−yΦ)
                heads.backward(batch.features(), xo, -y * Functions.sigmoid(-y * phi) * invN, grad);
            }
        }
        return total * invN;
    }

    /**
     * Loss and, per true label (the "current token" 0 or 1), the mean predicted law
     * [P(y = −1), P(y = +1)] = [σ(−Φ), σ(Φ)].
     */
    @Override
    public Evaluation evaluate(double[] params, Batch batch) {
        requireShape(batch);
        Evaluation.Accumulator acc = new Evaluation.Accumulator(2);
        for (int b = 0; b < batch.size(); b++) {
            double phi = heads.forward(params, batch.features(), batch.featureOffset(b, 0));
            double y = sign(batch, b);
            law[0] = Functions.sigmoid(-phi);
            law[1] = Functions.sigmoid(phi);
            acc.add(batch.label(b), -Functions.logSigmoid(y * phi), law);
        }
        return acc.result();
    }

    /** Each head's attention S_h and, in every row, the predicted law [σ(−Φ), σ(Φ)] of the one input. */
    @Override
    public Probe probe(double[] params, Batch one) {
        requireShape(one);
        if (one.size() != 1) {
            throw new IllegalArgumentException("a probe reads one sequence, the batch has " + one.size());
        }
        double phi = heads.forward(params, one.features(), 0);
        int h = spec.heads();
        int t = spec.tokens();
        double[][][] att = new double[h][t][t];
        double[][] pred = new double[t][];
        for (int k = 0; k < h; k++) {
            for (int q = 0; q < t; q++) {
                for (int s = 0; s < t; s++) {
                    att[k][q][s] = heads.attention(k, q, s);
                }
            }
        }
        for (int q = 0; q < t; q++) {
            pred[q] = new double[] {Functions.sigmoid(-phi), Functions.sigmoid(phi)};
        }
        return new Probe(Arrays.copyOf(one.tokens(), t), att, pred);
    }

    private void requireShape(Batch batch) {
        if (batch.featureDim() != spec.dim() || batch.length() != spec.tokens() || batch.lengths() != null) {
            throw new IllegalArgumentException("the multi-head classifier reads " + spec.tokens()
                    + " tokens of width " + spec.dim() + " per sequence; the batch has "
                    + (batch.lengths() != null ? "ragged sequences of up to " : "") + batch.length()
                    + (batch.features() == null ? " tokens without features" : " tokens of width " + batch.featureDim()));
        }
    }

    /** y = ±1 from the label 0/1 of sequence b. */
    private static double sign(Batch batch, int b) {
        int label = batch.label(b);
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("sequence " + b + " has label " + label + "; labels are 0 and 1");
        }
        return 2 * label - 1;
    }
}
