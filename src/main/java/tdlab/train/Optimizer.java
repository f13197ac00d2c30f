package tdlab.train;

import java.util.List;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;

/**
 * Applies one update to a flat parameter array, tensor by tensor with the settings of the tensor's
 * group. Holds the optimizer state (momentum buffers, Adam moments, per-tensor step counts); frozen
 * tensors are skipped and their state does not advance.
 */
public final class Optimizer {
    private final OptimizerConfig cfg;
    private final List<ParamTensor> tensors;
    private final double[] first;
    private final double[] second;
    private final long[] tensorSteps;
    /** Each tensor's [offset, end): a tensor's end multiplies out its shape, and a step of a tiny model is short. */
    private final int[] from;
    private final int[] to;

    public Optimizer(OptimizerConfig cfg, ParamLayout layout) {
        this.cfg = cfg;
        this.tensors = layout.tensors();
        this.first = new double[layout.size()];
        this.second = cfg.type() == OptimizerConfig.Type.ADAMW ? new double[layout.size()] : new double[0];
        this.tensorSteps = new long[tensors.size()];
        this.from = tensors.stream().mapToInt(ParamTensor::offset).toArray();
        this.to = tensors.stream().mapToInt(ParamTensor::end).toArray();
    }

    public OptimizerConfig config() {
        return cfg;
    }

    /**
     * Updates {@code p} in place from gradient {@code g}. {@code lr[i]} and {@code settings[i]} belong to
     * tensor i of the layout; a tensor with learning rate 0 or frozen is left untouched.
     */
    public void step(double[] p, double[] g, double[] lr, GroupSettings[] settings) {
        for (int ti = 0; ti < tensors.size(); ti++) {
            GroupSettings s = settings[ti];
            if (s.frozen()) {
                continue;
            }
            long n = ++tensorSteps[ti];
            switch (cfg.type()) {
                case SGD -> sgd(p, g, from[ti], to[ti], lr[ti], s.weightDecay());
                case ADAMW -> adamW(p, g, from[ti], to[ti], lr[ti], s.weightDecay(), n);
                case NGD -> ngd(p, g, from[ti], to[ti], lr[ti], s.weightDecay());
            }
        }
    }

    private void sgd(double[] p, double[] g, int from, int to, double lr, double wd) {
        double mu = cfg.momentum();
        for (int i = from; i < to; i++) {
            double grad = g[i] + wd * p[i];
            double buf = mu * first[i] + grad;
            first[i] = buf;
            p[i] -= lr * buf;
        }
    }

    private void adamW(double[] p, double[] g, int from, int to, double lr, double wd, long n) {
        double b1 = cfg.beta1();
        double b2 = cfg.beta2();
        double c1 = 1 - Math.pow(b1, n);
        double c2 = 1 - Math.pow(b2, n);
        double eps = cfg.eps();
        double decay = 1 - lr * wd;
        for (int i = from; i < to; i++) {
            double grad = g[i];
            double m = b1 * first[i] + (1 - b1) * grad;
            double v = b2 * second[i] + (1 - b2) * grad * grad;
            first[i] = m;
            second[i] = v;
            p[i] = p[i] * decay - lr * (m / c1) / (Math.sqrt(v / c2) + eps);
        }
    }

    private static void ngd(double[] p, double[] g, int from, int to, double lr, double wd) {
        double norm = 0;
        for (int i = from; i < to; i++) {
            norm += g[i] * g[i];
        }
        norm = Math.sqrt(norm);
        double decay = 1 - lr * wd;
        double scale = norm > 0 ? lr / norm : 0;
        for (int i = from; i < to; i++) {
            p[i] = p[i] * decay - scale * g[i];
        }
    }

    /** A copy of the state, for checkpoints. */
    public State state() {
        return new State(first.clone(), second.clone(), tensorSteps.clone());
    }

    public void restore(State s) {
        System.arraycopy(s.first, 0, first, 0, first.length);
        System.arraycopy(s.second, 0, second, 0, second.length);
        System.arraycopy(s.tensorSteps, 0, tensorSteps, 0, tensorSteps.length);
    }

    /** Optimizer state: first moments or momentum, second moments, per-tensor step counts. */
    public record State(double[] first, double[] second, long[] tensorSteps) {
        public long sizeInBytes() {
            return 8L * (first.length + second.length + tensorSteps.length);
        }
    }
}
