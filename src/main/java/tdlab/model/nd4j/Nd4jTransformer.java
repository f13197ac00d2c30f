package tdlab.model.nd4j;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterUpdate;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import tdlab.model.Evaluation;
import tdlab.model.Gelu;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;
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
 * The ND4J backend of {@link TransformerConfig}, the reference the plain backend is checked against. Each
 * call works on the whole batch at once in double precision: activations are [B·T, width] matrices,
 * linear layers are one matrix product against Wᵀ, attention is a batched product giving [B·H, T, T]
 * scores with a causal mask and a softmax along the last axis. The backward pass is written by hand. All
 * temporaries of a call live in a per-thread workspace that is reused from call to call; results are
 * copied out to {@code double[]} before it closes.
 */
public final class Nd4jTransformer implements TrainableModel {
    private static final double LN_EPS = 1e-5;
    private static final double GELU_K = Math.sqrt(2 / Math.PI);
    private static final double GELU_C = 0.044715;

    private final TransformerConfig cfg;
    private final ParamLayout layout;
    private final int vocab;
    private final int width;
    private final int tokenWidth;
    private final int heads;
    private final int dq;
    private final int dv;
    private final int ff;
    private final int logits;
    private final double scale;
    /** Causal mask [T][T]: 0 on and below the diagonal, −∞ above; kept outside the workspace. */
    private INDArray mask;

    public Nd4jTransformer(TransformerConfig cfg) {
        this.cfg = cfg;
        this.layout = TransformerLayout.of(cfg);
        this.vocab = cfg.vocab();
        this.width = cfg.width();
        this.tokenWidth = cfg.tokenWidth();
        this.heads = cfg.heads();
        this.dq = cfg.queryDim();
        this.dv = cfg.valueDim();
        this.ff = cfg.ffWidth();
        this.logits = cfg.logitCount();
        this.scale = 1 / Math.sqrt(dq);
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
        return "nd4j";
    }

    @Override
    public double lossAndGradient(double[] params, Batch batch, double[] grad) {
        int T = cfg.checkSequenceLength(batch.length());
        Nd4jSupport.init();
        INDArray causal = mask(T);
        try (MemoryWorkspace ignored = Nd4jSupport.openWorkspace()) {
            Tensors p = new Tensors(Nd4jSupport.array(params, params.length));
            Pass f = forward(p, batch.tokens(), batch.size(), T, causal);
            Loss l = loss(f, batch.tokens(), grad != null);
            if (grad != null) {
                Tensors g = new Tensors(Nd4j.zeros(DataType.DOUBLE, layout.size()));
                backward(p, f, l.dz, g);
                double[] out = Nd4jSupport.toArray(g.flat);
                System.arraycopy(out, 0, grad, 0, out.length);
            }
            return l.total;
        }
    }

    @Override
    public Evaluation evaluate(double[] params, Batch batch) {
        int T = cfg.checkSequenceLength(batch.length());
        Nd4jSupport.init();
        INDArray causal = mask(T);
        try (MemoryWorkspace ignored = Nd4jSupport.openWorkspace()) {
            Tensors p = new Tensors(Nd4jSupport.array(params, params.length));
            Pass f = forward(p, batch.tokens(), batch.size(), T, causal);
            Loss l = loss(f, batch.tokens(), false);
            double[] law = Nd4jSupport.toArray(l.law);
            double[] lossAt = Nd4jSupport.toArray(l.perPosition);
            Evaluation.Accumulator acc = new Evaluation.Accumulator(vocab);
            double[] row = new double[vocab];
            for (int b = 0; b < batch.size(); b++) {
                for (int t = cfg.lossFrom(); t < T; t++) {
                    int i = b * T + t;
                    System.arraycopy(law, i * vocab, row, 0, vocab);
                    acc.add(batch.input(b, t), lossAt[i], row);
                }
            }
            return acc.result();
        }
    }

    @Override
    public Probe probe(double[] params, tdlab.task.Batch one) {
        return probe(params, java.util.Arrays.copyOf(one.tokens(), one.length(0)));
    }

    @Override
    public Probe probe(double[] params, int[] tokens) {
        int T = cfg.checkSequenceLength(tokens.length);
        Nd4jSupport.init();
        INDArray causal = mask(T);
        int[] padded = Arrays.copyOf(tokens, T + 1); // the forward pass reads inputs only
        try (MemoryWorkspace ignored = Nd4jSupport.openWorkspace()) {
            Tensors p = new Tensors(Nd4jSupport.array(params, params.length));
            Pass f = forward(p, padded, 1, T, causal);
            double[] att = Nd4jSupport.toArray(f.prob); // [H][T][T] since B = 1
            double[][][] attention = new double[heads][T][T];
            for (int h = 0; h < heads; h++) {
                for (int t = 0; t < T; t++) {
                    System.arraycopy(att, (h * T + t) * T, attention[h][t], 0, t + 1);
                }
            }
            double[] law = Nd4jSupport.toArray(predicted(f.z));
            double[][] predictions = new double[T][vocab];
            for (int t = 0; t < T; t++) {
                System.arraycopy(law, t * vocab, predictions[t], 0, vocab);
            }
            return new Probe(tokens, attention, predictions);
        }
    }

    private INDArray mask(int T) {
        if (mask == null || mask.size(0) != T) {
            double[] m = new double[T * T];
            for (int t = 0; t < T; t++) {
                Arrays.fill(m, t * T + t + 1, (t + 1) * T, Double.NEGATIVE_INFINITY);
            }
            try (MemoryWorkspace ignored = Nd4jSupport.outsideWorkspaces()) {
                mask = Nd4jSupport.array(m, T, T);
            }
        }
        return mask;
    }

    // ------------------------------------------------------------------ parameters

    /** Views of a flat parameter (or gradient) array, one per tensor of the layout, in its shape. */
    private final class Tensors {
        final INDArray flat;

        Tensors(INDArray flat) {
            this.flat = flat;
        }

        INDArray get(String name) {
            ParamTensor t = layout.get(name);
            long[] shape = Arrays.stream(t.shape()).asLongStream().toArray();
            return flat.get(interval(t.offset(), t.end())).reshape('c', shape);
        }

        /** The matrix read against the final stream: [V][D] for softmax, [D] for sigmoid. */
        INDArray head() {
            if (cfg.head() == Head.TIED) {
                return get(cfg.output() == Output.SOFTMAX ? TransformerLayout.WTE : TransformerLayout.E);
            }
            return get(cfg.output() == Output.SOFTMAX ? TransformerLayout.HEAD_W : TransformerLayout.HEAD_A);
        }
    }

    // ------------------------------------------------------------------ forward

    /** The activations of one forward pass over a batch; N = B·T rows. */
    private static final class Pass {
        int B;
        int T;
        int N;
        int[] tokens;
        int[] inputs;
        INDArray h0;
        INDArray a;
        INDArray xhat1;
        INDArray rstd1;
        INDArray qs; // scaled queries [B·H, T, dq]
        INDArray k; // [B·H, T, dq]
        INDArray v; // [B·H, T, dv]
        INDArray prob; // [B·H, T, T]
        INDArray o; // [B·H, T, dv]
        INDArray oFlat; // [N, H·dv]
        INDArray h1;
        INDArray m;
        INDArray xhat2;
        INDArray rstd2;
        INDArray u;
        INDArray th; // GELU: tanh of its argument (tanh form) or Φ(u) (exact form)
        INDArray g;
        INDArray h2;
        INDArray f;
        INDArray xhatf;
        INDArray rstdf;
        INDArray z; // [N, logits]
    }

    private Pass forward(Tensors p, int[] tokens, int B, int T, INDArray causal) {
        Pass w = new Pass();
        w.B = B;
        w.T = T;
        w.N = B * T;
        w.tokens = tokens;
        w.inputs = new int[w.N];
        for (int b = 0; b < B; b++) {
            for (int t = 0; t < T; t++) {
                w.inputs[b * T + t] = tokens[b * (T + 1) + t];
            }
        }
        w.h0 = embed(p, w);
        if (cfg.layerNorm()) {
            INDArray[] ln = layerNorm(w.h0, p.get(TransformerLayout.LN1));
            w.a = ln[0];
            w.xhat1 = ln[1];
            w.rstd1 = ln[2];
        } else {
            w.a = w.h0;
        }
        INDArray att = attention(p, w, causal);
        w.h1 = cfg.residual() ? w.h0.add(att) : att;
        INDArray h2 = w.h1;
        if (ff > 0) {
            if (cfg.layerNorm()) {
                INDArray[] ln = layerNorm(w.h1, p.get(TransformerLayout.LN2));
                w.m = ln[0];
                w.xhat2 = ln[1];
                w.rstd2 = ln[2];
            } else {
                w.m = w.h1;
            }
            w.u = Nd4j.gemm(w.m, p.get(TransformerLayout.W1), false, true);
            w.g = activate(w);
            INDArray ffo = Nd4j.gemm(w.g, p.get(TransformerLayout.W2), false, true);
            w.h2 = cfg.residual() ? w.h1.add(ffo) : ffo;
            h2 = w.h2;
        }
        if (cfg.layerNorm()) {
            INDArray[] ln = layerNorm(h2, p.get(TransformerLayout.LNF));
            w.f = ln[0];
            w.xhatf = ln[1];
            w.rstdf = ln[2];
        } else {
            w.f = h2;
        }
        if (cfg.head() == Head.IDENTITY) {
            w.z = w.f.get(all(), interval(0, vocab)).dup('c');
        } else if (cfg.output() == Output.SOFTMAX) {
            w.z = Nd4j.gemm(w.f, p.head(), false, true);
        } else {
            w.z = Nd4j.gemm(w.f, p.head().reshape(width, 1), false, false);
        }
        if (cfg.headBias()) {
            w.z.addiRowVector(p.get(TransformerLayout.HEAD_B));
        }
        return w;
    }

    /** h0 [N, D]: token part (table rows, x·e or one-hot) plus positions (learned rows or one-hot). */
    private INDArray embed(Tensors p, Pass w) {
        int N = w.N;
        INDArray h0;
        boolean oneHotTokens = cfg.embedding() == Embedding.ONE_HOT;
        boolean oneHotPositions = cfg.positional() == Positional.ONE_HOT_CONCAT;
        if (oneHotTokens || oneHotPositions) {
            double[] fixed = new double[N * width];
            for (int i = 0; i < N; i++) {
                if (oneHotTokens) {
                    fixed[i * width + w.inputs[i]] = 1;
                }
                if (oneHotPositions) {
                    fixed[i * width + tokenWidth + i % w.T] = 1;
                }
            }
            h0 = Nd4jSupport.array(fixed, N, width);
        } else {
            h0 = Nd4j.zeros(DataType.DOUBLE, N, width);
        }
        INDArray tokenPart = h0.get(all(), interval(0, tokenWidth));
        if (cfg.embedding() == Embedding.TOKEN_TABLE) {
            tokenPart.addi(Nd4j.pullRows(p.get(TransformerLayout.WTE), 1, w.inputs));
        } else if (cfg.embedding() == Embedding.SCALAR) {
            tokenPart.addi(Nd4j.gemm(scalarInputs(w), p.get(TransformerLayout.E).reshape(1, tokenWidth), false,
                    false));
        }
        if (cfg.positional() == Positional.LEARNED) {
            INDArray wpe = p.get(TransformerLayout.WPE).get(interval(0, w.T), all());
            h0.reshape(w.B, w.T, width).addi(wpe);
        }
        return h0;
    }

    /** The binary inputs x as a column [N, 1]. */
    private static INDArray scalarInputs(Pass w) {
        double[] x = new double[w.N];
        for (int i = 0; i < w.N; i++) {
            x[i] = w.inputs[i];
        }
        return Nd4jSupport.array(x, w.N, 1);
    }

    /** Gain-only LayerNorm over rows: returns {y, x̂, rstd}. */
    private INDArray[] layerNorm(INDArray x, INDArray gain) {
        INDArray mean = x.mean(1);
        INDArray xc = x.subColumnVector(mean);
        INDArray var = xc.mul(xc).mean(1);
        INDArray rstd = Transforms.sqrt(var.addi(LN_EPS), false).rdivi(1.0);
        INDArray xhat = xc.muliColumnVector(rstd);
        INDArray y = xhat.mulRowVector(gain);
        return new INDArray[] {y, xhat, rstd};
    }

    private INDArray activate(Pass w) {
        if (cfg.feedForward() == FeedForward.RELU) {
            return Transforms.relu(w.u, true);
        }
        INDArray u = w.u;
        if (cfg.feedForward() == FeedForward.GELU_ERF) {
            w.th = elementwise(u, Gelu::cdf); // ND4J's erf is not guaranteed to double precision; ours is
            return w.th.mul(u);
        }
        INDArray inner = u.mul(u).muli(u).muli(GELU_C).addi(u).muli(GELU_K);
        w.th = Transforms.tanh(inner, false);
        return w.th.add(1.0).muli(u).muli(0.5);
    }

    /** f applied to every element of x, as a new array of x's shape. */
    private static INDArray elementwise(INDArray x, java.util.function.DoubleUnaryOperator f) {
        double[] a = Nd4jSupport.toArray(x);
        for (int i = 0; i < a.length; i++) {
            a[i] = f.applyAsDouble(a[i]);
        }
        return Nd4jSupport.array(a, x.shape());
    }

    /** d act/du at u. */
    private INDArray activationSlope(Pass w) {
        INDArray u = w.u;
        if (cfg.feedForward() == FeedForward.RELU) {
            return u.gt(0.0).castTo(DataType.DOUBLE);
        }
        INDArray th = w.th;
        if (cfg.feedForward() == FeedForward.GELU_ERF) {
            double[] us = Nd4jSupport.toArray(u);
            double[] cs = Nd4jSupport.toArray(th);
            for (int i = 0; i < us.length; i++) {
                cs[i] = Gelu.slope(us[i], cs[i]);
            }
            return Nd4jSupport.array(cs, u.shape());
        }
        // 0.5(1 + th) + 0.5 u (1 − th²) K (1 + 3c u²)
        INDArray sech2 = th.mul(th).rsubi(1.0);
        INDArray poly = u.mul(u).muli(3 * GELU_C).addi(1.0).muli(GELU_K);
        return sech2.muli(poly).muli(u).muli(0.5).addi(th.add(1.0).muli(0.5));
    }

    /** [N, H·w] → [B·H, T, w]. */
    private INDArray toHeads(INDArray x, Pass s, int w) {
        if (heads == 1) {
            return x.reshape('c', s.B, s.T, w);
        }
        return x.reshape('c', s.B, s.T, heads, w).permute(0, 2, 1, 3).dup('c').reshape('c', (long) s.B * heads, s.T, w);
    }

    /** [B·H, T, w] → [N, H·w]. */
    private INDArray fromHeads(INDArray x, Pass s, int w) {
        if (heads == 1) {
            return x.reshape('c', s.N, w);
        }
        return x.reshape('c', s.B, heads, s.T, w).permute(0, 2, 1, 3).dup('c').reshape('c', s.N, (long) heads * w);
    }

    /** [N, D] → the same rows for every head, [B·H, T, D]. */
    private INDArray sameForEveryHead(INDArray x, Pass s) {
        if (heads == 1) {
            return x.reshape('c', s.B, s.T, width);
        }
        INDArray out = Nd4j.zeros(DataType.DOUBLE, s.B, heads, s.T, width);
        out.addi(x.reshape('c', s.B, 1, s.T, width));
        return out.reshape('c', (long) s.B * heads, s.T, width);
    }

    /** [B·H, T, D] → Σ over heads, [N, D]. */
    private INDArray sumOverHeads(INDArray x, Pass s) {
        if (heads == 1) {
            return x.reshape('c', s.N, width);
        }
        return x.reshape('c', s.B, heads, s.T, width).sum(1).reshape('c', s.N, width);
    }

    private INDArray attention(Tensors p, Pass w, INDArray causal) {
        INDArray q = Nd4j.gemm(w.a, p.get(TransformerLayout.WQ), false, true);
        w.qs = toHeads(q, w, dq).mul(scale);
        w.k = cfg.keyProjection()
                ? toHeads(Nd4j.gemm(w.a, p.get(TransformerLayout.WK), false, true), w, dq)
                : sameForEveryHead(w.a, w);
        w.v = toHeads(Nd4j.gemm(w.a, p.get(TransformerLayout.WV), false, true), w, dv);
        INDArray scores = Nd4j.matmul(w.qs, w.k, false, true, false);
        scores.addi(causal);
        Nd4j.exec(new SoftMax(scores, scores, -1));
        w.prob = scores;
        w.o = Nd4j.matmul(w.prob, w.v);
        w.oFlat = fromHeads(w.o, w, dv);
        if (cfg.outputProjection()) {
            return Nd4j.gemm(w.oFlat, p.get(TransformerLayout.WO), false, true);
        }
        return sumOverHeads(w.o, w);
    }

    // ------------------------------------------------------------------ loss

    /**
     * @param total       mean cross-entropy over the loss positions
     * @param perPosition [N] cross-entropy at each position (also at positions before lossFrom)
     * @param law         [N, V] predicted next-token law
     * @param dz          [N, logits] ∂loss/∂logits, or null
     */
    private record Loss(double total, INDArray perPosition, INDArray law, INDArray dz) {
    }

    private INDArray predicted(INDArray z) {
        if (cfg.output() == Output.SIGMOID) {
            INDArray p1 = Transforms.sigmoid(z, true);
            return Nd4j.hstack(p1.rsub(1.0), p1);
        }
        INDArray law = z.ulike();
        Nd4j.exec(new SoftMax(z, law, 1));
        return law;
    }

    private Loss loss(Pass w, int[] tokens, boolean withGradient) {
        int N = w.N;
        int T = w.T;
        double[] target = new double[N * logits];
        double[] weight = new double[N];
        for (int b = 0; b < w.B; b++) {
            for (int t = 0; t < T; t++) {
                int i = b * T + t;
                int y = tokens[b * (T + 1) + t + 1];
                if (cfg.output() == Output.SIGMOID) {
                    target[i] = y;
                } else {
                    target[i * logits + y] = 1;
                }
                weight[i] = t >= cfg.lossFrom() ? 1 : 0;
            }
        }
        INDArray y = Nd4jSupport.array(target, N, logits);
        INDArray mask = Nd4jSupport.array(weight, N, 1);
        INDArray law = predicted(w.z);
        INDArray perPosition;
        if (cfg.output() == Output.SIGMOID) {
            // −log σ(s), s = (2y − 1) z:  log1p(e^{−|s|}) − min(s, 0)
            INDArray s = y.mul(2.0).subi(1.0).muli(w.z);
            INDArray softplus = Transforms.log1p(Transforms.exp(Transforms.abs(s, true).negi(), false), false);
            perPosition = softplus.subi(Transforms.min(s, 0.0, false));
        } else {
            // log Σ e^z − z_y, with the max taken out
            INDArray max = w.z.max(1);
            INDArray shifted = w.z.subColumnVector(max);
            INDArray lse = Transforms.log(Transforms.exp(shifted, false).sum(1), false).addi(max);
            perPosition = lse.subi(w.z.mul(y).sum(1));
        }
        perPosition = perPosition.reshape(N);
        int positions = T - cfg.lossFrom();
        double invN = 1.0 / ((double) w.B * positions);
        double total = perPosition.mul(mask.reshape(N)).sumNumber().doubleValue() * invN;
        INDArray dz = null;
        if (withGradient) {
            INDArray p = cfg.output() == Output.SIGMOID ? law.get(all(), interval(1, 2)) : law;
            dz = p.sub(y).muliColumnVector(mask.reshape(N)).muli(invN);
        }
        return new Loss(total, perPosition, law, dz);
    }

    // ------------------------------------------------------------------ backward

    private void backward(Tensors p, Pass w, INDArray dz, Tensors g) {
        int N = w.N;
        // head
        INDArray df;
        if (cfg.head() == Head.IDENTITY) {
            df = Nd4j.zeros(DataType.DOUBLE, N, width);
            df.get(all(), interval(0, vocab)).assign(dz);
        } else if (cfg.output() == Output.SOFTMAX) {
            g.head().addi(Nd4j.gemm(dz, w.f, true, false));
            df = Nd4j.gemm(dz, p.head(), false, false);
        } else {
            g.head().addi(Nd4j.gemm(w.f, dz, true, false).reshape(width));
            df = Nd4j.gemm(dz, p.head().reshape(1, width), false, false);
        }
        if (cfg.headBias()) {
            g.get(TransformerLayout.HEAD_B).addi(dz.sum(0));
        }
        INDArray dh2 = cfg.layerNorm()
                ? layerNormBackward(df, w.xhatf, w.rstdf, p.get(TransformerLayout.LNF), g.get(TransformerLayout.LNF))
                : df;
        // feed-forward
        INDArray dh1 = dh2;
        if (ff > 0) {
            g.get(TransformerLayout.W2).addi(Nd4j.gemm(dh2, w.g, true, false));
            INDArray du = Nd4j.gemm(dh2, p.get(TransformerLayout.W2), false, false).muli(activationSlope(w));
            g.get(TransformerLayout.W1).addi(Nd4j.gemm(du, w.m, true, false));
            INDArray dm = Nd4j.gemm(du, p.get(TransformerLayout.W1), false, false);
            if (cfg.layerNorm()) {
                dm = layerNormBackward(dm, w.xhat2, w.rstd2, p.get(TransformerLayout.LN2),
                        g.get(TransformerLayout.LN2));
            }
            dh1 = cfg.residual() ? dm.addi(dh2) : dm;
        }
        // attention
        INDArray dO;
        if (cfg.outputProjection()) {
            g.get(TransformerLayout.WO).addi(Nd4j.gemm(dh1, w.oFlat, true, false));
            dO = toHeads(Nd4j.gemm(dh1, p.get(TransformerLayout.WO), false, false), w, dv);
        } else {
            dO = sameForEveryHead(dh1, w);
        }
        INDArray dV = Nd4j.matmul(w.prob, dO, true, false, false);
        INDArray dS = Nd4j.matmul(dO, w.v, false, true, false); // ∂/∂A for now
        INDArray delta = dO.mul(w.o).sum(2); // [B·H, T]: Σ_s A_ts dA_ts = dO_t · o_t
        long rows = (long) w.B * heads * w.T;
        dS.reshape('c', rows, w.T).subiColumnVector(delta.reshape(new long[] {rows}));
        dS.muli(w.prob); // ∂/∂(scaled scores)
        INDArray dQ = Nd4j.matmul(dS, w.k).muli(scale);
        INDArray dK = Nd4j.matmul(dS, w.qs, true, false, false);
        INDArray dQf = fromHeads(dQ, w, dq);
        INDArray dVf = fromHeads(dV, w, dv);
        g.get(TransformerLayout.WQ).addi(Nd4j.gemm(dQf, w.a, true, false));
        INDArray da = Nd4j.gemm(dQf, p.get(TransformerLayout.WQ), false, false);
        if (cfg.keyProjection()) {
            INDArray dKf = fromHeads(dK, w, dq);
            g.get(TransformerLayout.WK).addi(Nd4j.gemm(dKf, w.a, true, false));
            da.addi(Nd4j.gemm(dKf, p.get(TransformerLayout.WK), false, false));
        } else {
            da.addi(sumOverHeads(dK, w));
        }
        g.get(TransformerLayout.WV).addi(Nd4j.gemm(dVf, w.a, true, false));
        da.addi(Nd4j.gemm(dVf, p.get(TransformerLayout.WV), false, false));
        if (cfg.layerNorm()) {
            da = layerNormBackward(da, w.xhat1, w.rstd1, p.get(TransformerLayout.LN1), g.get(TransformerLayout.LN1));
        }
        INDArray dh0 = cfg.residual() ? da.addi(dh1) : da;
        embedBackward(w, dh0, g);
    }

    /** Returns dx for y = gain ⊙ x̂ and accumulates the gain's gradient. */
    private INDArray layerNormBackward(INDArray dy, INDArray xhat, INDArray rstd, INDArray gain, INDArray dGain) {
        dGain.addi(dy.mul(xhat).sum(0));
        INDArray dxhat = dy.mulRowVector(gain);
        INDArray mean1 = dxhat.sum(1).divi(width);
        INDArray mean2 = dxhat.mul(xhat).sum(1).divi(width);
        return dxhat.subiColumnVector(mean1).subi(xhat.mulColumnVector(mean2)).muliColumnVector(rstd);
    }

    private void embedBackward(Pass w, INDArray dh0, Tensors g) {
        if (cfg.embedding() == Embedding.TOKEN_TABLE) {
            INDArray dTokens = dh0.get(all(), interval(0, tokenWidth)).dup('c');
            INDArray dTable = Nd4j.zeros(DataType.DOUBLE, vocab, tokenWidth);
            Nd4j.scatterUpdate(ScatterUpdate.UpdateOp.ADD, dTable, Nd4j.createFromArray(w.inputs), dTokens, 1);
            g.get(TransformerLayout.WTE).addi(dTable);
        } else if (cfg.embedding() == Embedding.SCALAR) {
            INDArray dTokens = dh0.get(all(), interval(0, tokenWidth));
            g.get(TransformerLayout.E).addi(Nd4j.gemm(scalarInputs(w), dTokens, true, false).reshape(tokenWidth));
        }
        if (cfg.positional() == Positional.LEARNED) {
            g.get(TransformerLayout.WPE).get(interval(0, w.T), all())
                    .addi(dh0.reshape('c', w.B, w.T, width).sum(0));
        }
    }
}
