package tdlab.family.highorder;

import java.util.Optional;
import tdlab.model.ParamTensor;
import tdlab.model.TrainableModel;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.task.highorder.HighOrderTeacher;

/**
 * §3.3's value-matrix alignment: cos(W_V^h, A_k), the Frobenius cosine between head h's value map from token to
 * logit and block k's teacher matrix A_k = c^k Q_k (the scale c^k/τ drops out). A head that has specialised on block
 * k carries A_k in its values, so its row of cosines peaks at k. Defined where the value map reads token one-hots
 * and writes logits directly: one-hot tokens, head outputs summed (no output projection), the identity decoder
 * (the minimal model of §3.2); a head whose values are still 0 has no direction, NaN.
 */
final class ValueAlignment {
    private ValueAlignment() {
    }

    /** cos[head][block] (blocks 0 = oldest), or empty for a model whose values are not a token→logit map. */
    static Optional<double[][]> of(HighOrderTeacher teacher, TrainableModel model, double[] params) {
        if (!(model.spec() instanceof TransformerConfig t) || t.embedding() != TransformerConfig.Embedding.ONE_HOT
                || t.outputProjection() || t.head() != TransformerConfig.Head.IDENTITY) {
            return Optional.empty();
        }
        Optional<ParamTensor> wv = model.layout().find(TransformerLayout.WV);
        if (wv.isEmpty()) {
            return Optional.empty();
        }
        int v = teacher.vocab();
        int d = t.width();
        int off = wv.get().offset();
        double[][][] q = new double[teacher.blocks()][][];
        double[] qNorm = new double[teacher.blocks()];
        for (int k = 0; k < q.length; k++) {
            q[k] = teacher.q(k);
            qNorm[k] = Math.sqrt(frobenius(q[k], q[k]));
        }
        double[][] cos = new double[t.heads()][teacher.blocks()];
        for (int h = 0; h < t.heads(); h++) {
            // head h's value rows h·D … h·D + V − 1 are the logits; columns 0 … V − 1 read the token one-hot
            double norm = 0;
            double[] dots = new double[q.length];
            for (int r = 0; r < v; r++) {
                int row = off + (h * d + r) * d;
                for (int c = 0; c < v; c++) {
                    double w = params[row + c];
                    norm += w * w;
                    for (int k = 0; k < q.length; k++) {
                        dots[k] += w * q[k][r][c];
                    }
                }
            }
            for (int k = 0; k < q.length; k++) {
                cos[h][k] = norm > 0 ? dots[k] / (Math.sqrt(norm) * qNorm[k]) : Double.NaN;
            }
        }
        return Optional.of(cos);
    }

    private static double frobenius(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                s += a[i][j] * b[i][j];
            }
        }
        return s;
    }
}
