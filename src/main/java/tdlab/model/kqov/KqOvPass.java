package tdlab.model.kqov;

/**
 * Forward and backward pass of the W_kq/W_ov model on one sentence x_1..x_L (query x_L), in token
 * coordinates: score s_ℓ = A[x_ℓ][x_L], a = softmax(s) over ℓ = 1..L (the query included),
 * o_i = Σ_ℓ a_ℓ B[i][x_ℓ]. With one-hot embeddings A and B are W_kq and W_ov themselves. Keeps its scratch
 * buffers; they grow only when a longer sentence arrives.
 */
final class KqOvPass {
    private final int vocab;
    private final double[] logits;
    private final double[] law;
    private final double[] gradLogits;
    private double[] attention = new double[8];
    private double[] gradAttention = new double[8];
    private int[] tokens;
    private int from;
    private int len;
    private double logSumExp;

    KqOvPass(int vocab) {
        this.vocab = vocab;
        logits = new double[vocab];
        law = new double[vocab];
        gradLogits = new double[vocab];
    }

    /** Runs the sentence tokens[from .. from+len−1]; A (K×K) starts at {@code a0}, B (K×K) at {@code b0}. */
    void forward(double[] a, int a0, double[] b, int b0, int[] tokens, int from, int len) {
        if (len < 1) {
            throw new IllegalArgumentException("a sentence needs at least its query token");
        }
        if (attention.length < len) {
            attention = new double[len];
            gradAttention = new double[len];
        }
        this.tokens = tokens;
        this.from = from;
        this.len = len;
        int query = tokens[from + len - 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < len; l++) {
            double s = a[a0 + tokens[from + l] * vocab + query];
            attention[l] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int l = 0; l < len; l++) {
            double w = Math.exp(attention[l] - max);
            attention[l] = w;
            sum += w;
        }
        for (int l = 0; l < len; l++) {
            attention[l] /= sum;
        }
        double maxLogit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vocab; i++) {
            int row = b0 + i * vocab;
            double o = 0;
            for (int l = 0; l < len; l++) {
                o += attention[l] * b[row + tokens[from + l]];
            }
            logits[i] = o;
            maxLogit = Math.max(maxLogit, o);
        }
        double z = 0;
        for (int i = 0; i < vocab; i++) {
            law[i] = Math.exp(logits[i] - maxLogit);
            z += law[i];
        }
        for (int i = 0; i < vocab; i++) {
            law[i] /= z;
        }
        logSumExp = maxLogit + Math.log(z);
    }

    /** −ln softmax(o)[y] of the last forward. */
    double loss(int y) {
        return logSumExp - logits[y];
    }

    /** softmax(o) of the last forward; read it before the next one. */
    double[] law() {
        return law;
    }

    /** Attention of the query on position ℓ of the last forward. */
    double attention(int l) {
        return attention[l];
    }

    /**
     * Adds {@code scale}·∂loss(y)/∂A to gA and ∂/∂B to gB: g_o = softmax(o) − e_y, ∂B[:, x_ℓ] += a_ℓ g_o,
     * g_a[ℓ] = B[:, x_ℓ]·g_o, and the softmax Jacobian gives ∂A[x_ℓ][x_L] += a_ℓ(g_a[ℓ] − Σ a g_a).
     */
    void backward(double[] b, int b0, int y, double scale, double[] gA, int gA0, double[] gB, int gB0) {
        java.util.Arrays.fill(gradAttention, 0, len, 0.0);
        for (int i = 0; i < vocab; i++) {
            double g = scale * (law[i] - (i == y ? 1 : 0));
            int row = i * vocab;
            for (int l = 0; l < len; l++) {
                int x = tokens[from + l];
                gradAttention[l] += b[b0 + row + x] * g;
                gB[gB0 + row + x] += attention[l] * g;
            }
        }
        double mean = 0;
        for (int l = 0; l < len; l++) {
            mean += attention[l] * gradAttention[l];
        }
        int query = tokens[from + len - 1];
        for (int l = 0; l < len; l++) {
            gA[gA0 + tokens[from + l] * vocab + query] += attention[l] * (gradAttention[l] - mean);
        }
    }
}
