package tdlab.model;

import tdlab.task.Batch;

/**
 * The canonical (e, w, b) model trained on sampled batches: the logit of the current binary token x is
 * f1 = b + e²(1/2 + 2w|w|) when x = 1 and f0 = b − e²/2 when x = 0 (science.md §1.2.2). Plain Java:
 * three scalars are far below the size where an array library pays off.
 */
public final class CanonicalModel implements TrainableModel {
    public static final String E = "e";
    public static final String W = "w";
    public static final String B = "b";
    private static final ParamLayout LAYOUT = ParamLayout.builder()
            .add(E, ParamGroup.EMBEDDING, 1)
            .add(W, ParamGroup.FEED_FORWARD, 1)
            .add(B, ParamGroup.BIAS, 1)
            .build();
    private final CanonicalConfig spec;
    private final PairSums pairSums = PairSums.forThisJvm();

    public CanonicalModel(CanonicalConfig spec) {
        this.spec = spec;
    }

    public static ParamLayout parameterLayout() {
        return LAYOUT;
    }

    @Override
    public CanonicalConfig spec() {
        return spec;
    }

    @Override
    public ParamLayout layout() {
        return LAYOUT;
    }

    @Override
    public String backend() {
        return "plain";
    }

    /** Logit for input token x. */
    public static double logit(double e, double w, double b, int x) {
        return x == 1 ? b + e * e * (0.5 + 2 * w * Math.abs(w)) : b - e * e / 2;
    }

    @Override
    public double lossAndGradient(double[] params, Batch batch, double[] grad) {
        double e = params[0];
        double w = params[1];
        double b = params[2];
        double f0 = logit(e, w, b, 0);
        double f1 = logit(e, w, b, 1);
        double s0 = Functions.sigmoid(f0);
        double s1 = Functions.sigmoid(f1);
        double ls0 = Functions.logSigmoid(f0);
        double lsn0 = Functions.logSigmoid(-f0);
        double ls1 = Functions.logSigmoid(f1);
        double lsn1 = Functions.logSigmoid(-f1);
        // sufficient statistics: counts of (x, y) pairs
        long[][] n = counts(batch);
        double total = n[0][0] + n[0][1] + n[1][0] + n[1][1];
        double loss = -(n[0][1] * ls0 + n[0][0] * lsn0 + n[1][1] * ls1 + n[1][0] * lsn1) / total;
        if (grad != null) {
            double d0 = ((n[0][0] + n[0][1]) * s0 - n[0][1]) / total; // ∂L/∂f0
            double d1 = ((n[1][0] + n[1][1]) * s1 - n[1][1]) / total; // ∂L/∂f1
            chainRule(e, w, d0, d1, grad);
        }
        return loss;
    }

    /** (∂L/∂e, ∂L/∂w, ∂L/∂b) into {@code out} from the loss's derivatives d0 = ∂L/∂f0 and d1 = ∂L/∂f1. */
    public static void chainRule(double e, double w, double d0, double d1, double[] out) {
        double aw = Math.abs(w);
        out[0] = d1 * e * (1 + 4 * w * aw) - d0 * e;
        out[1] = d1 * 4 * e * e * aw;
        out[2] = d0 + d1;
    }

    /**
     * n[x][y]: the batch's (input, target) pairs. The tokens are 0 or 1, so two sums per sequence give all four
     * counts (the ones among its inputs, and n11 = Σ x·y; its targets are its inputs shifted by one): a loop
     * without a data-dependent store, where indexing n by the tokens serialised on the counters.
     */
    private long[][] counts(Batch batch) {
        int[] tok = batch.tokens();
        int len = batch.length();
        long ones = 0;
        long onesAfter = 0;
        long both = 0;
        for (int s = 0; s < batch.size(); s++) {
            int off = batch.offset(s);
            long sums = pairSums.of(tok, off, len);
            ones += PairSums.ones(sums);
            onesAfter += PairSums.ones(sums) - tok[off] + tok[off + len];
            both += PairSums.pairs(sums);
        }
        long total = (long) batch.size() * len;
        return new long[][] {{total - ones - onesAfter + both, onesAfter - both}, {ones - both, both}};
    }

    @Override
    public Evaluation evaluate(double[] params, Batch batch) {
        double[][] law = laws(params);
        long[][] n = counts(batch);
        Evaluation.Accumulator acc = new Evaluation.Accumulator(2);
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                if (n[x][y] > 0) {
                    acc.add(x, -Math.log(law[x][y]), law[x], n[x][y]);
                }
            }
        }
        return acc.result();
    }

    @Override
    public Probe probe(double[] params, tdlab.task.Batch one) {
        return probe(params, java.util.Arrays.copyOf(one.tokens(), one.length(0)));
    }

    @Override
    public Probe probe(double[] params, int[] tokens) {
        double[][] law = laws(params);
        double[][] pred = new double[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
            pred[t] = law[tokens[t]].clone();
        }
        return new Probe(tokens, new double[0][][], pred);
    }

    /** law[x] = predicted distribution of the next token after x. */
    private static double[][] laws(double[] params) {
        double[][] law = new double[2][2];
        for (int x = 0; x < 2; x++) {
            double p1 = Functions.sigmoid(logit(params[0], params[1], params[2], x));
            law[x][0] = 1 - p1;
            law[x][1] = p1;
        }
        return law;
    }


}
