package tdlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tdlab.model.TransformerConfig.Embedding;
import tdlab.model.TransformerConfig.FeedForward;
import tdlab.model.TransformerConfig.Head;
import tdlab.model.TransformerConfig.Output;
import tdlab.model.TransformerConfig.Positional;
import tdlab.task.Batch;

/**
 * The minimal model of science.md §3.2 is {@link TransformerConfig} with one-hot tokens, one-hot positions
 * concatenated, no key or output projection, no residual, LayerNorm or MLP and the identity head. Written out
 * by hand here: u_t = [onehot(x_t); onehot(t)], q_t = W_Q^h u_t, A^h_{t,s} = softmax_{s≤t}(q_tᵀ u_s / √D),
 * o_t = Σ_h Σ_s A^h_{t,s} W_V^h u_s, logits = the first V coordinates of o_t; both backends must agree.
 */
class MinimalModelTest {
    private static final int V = 4;
    private static final int L = 6;
    private static final int H = 3;
    private static final int D = V + L;
    private static final int LOSS_FROM = 2;

    static TransformerConfig minimal() {
        return new TransformerConfig(V, L, Embedding.ONE_HOT, 0, Positional.ONE_HOT_CONCAT, H, 0, false, false, false,
                false, FeedForward.NONE, 0, Output.SOFTMAX, Head.IDENTITY, false, LOSS_FROM);
    }

    @Test
    void theMinimalTransformerIsExactlyTheModelOfSection32() {
        TransformerConfig cfg = minimal();
        ParamLayout layout = TransformerLayout.of(cfg);
        assertThat(layout.tensors()).extracting(ParamTensor::name)
                .containsExactly(TransformerLayout.WQ, TransformerLayout.WV); // W_Q^h, W_V^h ∈ R^{D×D}, nothing else
        assertThat(layout.size()).isEqualTo(2 * H * D * D);
        double[] p = new double[layout.size()];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < p.length; i++) {
            p[i] = 2 * r.nextDouble() - 1;
        }
        int[] sequence = {3, 0, 2, 2, 1, 0, 3}; // inputs x_t = sequence[t], targets sequence[t + 1]
        int[] x = java.util.Arrays.copyOf(sequence, L);
        int[] next = java.util.Arrays.copyOfRange(sequence, 1, L + 1);
        Batch batch = Batch.allocate(1, L);
        System.arraycopy(sequence, 0, batch.tokens(), 0, sequence.length);
        double[][] u = new double[L][D];
        for (int t = 0; t < L; t++) {
            u[t][x[t]] = 1;
            u[t][V + t] = 1;
        }
        int wq = layout.get(TransformerLayout.WQ).offset();
        int wv = layout.get(TransformerLayout.WV).offset();
        double[][] logits = new double[L][V];
        double[][][] attention = new double[H][L][L];
        for (int h = 0; h < H; h++) {
            double[][] v = new double[L][D];
            for (int s = 0; s < L; s++) {
                v[s] = matVec(p, wv + h * D * D, u[s]);
            }
            for (int t = 0; t < L; t++) {
                double[] q = matVec(p, wq + h * D * D, u[t]);
                double[] score = new double[t + 1];
                double max = Double.NEGATIVE_INFINITY;
                for (int s = 0; s <= t; s++) {
                    score[s] = dot(q, u[s]) / Math.sqrt(D);
                    max = Math.max(max, score[s]);
                }
                double sum = 0;
                for (int s = 0; s <= t; s++) {
                    sum += Math.exp(score[s] - max);
                }
                for (int s = 0; s <= t; s++) {
                    attention[h][t][s] = Math.exp(score[s] - max) / sum;
                    for (int j = 0; j < V; j++) {
                        logits[t][j] += attention[h][t][s] * v[s][j];
                    }
                }
            }
        }
        double loss = 0;
        double[][] predicted = new double[L][V];
        for (int t = 0; t < L; t++) {
            double max = java.util.Arrays.stream(logits[t]).max().orElseThrow();
            double sum = 0;
            for (int j = 0; j < V; j++) {
                sum += Math.exp(logits[t][j] - max);
            }
            for (int j = 0; j < V; j++) {
                predicted[t][j] = Math.exp(logits[t][j] - max) / sum;
            }
            if (t >= LOSS_FROM) {
                loss -= Math.log(predicted[t][next[t]]);
            }
        }
        loss /= L - LOSS_FROM;
        for (Backend backend : new Backend[] {Backend.PLAIN, Backend.ND4J}) {
            TrainableModel model = cfg.create(backend);
            assertThat(model.loss(p, batch)).as(backend.name()).isCloseTo(loss, offset(1e-12));
            Probe probe = model.probe(p, batch);
            for (int t = 0; t < L; t++) {
                for (int j = 0; j < V; j++) {
                    assertThat(probe.predictions()[t][j]).isCloseTo(predicted[t][j], offset(1e-12));
                }
                for (int h = 0; h < H; h++) {
                    for (int s = 0; s < L; s++) {
                        assertThat(probe.attention()[h][t][s]).isCloseTo(attention[h][t][s], offset(1e-12));
                    }
                }
            }
        }
    }

    private static double[] matVec(double[] p, int offset, double[] u) {
        double[] y = new double[D];
        for (int i = 0; i < D; i++) {
            for (int j = 0; j < D; j++) {
                y[i] += p[offset + i * D + j] * u[j];
            }
        }
        return y;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
