package tdlab.model.kqov;

/**
 * The W_kq/W_ov model seen in token coordinates, for fixed dense embeddings: A[l][q] = e_lᵀ W_kq e_q and
 * B[i][l] = (W_ov e_l)_i are K×K, so every sentence costs O(K·L) as with one-hot tokens. The maps to and
 * from parameter space (O(K·d·(K + d)) each) are paid once per batch, not once per sentence: with
 * E = [e_1 … e_K], ∂W_kq = E ∂A Eᵀ and ∂W_ov = ∂B Eᵀ.
 */
final class TokenSpace {
    private final TokenEmbedding e;
    private final int k;
    private final int d;
    final double[] a;
    final double[] b;
    final double[] gradA;
    final double[] gradB;
    private final double[] tmp;

    TokenSpace(TokenEmbedding e) {
        this.e = e;
        this.k = e.vocab();
        this.d = e.dim();
        a = new double[k * k];
        b = new double[k * k];
        gradA = new double[k * k];
        gradB = new double[k * k];
        tmp = new double[k * d];
    }

    /** Fills A and B from W_kq (d×d at {@code kq}) and W_ov (K×d at {@code ov}), and clears their gradients. */
    void load(double[] p, int kq, int ov) {
        for (int r = 0; r < d; r++) { // tmp[r][q] = (W_kq e_q)_r
            for (int q = 0; q < k; q++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += p[kq + r * d + c] * e.at(q, c);
                }
                tmp[r * k + q] = s;
            }
        }
        for (int l = 0; l < k; l++) {
            for (int q = 0; q < k; q++) {
                double s = 0;
                for (int r = 0; r < d; r++) {
                    s += e.at(l, r) * tmp[r * k + q];
                }
                a[l * k + q] = s;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                double s = 0;
                for (int r = 0; r < d; r++) {
                    s += p[ov + i * d + r] * e.at(l, r);
                }
                b[i * k + l] = s;
            }
        }
        java.util.Arrays.fill(gradA, 0.0);
        java.util.Arrays.fill(gradB, 0.0);
    }

    /** Adds E ∂A Eᵀ to the W_kq gradient and ∂B Eᵀ to the W_ov gradient. */
    void addGradients(double[] grad, int kq, int ov) {
        for (int l = 0; l < k; l++) { // tmp[l][c] = (∂A Eᵀ)[l][c]
            for (int c = 0; c < d; c++) {
                double s = 0;
                for (int q = 0; q < k; q++) {
                    s += gradA[l * k + q] * e.at(q, c);
                }
                tmp[l * d + c] = s;
            }
        }
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += e.at(l, r) * tmp[l * d + c];
                }
                grad[kq + r * d + c] += s;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int r = 0; r < d; r++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += gradB[i * k + l] * e.at(l, r);
                }
                grad[ov + i * d + r] += s;
            }
        }
    }
}
