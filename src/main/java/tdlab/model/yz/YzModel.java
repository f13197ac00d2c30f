package tdlab.model.yz;

import java.util.Arrays;
import tdlab.model.Evaluation;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.Probe;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;

/**
 * Scan and Snap's Y/Z model, the paper code's {@code Model2} (science.md §4.1): for query m and context
 * x_1..x_{T−1}, each head h attends with logits Z_h[m, x_t] (no positions, the query does not attend to
 * itself), c_h = Σ_t a_t onehot(x_t), f_h = c_h/‖c_h‖₂, and the next-token logits are o = K1 f.
 *
 * <p>Heads are averaged, f = (1/H) Σ_h f_h: with H = 1 this is exactly {@code Model2}, and for every H
 * ‖f‖ ≤ 1, so a decoder learning rate η_Y means the same step whatever the number of heads. The loss is
 * the cross-entropy of the next token n at the query only (the target of the last input), averaged over
 * the batch. Plain Java, forward and backward written by hand; one instance per thread.
 */
public final class YzModel implements TrainableModel {
    /** K1 = Yᵀ (M×M), the decoder: o = K1 f. Its group's learning rate is η_Y. */
    public static final String DECODER = "yz.decoder";
    /** Z_1..Z_H ([H, M, M]), attention logits Z_h[query, context token]. Its group's learning rate is η_Z. */
    public static final String ATTENTION = "yz.attention";

    private final YzConfig spec;
    private final ParamLayout layout;
    private final int dec;
    private final int att;
    private final YzPass pass;

    public YzModel(YzConfig spec) {
        this.spec = spec;
        int m = spec.vocab();
        this.layout = ParamLayout.builder()
                .add(DECODER, ParamGroup.HEAD, m, m)
                .add(ATTENTION, ParamGroup.ATTENTION, spec.heads(), m, m)
                .build();
        this.dec = layout.get(DECODER).offset();
        this.att = layout.get(ATTENTION).offset();
        this.pass = new YzPass(m, spec.heads());
    }

    @Override
    public YzConfig spec() {
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

    /** One loss term per sequence, from that sequence alone, the same number of positions in each. */
    @Override
    public boolean splitsBySequence() {
        return true;
    }

    @Override
    public double lossAndGradient(double[] params, Batch batch, double[] grad) {
        if (grad != null) {
            Arrays.fill(grad, 0.0);
        }
        double scale = 1.0 / batch.size();
        double loss = 0;
        for (int b = 0; b < batch.size(); b++) {
            forward(params, batch, b);
            int n = batch.label(b);
            loss += pass.loss(n);
            if (grad != null) {
                pass.backward(params, dec, att, n, scale, grad);
            }
        }
        return loss * scale;
    }

    /** Sequence b: its inputs but the last are the context, the last is the query. */
    private void forward(double[] params, Batch batch, int b) {
        int len = batch.length(b);
        int off = batch.offset(b);
        pass.forward(params, dec, att, batch.tokens(), off, len - 1, batch.tokens()[off + len - 1]);
    }

    @Override
    public Evaluation evaluate(double[] params, Batch batch) {
        Evaluation.Accumulator acc = new Evaluation.Accumulator(spec.vocab());
        for (int b = 0; b < batch.size(); b++) {
            forward(params, batch, b);
            int len = batch.length(b);
            acc.add(batch.input(b, len - 1), pass.loss(batch.label(b)), pass.law());
        }
        return acc.result();
    }

    /**
     * Row t ≥ 1 applies the model as if input t were the query over the inputs before it; row 0 has no
     * context, hence no attention and the uniform law. The last row is the training-time computation.
     */
    @Override
    public Probe probe(double[] params, Batch one) {
        int len = one.length(0);
        int[] tokens = Arrays.copyOf(one.tokens(), len);
        int heads = spec.heads();
        double[][][] attention = new double[heads][len][len];
        double[][] predictions = new double[len][];
        predictions[0] = new double[spec.vocab()];
        Arrays.fill(predictions[0], 1.0 / spec.vocab());
        for (int t = 1; t < len; t++) {
            pass.forward(params, dec, att, tokens, 0, t, tokens[t]);
            for (int h = 0; h < heads; h++) {
                for (int s = 0; s < t; s++) {
                    attention[h][t][s] = pass.attention(h, tokens[s]);
                }
            }
            predictions[t] = pass.law().clone();
        }
        return new Probe(tokens, attention, predictions);
    }
}
