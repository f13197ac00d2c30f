package tdlab.model.kqov;

import java.util.Arrays;
import tdlab.model.Evaluation;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.Probe;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;

/**
 * The one-layer transformer of Huang–Liang–Yang (science.md §2.2): for a sentence x_1..x_L with query x_L,
 * s_ℓ = e_{x_ℓ}ᵀ W_kq e_{x_L}, a = softmax(s) over all ℓ (the query attends to itself too),
 * o = W_ov Σ_ℓ a_ℓ e_{x_ℓ}, loss −ln softmax(o)[y] averaged over sentences. Sentences are ragged
 * ({@link Batch#ragged}); a batch without lengths is read as sentences of its full length. The embeddings are
 * fixed; W_kq (attention group) and W_ov (head group) are trained, which lets the two NGD stages of S6 train
 * one layer each. Plain Java with a hand-written backward; one instance per thread.
 */
public final class KqOvModel implements TrainableModel {
    /** W_kq (d×d), the combined key-query matrix. */
    public static final String KQ = "kqov.kq";
    /** W_ov (K×d), the combined output-value matrix. */
    public static final String OV = "kqov.ov";

    private final KqOvConfig spec;
    private final ParamLayout layout;
    private final TokenEmbedding embedding;
    private final int kqOffset;
    private final int ovOffset;
    private final KqOvPass pass;
    /** Token-space copies for dense embeddings; null when one-hot, where the parameters are read in place. */
    private final TokenSpace space;
    /** Where the pass reads A and B and adds their gradients, set by {@link #bind} for each call. */
    private double[] a;
    private double[] b;
    private double[] gradA;
    private double[] gradB;
    private int a0;
    private int b0;

    public KqOvModel(KqOvConfig spec) {
        this.spec = spec;
        int d = spec.dim();
        this.layout = ParamLayout.builder()
                .add(KQ, ParamGroup.ATTENTION, d, d)
                .add(OV, ParamGroup.HEAD, spec.vocab(), d)
                .build();
        this.embedding = TokenEmbedding.of(spec);
        this.kqOffset = layout.get(KQ).offset();
        this.ovOffset = layout.get(OV).offset();
        this.pass = new KqOvPass(spec.vocab());
        this.space = spec.isOneHot() ? null : new TokenSpace(embedding);
    }

    @Override
    public KqOvConfig spec() {
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

    /** The fixed token embeddings the parameters act on. */
    public TokenEmbedding embedding() {
        return embedding;
    }

    @Override
    public double lossAndGradient(double[] params, Batch batch, double[] grad) {
        if (grad != null) {
            Arrays.fill(grad, 0.0);
        }
        bind(params, grad);
        double scale = 1.0 / batch.size();
        double loss = 0;
        for (int s = 0; s < batch.size(); s++) {
            pass.forward(a, a0, b, b0, batch.tokens(), batch.offset(s), batch.length(s));
            int y = batch.label(s);
            loss += pass.loss(y);
            if (grad != null) {
                pass.backward(b, b0, y, scale, gradA, a0, gradB, b0);
            }
        }
        if (grad != null && space != null) {
            space.addGradients(grad, kqOffset, ovOffset);
        }
        return loss * scale;
    }

    /**
     * Points the pass at A and B and at their gradients: the parameter and gradient arrays themselves when
     * one-hot (A = W_kq, B = W_ov), the token-space copies otherwise.
     */
    private void bind(double[] params, double[] grad) {
        if (space == null) {
            a = params;
            b = params;
            a0 = kqOffset;
            b0 = ovOffset;
            gradA = grad;
            gradB = grad;
        } else {
            space.load(params, kqOffset, ovOffset);
            a = space.a;
            b = space.b;
            a0 = 0;
            b0 = 0;
            gradA = space.gradA;
            gradB = space.gradB;
        }
    }

    @Override
    public Evaluation evaluate(double[] params, Batch batch) {
        bind(params, null);
        Evaluation.Accumulator acc = new Evaluation.Accumulator(spec.vocab());
        for (int s = 0; s < batch.size(); s++) {
            int len = batch.length(s);
            pass.forward(a, a0, b, b0, batch.tokens(), batch.offset(s), len);
            acc.add(batch.input(s, len - 1), pass.loss(batch.label(s)), pass.law());
        }
        return acc.result();
    }

    /**
     * Row L−1 is the query's attention and prediction as in training. Each earlier row t is computed as if
     * input t were the query over inputs 0..t (causal, itself included), so the map shows what every prefix
     * would predict.
     */
    @Override
    public Probe probe(double[] params, Batch one) {
        int len = one.length(0);
        int[] tokens = Arrays.copyOf(one.tokens(), len);
        bind(params, null);
        double[][][] attention = new double[1][len][len];
        double[][] predictions = new double[len][];
        for (int t = 0; t < len; t++) {
            pass.forward(a, a0, b, b0, tokens, 0, t + 1);
            for (int s = 0; s <= t; s++) {
                attention[0][t][s] = pass.attention(s);
            }
            predictions[t] = pass.law().clone();
        }
        return new Probe(tokens, attention, predictions);
    }
}
