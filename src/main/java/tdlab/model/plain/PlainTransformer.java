package tdlab.model.plain;

import tdlab.model.Functions;
import java.util.Arrays;
import tdlab.model.Evaluation;
import tdlab.model.ParamLayout;
import tdlab.model.Probe;
import tdlab.model.TrainableModel;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerConfig.Embedding;
import tdlab.model.TransformerConfig.FeedForward;
import tdlab.model.TransformerConfig.Head;
import tdlab.model.TransformerConfig.Output;
import tdlab.model.TransformerConfig.Positional;
import tdlab.model.TransformerLayout;
import tdlab.task.Batch;

/**
 * The fused plain-Java backend of {@link TransformerConfig}: one sequence at a time, forward then
 * backward while its activations are still in cache, activations stored transposed ([feature][t]) so
 * that every inner loop is a unit-stride loop along the sequence, and causal attention computed row by
 * row from a saved log-sum-exp without ever storing the T×T matrix. Double precision throughout.
 */
public final class PlainTransformer implements TrainableModel {
    private static final double LN_EPS = 1e-5;
    private static final double GELU_K = Math.sqrt(2 / Math.PI);

    private final TransformerConfig cfg;
    private final ParamLayout layout;
    private final Kernels kernels;
    private final int vocab;
    private final int width;
    private final int heads;
    private final int dq;
    private final int dv;
    private final int ff;
    private final int logits;
    private final double scale;
    private final int oTokens; // wte or e
    private final int oWpe;
    private final int oLn1;
    private final int oWq;
    private final int oWk;
    private final int oWv;
    private final int oWo;
    private final int oLn2;
    private final int oW1;
    private final int oW2;
    private final int oLnf;
    private final int oHead; // matrix or vector read against the final stream
    private final int oBias;
    /** Non-null when the attention block reads the one-hot inputs: its projections are column reads. */
    private final OneHotInputs oneHot;
    /** Non-null when, in addition, the keys are those inputs (no key projection). */
    private final OneHotKeyAttention oneHotKeys;
    private Workspace ws;

    public PlainTransformer(TransformerConfig cfg) {
        this(cfg, Kernels.best());
    }

    PlainTransformer(TransformerConfig cfg, Kernels kernels) {
        this(cfg, kernels, true);
    }

    /** {@code oneHotPath} false keeps one-hot configurations on the dense path: the fast path's test oracle. */
    PlainTransformer(TransformerConfig cfg, Kernels kernels, boolean oneHotPath) {
        this.cfg = cfg;
        this.layout = TransformerLayout.of(cfg);
        this.kernels = kernels;
        this.vocab = cfg.vocab();
        this.width = cfg.width();
        this.heads = cfg.heads();
        this.dq = cfg.queryDim();
        this.dv = cfg.valueDim();
        this.ff = cfg.ffWidth();
        this.logits = cfg.logitCount();
        this.scale = 1 / Math.sqrt(dq);
        oTokens = offset(cfg.embedding() == Embedding.SCALAR ? TransformerLayout.E : TransformerLayout.WTE);
        oWpe = offset(TransformerLayout.WPE);
        oLn1 = offset(TransformerLayout.LN1);
        oWq = offset(TransformerLayout.WQ);
        oWk = offset(TransformerLayout.WK);
        oWv = offset(TransformerLayout.WV);
        oWo = offset(TransformerLayout.WO);
        oLn2 = offset(TransformerLayout.LN2);
        oW1 = offset(TransformerLayout.W1);
        oW2 = offset(TransformerLayout.W2);
        oLnf = offset(TransformerLayout.LNF);
        oHead = cfg.head() == Head.TIED ? oTokens
                : offset(cfg.output() == Output.SOFTMAX ? TransformerLayout.HEAD_W : TransformerLayout.HEAD_A);
        oBias = offset(TransformerLayout.HEAD_B);
        oneHot = oneHotPath && OneHotInputs.appliesTo(cfg) ? new OneHotInputs(cfg) : null;
        oneHotKeys = oneHot != null && !cfg.keyProjection() ? new OneHotKeyAttention(kernels, oneHot) : null;
    }

    private int offset(String name) {
        return layout.find(name).map(t -> t.offset()).orElse(-1);
    }

    @Override
    public TransformerConfig spec() {
        return cfg;
    }

    @Override
    public ParamLayout layout() {
        return layout;
    }

    @Override
    public String backend() {
        return kernels instanceof VectorKernels ? "plain-vector" : "plain-scalar";
    }

    /** One loss term per sequence, from that sequence alone, the same number of positions in each. */
    @Override
    public boolean splitsBySequence() {
        return true;
    }

    @Override
    public double lossAndGradient(double[] params, Batch batch, double[] grad) {
        int T = cfg.checkSequenceLength(batch.length());
        Workspace w = workspace(T);
        if (grad != null) {
            Arrays.fill(grad, 0, layout.size(), 0.0);
        }
        int positions = T - cfg.lossFrom();
        double invN = 1.0 / ((double) batch.size() * positions);
        double total = 0;
        for (int b = 0; b < batch.size(); b++) {
            forward(params, batch.tokens(), batch.offset(b), T, w);
            total += lossAndLogitGradient(batch.tokens(), batch.offset(b), T, w, invN, null);
            if (grad != null) {
                backward(params, batch.tokens(), batch.offset(b), T, w, grad);
            }
        }
        return total * invN;
    }

    @Override
    public Evaluation evaluate(double[] params, Batch batch) {
        int T = cfg.checkSequenceLength(batch.length());
        Workspace w = workspace(T);
        Evaluation.Accumulator acc = new Evaluation.Accumulator(vocab);
        for (int b = 0; b < batch.size(); b++) {
            forward(params, batch.tokens(), batch.offset(b), T, w);
            lossAndLogitGradient(batch.tokens(), batch.offset(b), T, w, 0, acc);
        }
        return acc.result();
    }

    @Override
    public Probe probe(double[] params, tdlab.task.Batch one) {
        return probe(params, java.util.Arrays.copyOf(one.tokens(), one.length(0)));
    }

    @Override
    public Probe probe(double[] params, int[] tokens) {
        int T = cfg.checkSequenceLength(tokens.length);
        Workspace w = workspace(T);
        int[] padded = Arrays.copyOf(tokens, T + 1); // forward reads inputs only
        forward(params, padded, 0, T, w);
        double[][][] att = new double[heads][T][T];
        double[] kArr = keys(w);
        for (int h = 0; h < heads; h++) {
            int kRow = cfg.keyProjection() ? h * dq : 0;
            for (int t = 0; t < T; t++) {
                kernels.attentionRow(T, dq, scale, w.q, h * dq, kArr, kRow, w.lse[h * T + t], t, att[h][t]);
            }
        }
        double[][] pred = new double[T][vocab];
        for (int t = 0; t < T; t++) {
            predicted(w, T, t, pred[t]);
        }
        return new Probe(tokens, att, pred);
    }

    private Workspace workspace(int T) {
        if (ws == null || ws.T != T) {
            ws = new Workspace(T);
        }
        return ws;
    }

    // ------------------------------------------------------------------ forward

    /** The stream the attention block reads: the LayerNorm output, or the embeddings without LayerNorm. */
    private double[] attentionInput(Workspace w) {
        return cfg.layerNorm() ? w.a : w.h0;
    }

    /**
     * The keys the attention rows read. Forward, backward and probe all ask here: the probe once chose
     * its own array and read the absent LayerNorm output of configurations without key projection or LayerNorm.
     */
    private double[] keys(Workspace w) {
        return cfg.keyProjection() ? w.k : attentionInput(w);
    }

    private void forward(double[] p, int[] tokens, int off, int T, Workspace w) {
        embed(p, tokens, off, T, w.h0);
        if (cfg.layerNorm()) {
            layerNorm(p, oLn1, w.h0, w.a, w.xhat1, w.rstd1, T, w);
        }
        double[] a = attentionInput(w);
        if (oneHot != null) {
            oneHot.project(p, oWq, heads * dq, tokens, off, T, w.q);
            if (cfg.keyProjection()) {
                oneHot.project(p, oWk, heads * dq, tokens, off, T, w.k);
            }
            oneHot.project(p, oWv, heads * dv, tokens, off, T, w.v);
        } else {
            linear(p, oWq, heads * dq, width, a, w.q, T);
            if (cfg.keyProjection()) {
                linear(p, oWk, heads * dq, width, a, w.k, T);
            }
            linear(p, oWv, heads * dv, width, a, w.v, T);
        }
        double[] kArr = keys(w);
        for (int h = 0; h < heads; h++) {
            if (oneHotKeys != null) {
                oneHotKeys.forward(T, dv, scale, tokens, off, w.q, h * dq, w.v, h * dv, w.o, h * dv, w.lse, h * T);
            } else {
                kernels.attentionForward(T, dq, dv, scale, w.q, h * dq, kArr, cfg.keyProjection() ? h * dq : 0,
                        w.v, h * dv, w.o, h * dv, w.lse, h * T, w.s1);
            }
        }
        if (cfg.outputProjection()) {
            linear(p, oWo, width, heads * dv, w.o, w.att, T);
        } else {
            Arrays.fill(w.att, 0, width * T, 0.0);
            for (int h = 0; h < heads; h++) {
                kernels.axpy(1, w.o, h * dv * T, w.att, 0, width * T);
            }
        }
        combine(w.h0, w.att, w.h1, width * T);
        if (ff > 0) {
            double[] m = w.h1;
            if (cfg.layerNorm()) {
                layerNorm(p, oLn2, w.h1, w.m, w.xhat2, w.rstd2, T, w);
                m = w.m;
            }
            linear(p, oW1, ff, width, m, w.u, T);
            activate(w.u, w.g, w.th, ff * T);
            linear(p, oW2, width, ff, w.g, w.ffo, T);
            combine(w.h1, w.ffo, w.h2, width * T);
        }
        double[] h2 = ff > 0 ? w.h2 : w.h1;
        double[] f = h2;
        if (cfg.layerNorm()) {
            layerNorm(p, oLnf, h2, w.f, w.xhatf, w.rstdf, T, w);
            f = w.f;
        }
        w.fin = f;
        if (cfg.head() == Head.IDENTITY) {
            System.arraycopy(f, 0, w.z, 0, vocab * T);
        } else {
            linear(p, oHead, logits, width, f, w.z, T);
        }
        if (oBias >= 0) {
            for (int v = 0; v < logits; v++) {
                double bias = p[oBias + v];
                for (int t = 0; t < T; t++) {
                    w.z[v * T + t] += bias;
                }
            }
        }
    }

    private void embed(double[] p, int[] tokens, int off, int T, double[] h0) {
        Arrays.fill(h0, 0, width * T, 0.0);
        int tw = cfg.tokenWidth();
        for (int t = 0; t < T; t++) {
            int x = tokens[off + t];
            switch (cfg.embedding()) {
                case TOKEN_TABLE -> {
                    for (int c = 0; c < tw; c++) {
                        h0[c * T + t] = p[oTokens + x * tw + c];
                    }
                }
                case SCALAR -> {
                    for (int c = 0; c < tw; c++) {
                        h0[c * T + t] = x * p[oTokens + c];
                    }
                }
                case ONE_HOT -> h0[x * T + t] = 1;
            }
            if (cfg.positional() == Positional.LEARNED) {
                for (int c = 0; c < width; c++) {
                    h0[c * T + t] += p[oWpe + t * width + c];
                }
            } else if (cfg.positional() == Positional.ONE_HOT_CONCAT) {
                h0[(tw + t) * T + t] = 1;
            }
        }
    }

    /** out = base + delta with a residual connection, else delta. */
    private void combine(double[] base, double[] delta, double[] out, int n) {
        if (cfg.residual()) {
            for (int i = 0; i < n; i++) {
                out[i] = base[i] + delta[i];
            }
        } else {
            System.arraycopy(delta, 0, out, 0, n);
        }
    }

    /** y[o][:] = Σ_i W[o][i] x[i][:] for W at p[wOff], [out][in]. */
    private void linear(double[] p, int wOff, int out, int in, double[] x, double[] y, int T) {
        kernels.matmul(p, wOff, in, 1, out, in, x, y, T, false);
    }

    private void layerNorm(double[] p, int gOff, double[] x, double[] y, double[] xhat, double[] rstd, int T,
                           Workspace w) {
        double[] mean = w.s1;
        Arrays.fill(mean, 0, T, 0.0);
        Arrays.fill(rstd, 0, T, 0.0);
        for (int c = 0; c < width; c++) {
            kernels.axpy(1, x, c * T, mean, 0, T);
        }
        for (int t = 0; t < T; t++) {
            mean[t] /= width;
        }
        for (int c = 0; c < width; c++) {
            for (int t = 0; t < T; t++) {
                double d = x[c * T + t] - mean[t];
                rstd[t] += d * d;
            }
        }
        for (int t = 0; t < T; t++) {
            rstd[t] = 1 / Math.sqrt(rstd[t] / width + LN_EPS);
        }
        for (int c = 0; c < width; c++) {
            double g = p[gOff + c];
            for (int t = 0; t < T; t++) {
                double xh = (x[c * T + t] - mean[t]) * rstd[t];
                xhat[c * T + t] = xh;
                y[c * T + t] = g * xh;
            }
        }
    }

    /**
     * g = act(u); for GELU also keeps th, which the backward pass's slope reuses: tanh of the argument for
     * the tanh form, Φ(u) for the exact form.
     */
    private void activate(double[] u, double[] g, double[] th, int n) {
        switch (cfg.feedForward()) {
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    g[i] = Math.max(u[i], 0);
                }
            }
            case GELU_TANH -> {
                for (int i = 0; i < n; i++) {
                    double x = u[i];
                    double t = Math.tanh(GELU_K * (x + 0.044715 * x * x * x));
                    th[i] = t;
                    g[i] = 0.5 * x * (1 + t);
                }
            }
            case GELU_ERF -> kernels.gelu(u, th, g, n);
            case NONE -> throw new IllegalStateException("no feed-forward block");
        }
    }

    /** dg ⊙= act'(u), with GELU's th taken from the forward pass. */
    private void activationBackward(double[] u, double[] th, double[] dg, int n) {
        switch (cfg.feedForward()) {
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    dg[i] *= u[i] > 0 ? 1 : 0;
                }
            }
            case GELU_TANH -> {
                for (int i = 0; i < n; i++) {
                    double x = u[i];
                    double t = th[i];
                    dg[i] *= 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_K * (1 + 3 * 0.044715 * x * x);
                }
            }
            case GELU_ERF -> kernels.geluBackward(u, th, dg, n);
            case NONE -> throw new IllegalStateException("no feed-forward block");
        }
    }

    /** The predicted next-token law at position t into {@code out}. */
    private void predicted(Workspace w, int T, int t, double[] out) {
        if (cfg.output() == Output.SIGMOID) {
            double p1 = Functions.sigmoid(w.z[t]);
            out[0] = 1 - p1;
            out[1] = p1;
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < vocab; v++) {
            max = Math.max(max, w.z[v * T + t]);
        }
        double sum = 0;
        for (int v = 0; v < vocab; v++) {
            out[v] = Math.exp(w.z[v * T + t] - max);
            sum += out[v];
        }
        for (int v = 0; v < vocab; v++) {
            out[v] /= sum;
        }
    }

    /**
     * Sums the cross-entropy over the loss positions, writes dlogits (scaled by invN) and, if acc is given,
     * records each position's prediction.
     */
    private double lossAndLogitGradient(int[] tokens, int off, int T, Workspace w, double invN,
                                        Evaluation.Accumulator acc) {
        double total = 0;
        double[] law = w.law;
        Arrays.fill(w.dz, 0, logits * T, 0.0);
        for (int t = cfg.lossFrom(); t < T; t++) {
            int y = tokens[off + t + 1];
            double loss;
            if (cfg.output() == Output.SIGMOID) {
                // one exp: with e = exp(−|z|), σ(z) = 1/(1+e) or e/(1+e) and −ln σ(±z) = ln(1+e) + max(∓z, 0),
                // the same operations as Functions.sigmoid and Functions.logSigmoid
                double z = w.z[t];
                double e = Math.exp(-Math.abs(z));
                double p1 = z >= 0 ? 1 / (1 + e) : e / (1 + e);
                double softplus = Math.log1p(e);
                if (y == 1) {
                    loss = z >= 0 ? softplus : softplus - z;
                } else {
                    loss = z <= 0 ? softplus : softplus + z;
                }
                w.dz[t] = (p1 - y) * invN;
                if (acc != null) {
                    law[1] = p1;
                    law[0] = 1 - p1;
                }
            } else {
                predicted(w, T, t, law);
                loss = -Math.log(law[y]);
                if (!Double.isFinite(loss)) { // underflowed probability: take it from the logits
                    double max = Double.NEGATIVE_INFINITY;
                    for (int v = 0; v < vocab; v++) {
                        max = Math.max(max, w.z[v * T + t]);
                    }
                    double sum = 0;
                    for (int v = 0; v < vocab; v++) {
                        sum += Math.exp(w.z[v * T + t] - max);
                    }
                    loss = max + Math.log(sum) - w.z[y * T + t];
                }
                for (int v = 0; v < vocab; v++) {
                    w.dz[v * T + t] = (law[v] - (v == y ? 1 : 0)) * invN;
                }
            }
            total += loss;
            if (acc != null) {
                acc.add(tokens[off + t], loss, law);
            }
        }
        return total;
    }

    // ------------------------------------------------------------------ backward

    private void backward(double[] p, int[] tokens, int off, int T, Workspace w, double[] g) {
        int n = width * T;
        // head
        Arrays.fill(w.df, 0, n, 0.0);
        if (cfg.head() == Head.IDENTITY) {
            System.arraycopy(w.dz, 0, w.df, 0, vocab * T);
        } else {
            linearBackward(p, oHead, logits, width, w.fin, w.dz, w.df, g, T);
        }
        if (oBias >= 0) {
            for (int v = 0; v < logits; v++) {
                double s = 0;
                for (int t = 0; t < T; t++) {
                    s += w.dz[v * T + t];
                }
                g[oBias + v] += s;
            }
        }
        double[] h2 = ff > 0 ? w.h2 : w.h1;
        double[] dh2 = w.dh2;
        Arrays.fill(dh2, 0, n, 0.0);
        if (cfg.layerNorm()) {
            layerNormBackward(p, oLnf, w.xhatf, w.rstdf, w.df, dh2, g, T, w);
        } else {
            System.arraycopy(w.df, 0, dh2, 0, n);
        }
        // feed-forward
        double[] dh1 = w.dh1;
        if (ff > 0) {
            if (cfg.residual()) {
                System.arraycopy(dh2, 0, dh1, 0, n);
            } else {
                Arrays.fill(dh1, 0, n, 0.0);
            }
            Arrays.fill(w.dg, 0, ff * T, 0.0);
            linearBackward(p, oW2, width, ff, w.g, dh2, w.dg, g, T);
            activationBackward(w.u, w.th, w.dg, ff * T);
            double[] m = cfg.layerNorm() ? w.m : w.h1;
            double[] dm = cfg.layerNorm() ? w.dm : dh1;
            if (cfg.layerNorm()) {
                Arrays.fill(dm, 0, n, 0.0);
            }
            linearBackward(p, oW1, ff, width, m, w.dg, dm, g, T);
            if (cfg.layerNorm()) {
                layerNormBackward(p, oLn2, w.xhat2, w.rstd2, dm, dh1, g, T, w);
            }
        } else {
            System.arraycopy(dh2, 0, dh1, 0, n);
        }
        // attention
        int ov = heads * dv * T;
        if (cfg.outputProjection()) {
            Arrays.fill(w.dO, 0, ov, 0.0);
            linearBackward(p, oWo, width, heads * dv, w.o, dh1, w.dO, g, T);
        } else {
            for (int h = 0; h < heads; h++) {
                System.arraycopy(dh1, 0, w.dO, h * dv * T, n);
            }
        }
        double[] a = attentionInput(w);
        double[] kArr = keys(w);
        int qk = heads * dq * T;
        Arrays.fill(w.dQ, 0, qk, 0.0);
        Arrays.fill(w.dV, 0, ov, 0.0);
        if (oneHotKeys == null) {
            Arrays.fill(w.dK, 0, cfg.keyProjection() ? qk : n, 0.0);
        }
        for (int h = 0; h < heads; h++) {
            if (oneHotKeys != null) {
                oneHotKeys.backward(T, dv, scale, tokens, off, w.q, h * dq, w.v, h * dv, w.o, h * dv, w.lse, h * T,
                        w.dO, h * dv, w.dQ, h * dq, w.dV, h * dv);
            } else {
                kernels.attentionBackward(T, dq, dv, scale, w.q, h * dq, kArr, cfg.keyProjection() ? h * dq : 0,
                        w.v, h * dv, w.o, h * dv, w.lse, h * T, w.dO, h * dv, w.dQ, h * dq, w.dK,
                        cfg.keyProjection() ? h * dq : 0, w.dV, h * dv, w.s1, w.s2);
            }
        }
        if (oneHot != null) {
            // the inputs are fixed one-hot vectors: only the weight gradients remain, and dh0 has no reader
            oneHot.weightGradient(w.dQ, heads * dq, tokens, off, T, g, oWq);
            if (cfg.keyProjection()) {
                oneHot.weightGradient(w.dK, heads * dq, tokens, off, T, g, oWk);
            }
            oneHot.weightGradient(w.dV, heads * dv, tokens, off, T, g, oWv);
            return;
        }
        double[] dh0 = w.dh0;
        if (cfg.residual()) {
            System.arraycopy(dh1, 0, dh0, 0, n);
        } else {
            Arrays.fill(dh0, 0, n, 0.0);
        }
        double[] da = cfg.layerNorm() ? w.da : dh0;
        if (cfg.layerNorm()) {
            Arrays.fill(da, 0, n, 0.0);
        }
        linearBackward(p, oWq, heads * dq, width, a, w.dQ, da, g, T);
        if (cfg.keyProjection()) {
            linearBackward(p, oWk, heads * dq, width, a, w.dK, da, g, T);
        } else {
            kernels.axpy(1, w.dK, 0, da, 0, n);
        }
        linearBackward(p, oWv, heads * dv, width, a, w.dV, da, g, T);
        if (cfg.layerNorm()) {
            layerNormBackward(p, oLn1, w.xhat1, w.rstd1, da, dh0, g, T, w);
        }
        embedBackward(tokens, off, T, dh0, g);
    }

    /** Given dy, accumulates dW += dy xᵀ and dx += Wᵀ dy. */
    private void linearBackward(double[] p, int wOff, int out, int in, double[] x, double[] dy, double[] dx,
                                double[] g, int T) {
        kernels.weightGradient(dy, out, x, in, T, g, wOff);
        kernels.matmul(p, wOff, 1, in, in, out, dy, dx, T, true);
    }

    /** Accumulates dx and the gain's gradient from dy, for y = gain ⊙ x̂. */
    private void layerNormBackward(double[] p, int gOff, double[] xhat, double[] rstd, double[] dy, double[] dx,
                                   double[] g, int T, Workspace w) {
        double[] sum1 = w.s1;
        double[] sum2 = w.s2;
        double[] dxhat = w.scratch;
        Arrays.fill(sum1, 0, T, 0.0);
        Arrays.fill(sum2, 0, T, 0.0);
        for (int c = 0; c < width; c++) {
            g[gOff + c] += kernels.dot(dy, c * T, xhat, c * T, T);
            double gain = p[gOff + c];
            for (int t = 0; t < T; t++) {
                double v = dy[c * T + t] * gain;
                dxhat[c * T + t] = v;
                sum1[t] += v;
                sum2[t] += v * xhat[c * T + t];
            }
        }
        double invD = 1.0 / width;
        for (int c = 0; c < width; c++) {
            for (int t = 0; t < T; t++) {
                int i = c * T + t;
                dx[i] += rstd[t] * (dxhat[i] - sum1[t] * invD - xhat[i] * sum2[t] * invD);
            }
        }
    }

    private void embedBackward(int[] tokens, int off, int T, double[] dh0, double[] g) {
        int tw = cfg.tokenWidth();
        for (int t = 0; t < T; t++) {
            int x = tokens[off + t];
            if (cfg.embedding() == Embedding.TOKEN_TABLE) {
                for (int c = 0; c < tw; c++) {
                    g[oTokens + x * tw + c] += dh0[c * T + t];
                }
            } else if (cfg.embedding() == Embedding.SCALAR && x == 1) {
                for (int c = 0; c < tw; c++) {
                    g[oTokens + c] += dh0[c * T + t];
                }
            }
            if (cfg.positional() == Positional.LEARNED) {
                for (int c = 0; c < width; c++) {
                    g[oWpe + t * width + c] += dh0[c * T + t];
                }
            }
        }
    }



    /** Activation and gradient buffers for sequences of length T, reused across sequences and steps. */
    private final class Workspace {
        final int T;
        final double[] h0;
        final double[] a;
        final double[] xhat1;
        final double[] rstd1;
        final double[] q;
        final double[] k;
        final double[] v;
        final double[] o;
        final double[] lse;
        final double[] att;
        final double[] h1;
        final double[] m;
        final double[] xhat2;
        final double[] rstd2;
        final double[] u;
        final double[] g;
        /** GELU only: tanh of the activation's argument (tanh form) or Φ(u) (exact form), for the backward pass. */
        final double[] th;
        final double[] ffo;
        final double[] h2;
        final double[] f;
        final double[] xhatf;
        final double[] rstdf;
        final double[] z;
        final double[] dz;
        final double[] df;
        final double[] dh2;
        final double[] dh1;
        final double[] dm;
        final double[] dg;
        final double[] dO;
        final double[] dQ;
        final double[] dK;
        final double[] dV;
        final double[] da;
        final double[] dh0;
        final double[] s1;
        final double[] s2;
        final double[] scratch;
        final double[] law;
        double[] fin;

        Workspace(int T) {
            this.T = T;
            int n = width * T;
            boolean ln = cfg.layerNorm();
            h0 = new double[n];
            a = ln ? new double[n] : null;
            xhat1 = ln ? new double[n] : null;
            rstd1 = new double[T];
            q = new double[heads * dq * T];
            k = cfg.keyProjection() ? new double[heads * dq * T] : null;
            v = new double[heads * dv * T];
            o = new double[heads * dv * T];
            lse = new double[heads * T];
            att = new double[n];
            h1 = new double[n];
            m = ln && ff > 0 ? new double[n] : null;
            xhat2 = ln && ff > 0 ? new double[n] : null;
            rstd2 = new double[T];
            u = new double[ff * T];
            g = new double[ff * T];
            th = cfg.feedForward().isGelu() ? new double[ff * T] : null;
            ffo = new double[n];
            h2 = ff > 0 ? new double[n] : null;
            f = ln ? new double[n] : null;
            xhatf = ln ? new double[n] : null;
            rstdf = new double[T];
            z = new double[Math.max(logits, vocab) * T];
            dz = new double[Math.max(logits, vocab) * T];
            df = new double[n];
            dh2 = new double[n];
            dh1 = new double[n];
            dm = ln && ff > 0 ? new double[n] : null;
            dg = new double[ff * T];
            dO = new double[heads * dv * T];
            dQ = new double[heads * dq * T];
            dK = new double[cfg.keyProjection() ? heads * dq * T : n];
            dV = new double[heads * dv * T];
            da = ln ? new double[n] : null;
            dh0 = new double[n];
            s1 = new double[T];
            s2 = new double[T];
            scratch = new double[n];
            law = new double[vocab];
        }
    }
}
