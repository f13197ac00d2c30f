package tdlab.family.highorder;

import java.util.LinkedHashMap;
import java.util.Map;
import tdlab.model.Probe;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;
import tdlab.task.highorder.HighOrderTeacher;

/**
 * The per-frame numbers of §3.3 on the validation set, from one probe (predictions and attention maps) per
 * validation sequence:
 * <ul>
 *   <li>{@code excess_loss}: the student's loss minus the teacher's, both on the generated targets;</li>
 *   <li>{@code kl_k} (k = 1..h): KL(p^(k) ‖ student), p^(k) the teacher restricted to its k most important
 *       blocks, averaged over the generated targets;</li>
 *   <li>{@code mass_h{j}_b{k}}: head j's attention mass on the positions of block k (blocks numbered oldest =
 *       1 → newest = h) relative to the query, averaged over the loss rows. Row t predicts token t + 1, so lag
 *       i is key t + 1 − i; the loss rows t ≥ w − 1 are exactly those whose w lags all exist.</li>
 *   <li>{@code align_h{j}_b{k}}: cos(W_V^j, A_k), for models whose values map tokens to logits
 *       ({@link ValueAlignment}).</li>
 * </ul>
 */
final class LadderSeries {
    private LadderSeries() {
    }

    static Map<String, Double> of(HighOrderTeacher teacher, TrainableModel model, double[] params, Batch validation) {
        int v = teacher.vocab();
        int w = teacher.context();
        int h = teacher.blocks();
        int heads = model.spec().heads();
        double[] z = new double[v];
        double[] kl = new double[h];
        double[][] mass = new double[heads][h];
        double student = 0;
        double teacherLoss = 0;
        long positions = 0;
        int[] inputs = new int[validation.length()];
        for (int b = 0; b < validation.size(); b++) {
            int off = validation.offset(b);
            System.arraycopy(validation.tokens(), off, inputs, 0, inputs.length);
            Probe probe = model.probe(params, inputs);
            for (int t = w - 1; t < validation.length(); t++) {
                int next = t + 1;
                int target = validation.tokens()[off + next];
                double[] q = probe.predictions()[t];
                student -= Math.log(Math.max(q[target], Double.MIN_NORMAL));
                for (int k = 1; k <= h; k++) {
                    teacher.logits(validation.tokens(), off, next, k, z);
                    double zt = z[target];
                    double logZ = HighOrderTeacher.softmaxInPlace(z, v);
                    if (k == h) {
                        teacherLoss += logZ - zt;
                    }
                    kl[k - 1] += klDivergence(z, q, v);
                }
                for (int j = 0; j < heads; j++) {
                    double[] row = probe.attention()[j][t];
                    for (int lag = 1; lag <= w; lag++) {
                        mass[j][teacher.blockOfLag(lag)] += row[next - lag];
                    }
                }
                positions++;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(LadderKeys.EXCESS, (student - teacherLoss) / positions);
        for (int k = 0; k < h; k++) {
            out.put(LadderKeys.kl(k + 1), kl[k] / positions);
        }
        for (int j = 0; j < heads; j++) {
            for (int k = 0; k < h; k++) {
                out.put(LadderKeys.mass(j, k), mass[j][k] / positions);
            }
        }
        ValueAlignment.of(teacher, model, params).ifPresent(cos -> {
            for (int j = 0; j < cos.length; j++) {
                for (int k = 0; k < h; k++) {
                    out.put(LadderKeys.alignment(j, k), cos[j][k]);
                }
            }
        });
        return out;
    }

    /** Σ p ln(p / q), with q floored so that a vanishing student probability stays finite. */
    static double klDivergence(double[] p, double[] q, int v) {
        double s = 0;
        for (int j = 0; j < v; j++) {
            if (p[j] > 0) {
                s += p[j] * (Math.log(p[j]) - Math.log(Math.max(q[j], Double.MIN_NORMAL)));
            }
        }
        return s;
    }
}
