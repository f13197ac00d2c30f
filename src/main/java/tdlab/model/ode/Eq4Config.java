package tdlab.model.ode;

import java.util.Optional;
import java.util.SplittableRandom;
import tdlab.model.Backend;
import tdlab.model.ModelFactory;
import tdlab.model.ModelSpec;
import tdlab.model.OwnInit;
import tdlab.model.ParamLayout;
import tdlab.model.TrainableModel;
import tdlab.task.ConfigException;

/**
 * The simplified ODE of the sparse-attention paper (science.md §3.4, Eq. 4) as a model family: {@code heads}
 * feature vectors V_k ∈ R^h and attention distributions s_k on the simplex over {@code positions} positions,
 * fitted to the target G ∈ R^{h×T} with G[j, j] = ratio^{h−1−j} (strengths (m², m, 1) for h = 3).
 *
 * @param blocks     h, the number of target positions (and the width of each V_k)
 * @param positions  T, the positions each s_k spreads over (at least h)
 * @param ratio      m, the ratio between consecutive strengths
 * @param heads      H, the number of (V_k, s_k) pairs
 * @param initNoise  the standard deviation of the noise added to the uniform s_k at the start (10⁻⁶ in the paper's
 *                   run); it breaks the symmetry between heads, so it sets how long the plateaus last
 */
public record Eq4Config(int blocks, int positions, double ratio, int heads, double initNoise) implements ModelSpec {
    public static final int MAX_BLOCKS = 16;
    public static final int MAX_POSITIONS = 4096;

    public Eq4Config {
        ConfigException.requireRange(blocks, 1, MAX_BLOCKS, "model.blocks");
        ConfigException.requireRange(positions, blocks, MAX_POSITIONS, "model.positions");
        ConfigException.require(Double.isFinite(ratio) && ratio > 0 && ratio <= 100, "model.ratio",
                "must be in (0, 100], got " + ratio);
        ConfigException.requireRange(heads, 1, 64, "model.heads");
        ConfigException.require(Double.isFinite(initNoise) && initNoise >= 0 && initNoise <= 0.1, "model.init_noise",
                "must be in [0, 0.1] (the start must stay near the uniform distribution), got " + initNoise);
    }

    /** The strength of target position j, ratio^{h−1−j}: position 0 is the strongest. */
    public double strength(int j) {
        return Math.pow(ratio, blocks - 1 - j);
    }

    /** The flow reads no data: one token value, so it pairs with the dataless {@code population} task. */
    @Override
    public int vocab() {
        return 1;
    }

    @Override
    public String kind() {
        return "ode_eq4";
    }

    @Override
    public TrainableModel create(Backend backend) {
        ModelFactory.requirePlain(this, backend);
        return new Eq4Flow(this);
    }

    /**
     * §3.4's start: V = 0 and s_k = 1/T + noise·N(0,1), renormalised to sum 1. A generic scheme (Gaussian, uniform)
     * would put s_k off the simplex, where Eq. 4 means nothing.
     */
    @Override
    public Optional<OwnInit> ownInit() {
        return Optional.of(this::initialize);
    }

    private void initialize(ParamLayout layout, SplittableRandom random, double[] p) {
        int s = layout.get(Eq4Flow.ATTENTION).offset();
        for (int k = 0; k < heads; k++) {
            int row = s + k * positions;
            double sum = 0;
            for (int t = 0; t < positions; t++) {
                double v = 1.0 / positions + initNoise * tdlab.task.Gaussian.standard(random);
                p[row + t] = v;
                sum += v;
            }
            for (int t = 0; t < positions; t++) {
                p[row + t] /= sum;
            }
        }
    }
}
