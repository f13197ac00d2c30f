package tdlab.model.yz;

/**
 * Forward and backward pass of the Y/Z model on one example (context x_1..x_{T−1}, query m), with the
 * scratch buffers they share. Every position holding token l has the same attention logit Z_h[m, l], so the
 * pass groups the context into its distinct tokens ("slots") and their counts: c_h[l] = n_l e^{Z_h[m,l]}
 * / Σ_l' n_l' e^{Z_h[m,l']}. That costs O(T) to count and O(H·S + M·S) for the S ≤ min(T, M) distinct
 * tokens, and only row m of each Z_h is read or written.
 */
final class YzPass {
    private final int vocab;
    private final int heads;
    /** slotOf[l]: slot of token l in the current context, −1 when absent (reset at the next forward). */
    private final int[] slotOf;
    private final int[] slotToken;
    private final int[] count;
    /** c[h·M + k]: attention mass of head h on slot k's token. */
    private final double[] c;
    private final double[] norm;
    /** f[k]: the head-averaged normalised output at slot k's token (zero off the slots). */
    private final double[] f;
    private final double[] logits;
    private final double[] law;
    private final double[] gradLogits;
    private final double[] gradF;
    private final double[] gradC;
    private int slots;
    private int query;
    private double logSumExp;

    YzPass(int vocab, int heads) {
        this.vocab = vocab;
        this.heads = heads;
        slotOf = new int[vocab];
        java.util.Arrays.fill(slotOf, -1);
        slotToken = new int[vocab];
        count = new int[vocab];
        c = new double[heads * vocab];
        norm = new double[heads];
        f = new double[vocab];
        logits = new double[vocab];
        law = new double[vocab];
        gradLogits = new double[vocab];
        gradF = new double[vocab];
        gradC = new double[vocab];
    }

    /**
     * Runs the model on context tokens[from .. from+contextLen−1] and query {@code m}. K1 starts at
     * {@code dec} (M×M, row-major) and Z at {@code att} ([H, M, M]).
     */
    void forward(double[] p, int dec, int att, int[] tokens, int from, int contextLen, int m) {
        if (contextLen < 1) {
            throw new IllegalArgumentException("the Y/Z model needs at least one context token before the query");
        }
        for (int k = 0; k < slots; k++) {
            slotOf[slotToken[k]] = -1;
        }
        slots = 0;
        query = m;
        for (int t = from; t < from + contextLen; t++) {
            int x = tokens[t];
            int k = slotOf[x];
            if (k < 0) {
                k = slots++;
                slotOf[x] = k;
                slotToken[k] = x;
                count[k] = 0;
            }
            count[k]++;
        }
        java.util.Arrays.fill(f, 0, slots, 0.0);
        for (int h = 0; h < heads; h++) {
            attend(p, att + (h * vocab + m) * vocab, h);
        }
        decode(p, dec);
    }

    /** c_h over the slots from row m of Z_h (stabilised softmax), its norm, and f += c_h/(H‖c_h‖). */
    private void attend(double[] p, int row, int h) {
        int base = h * vocab;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < slots; k++) {
            max = Math.max(max, p[row + slotToken[k]]);
        }
        double sum = 0;
        for (int k = 0; k < slots; k++) {
            double w = count[k] * Math.exp(p[row + slotToken[k]] - max);
            c[base + k] = w;
            sum += w;
        }
        double sq = 0;
        for (int k = 0; k < slots; k++) {
            double v = c[base + k] / sum;
            c[base + k] = v;
            sq += v * v;
        }
        // c ≥ 0 and its largest entry is at least 1/T, so the norm never vanishes
        norm[h] = Math.sqrt(sq);
        double scale = 1.0 / (heads * norm[h]);
        for (int k = 0; k < slots; k++) {
            f[k] += c[base + k] * scale;
        }
    }

    /** o = K1 f over the columns of the slots, and its softmax. */
    private void decode(double[] p, int dec) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vocab; i++) {
            int row = dec + i * vocab;
            double o = 0;
            for (int k = 0; k < slots; k++) {
                o += p[row + slotToken[k]] * f[k];
            }
            logits[i] = o;
            max = Math.max(max, o);
        }
        double sum = 0;
        for (int i = 0; i < vocab; i++) {
            double e = Math.exp(logits[i] - max);
            law[i] = e;
            sum += e;
        }
        for (int i = 0; i < vocab; i++) {
            law[i] /= sum;
        }
        logSumExp = max + Math.log(sum);
    }

    /** −ln softmax(o)[n] of the last forward. */
    double loss(int n) {
        return logSumExp - logits[n];
    }

    /** softmax(o) of the last forward; read it before the next one. */
    double[] law() {
        return law;
    }

    /** Attention weight of head h on one context position holding {@code token} in the last forward. */
    double attention(int h, int token) {
        int k = slotOf[token];
        return c[h * vocab + k] / count[k];
    }

    /** Adds {@code scale}·∂loss(n)/∂params of the last forward to grad (science.md §4.1 backward). */
    void backward(double[] p, int dec, int att, int n, double scale, double[] grad) {
        for (int i = 0; i < vocab; i++) {
            gradLogits[i] = scale * (law[i] - (i == n ? 1 : 0));
        }
        // ∂K1 = g_o fᵀ and g_f = K1ᵀ g_o, both on the slot columns only
        java.util.Arrays.fill(gradF, 0, slots, 0.0);
        for (int i = 0; i < vocab; i++) {
            int row = dec + i * vocab;
            double g = gradLogits[i];
            for (int k = 0; k < slots; k++) {
                int col = row + slotToken[k];
                grad[col] += g * f[k];
                gradF[k] += p[col] * g;
            }
        }
        for (int h = 0; h < heads; h++) {
            backwardHead(att + (h * vocab + query) * vocab, h, grad);
        }
    }

    /**
     * Head h receives g_f/H. g_c = (I − f_h f_hᵀ) g_f/(H‖c_h‖); the softmax Jacobian summed over the
     * positions of token l gives ∂Z_h[m, l] = c_h[l] (g_c[l] − Σ_l' c_h[l'] g_c[l']).
     */
    private void backwardHead(int row, int h, double[] grad) {
        int base = h * vocab;
        double inv = 1.0 / norm[h];
        double along = 0;
        for (int k = 0; k < slots; k++) {
            along += c[base + k] * inv * gradF[k];
        }
        double scale = inv / heads;
        double mean = 0;
        for (int k = 0; k < slots; k++) {
            double g = (gradF[k] - c[base + k] * inv * along) * scale;
            gradC[k] = g;
            mean += c[base + k] * g;
        }
        for (int k = 0; k < slots; k++) {
            grad[row + slotToken[k]] += c[base + k] * (gradC[k] - mean);
        }
    }
}
