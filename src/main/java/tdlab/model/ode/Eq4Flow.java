package tdlab.model.ode;

import tdlab.model.Evaluation;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.Probe;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;

/**
 * Eq. 4 of the sparse-attention paper (science.md §3.4) as a trainable model, so the lab's trainer integrates it:
 * with P = Σ_k V_k s_kᵀ, R = G − P and L = ½‖R‖²_F,
 * <pre>
 *   dV_k/dt = R s_k                              = −∂L/∂V_k
 *   ds_k/dt = (diag(s_k) − s_k s_kᵀ) Rᵀ V_k      = −(diag(s_k) − s_k s_kᵀ) ∂L/∂s_k
 * </pre>
 * {@link #lossAndGradient} returns L and, as its "gradient", (∂L/∂V_k, (diag(s_k) − s_k s_kᵀ) ∂L/∂s_k): the
 * Euclidean gradient for V and the softmax-geometry (Shahshahani) gradient for s. Then plain SGD with momentum 0,
 * weight decay 0, no clipping and a constant learning rate dt, p ← p − dt·g, is exactly the paper's Euler step
 * p ← p + dt·dp/dt (the negation is exact in floating point; {@code OdeFlowTest} checks it against a hand-written
 * step). The projected direction sums to 0 over each s_k, so s_k stays on the simplex up to rounding.
 *
 * <p>The flow is population dynamics: no data enters. The batch is ignored; its loss is L whatever it holds.
 * Parameters: {@link #VALUES} V ([H, h], group head) and {@link #ATTENTION} s ([H, T], group attention). Plain Java;
 * one instance per thread (scratch R and Rᵀ V_k).
 */
public final class Eq4Flow implements TrainableModel {
    /** V_1..V_H, the heads' feature vectors ([H, h]). */
    public static final String VALUES = "ode.values";
    /** s_1..s_H, the heads' attention distributions over the T positions ([H, T]). */
    public static final String ATTENTION = "ode.attention";

    private final Eq4Config spec;
    private final ParamLayout layout;
    private final int v;
    private final int s;
    private final double[] target;
    private final double[] residual;
    private final double[] pull;

    public Eq4Flow(Eq4Config spec) {
        this.spec = spec;
        this.layout = ParamLayout.builder()
                .add(VALUES, ParamGroup.HEAD, spec.heads(), spec.blocks())
                .add(ATTENTION, ParamGroup.ATTENTION, spec.heads(), spec.positions())
                .build();
        this.v = layout.get(VALUES).offset();
        this.s = layout.get(ATTENTION).offset();
        int h = spec.blocks();
        int t = spec.positions();
        this.target = new double[h * t];
        for (int j = 0; j < h; j++) {
            target[j * t + j] = spec.strength(j);
        }
        this.residual = new double[h * t];
        this.pull = new double[t];
    }

    @Override
    public Eq4Config spec() {
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

    /** The target G, row-major [h, T] (a copy). */
    public double[] target() {
        return target.clone();
    }

    /** s_k[position] in {@code params}: head k's attention mass on one position. */
    public double mass(double[] params, int head, int position) {
        return params[s + head * spec.positions() + position];
    }

    @Override
    public double lossAndGradient(double[] params, Batch batch, double[] grad) {
        double loss = fillResidual(params);
        if (grad == null) {
            return loss;
        }
        int h = spec.blocks();
        int n = spec.positions();
        for (int k = 0; k < spec.heads(); k++) {
            int vk = v + k * h;
            int sk = s + k * n;
            for (int i = 0; i < h; i++) { // ∂L/∂V_k = −R s_k
                double rs = 0;
                for (int t = 0; t < n; t++) {
                    rs += residual[i * n + t] * params[sk + t];
                }
                grad[vk + i] = -rs;
            }
            double mean = 0; // ⟨s_k, Rᵀ V_k⟩
            for (int t = 0; t < n; t++) {
                double u = 0;
                for (int i = 0; i < h; i++) {
                    u += residual[i * n + t] * params[vk + i];
                }
                pull[t] = u;
                mean += params[sk + t] * u;
            }
            for (int t = 0; t < n; t++) { // (diag(s) − s sᵀ) ∂L/∂s_k with ∂L/∂s_k = −Rᵀ V_k
                grad[sk + t] = -(params[sk + t] * (pull[t] - mean));
            }
        }
        return loss;
    }

    /** R = G − Σ_k V_k s_kᵀ into {@link #residual}; returns ½‖R‖². */
    private double fillResidual(double[] params) {
        int h = spec.blocks();
        int n = spec.positions();
        System.arraycopy(target, 0, residual, 0, target.length);
        for (int k = 0; k < spec.heads(); k++) {
            for (int i = 0; i < h; i++) {
                double vi = params[v + k * h + i];
                int sk = s + k * n;
                for (int t = 0; t < n; t++) {
                    residual[i * n + t] -= vi * params[sk + t];
                }
            }
        }
        double sq = 0;
        for (double r : residual) {
            sq += r * r;
        }
        return 0.5 * sq;
    }

    /** L, with the one token value predicted with certainty (the lab's generic columns need a law). */
    @Override
    public Evaluation evaluate(double[] params, Batch batch) {
        Evaluation.Accumulator acc = new Evaluation.Accumulator(1);
        acc.add(0, fillResidual(params), new double[] {1.0});
        return acc.result();
    }

    /**
     * No sequence is read: each head's one query puts all its weight on its one key (the attention the flow has is
     * over the target's positions, which the series report), and the one value is predicted with certainty.
     */
    @Override
    public Probe probe(double[] params, Batch one) {
        int len = one.length(0);
        int[] tokens = java.util.Arrays.copyOf(one.tokens(), len);
        double[][][] attention = new double[spec.heads()][len][len];
        double[][] predictions = new double[len][];
        for (int t = 0; t < len; t++) {
            for (int k = 0; k < spec.heads(); k++) {
                attention[k][t][t] = 1.0;
            }
            predictions[t] = new double[] {1.0};
        }
        return new Probe(tokens, attention, predictions);
    }
}
