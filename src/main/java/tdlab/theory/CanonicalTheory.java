package tdlab.theory;

import tdlab.model.CanonicalModel;
import tdlab.model.Functions;
import tdlab.task.ConfigException;
import tdlab.task.InitialDistribution;
import tdlab.task.MarkovTask;

/**
 * The canonical three-parameter model (e, w, b) of "Local to Global" (science.md §1.2.2) on the binary
 * chain [[1−p, p], [q, 1−q]] with stationary input, and its exact population loss landscape.
 *
 * <pre>
 * f0 = logit(x=0) = b − e²/2          f1 = logit(x=1) = b + e²(1/2 + 2w|w|)
 * L(e,w,b) = −π1[(1−q) ln σ(f1) + q ln σ(−f1)] − π0[p ln σ(f0) + (1−p) ln σ(−f0)]
 * E(e,w)   = e² − w² − sign(w) ln|w|      (conserved by gradient flow with b = b*(e,w))
 * </pre>
 */
public final class CanonicalTheory {
    /** w-coordinate of the saddle (and of the switch between local minima and maxima on e = 0). */
    public static final double SADDLE_W = -1 / Math.sqrt(2);
    /** Energy of the saddle, E(0, −1/√2) = −(1 + ln 2)/2: the separatrix level. */
    public static final double SADDLE_ENERGY = -(1 + Math.log(2)) / 2;

    private final double p;
    private final double q;
    private final double pi0;
    private final double pi1;

    public CanonicalTheory(double p, double q) {
        // explicit checks, not ConfigException.require: the p/q pad builds thousands of these per redraw
        if (!(p > 0 && p < 1)) {
            throw new ConfigException("p", "must be strictly between 0 and 1 for the canonical model, got " + p);
        }
        if (!(q > 0 && q < 1)) {
            throw new ConfigException("q", "must be strictly between 0 and 1 for the canonical model, got " + q);
        }
        this.p = p;
        this.q = q;
        this.pi0 = q / (p + q);
        this.pi1 = p / (p + q);
    }

    public double p() {
        return p;
    }

    public double q() {
        return q;
    }

    public double pi1() {
        return pi1;
    }

    /** c = ln[(1−p)(1−q)/(pq)]; positive exactly when p + q &lt; 1. */
    public double c() {
        return Math.log((1 - p) * (1 - q) / (p * q));
    }

    public double entropyRate() {
        return pi0 * Entropy.binary(p) + pi1 * Entropy.binary(q);
    }

    public double unigramLoss() {
        return Entropy.binary(pi1);
    }

    public static double f0(double e, double w, double b) {
        return CanonicalModel.logit(e, w, b, 0);
    }

    public static double f1(double e, double w, double b) {
        return CanonicalModel.logit(e, w, b, 1);
    }

    public double loss(double e, double w, double b) {
        double f0 = f0(e, w, b);
        double f1 = f1(e, w, b);
        return -pi1 * ((1 - q) * Functions.logSigmoid(f1) + q * Functions.logSigmoid(-f1))
                - pi0 * (p * Functions.logSigmoid(f0) + (1 - p) * Functions.logSigmoid(-f0));
    }

    /** ∇L = (∂L/∂e, ∂L/∂w, ∂L/∂b). */
    public double[] gradient(double e, double w, double b) {
        double d1 = pi1 * (Functions.sigmoid(f1(e, w, b)) - (1 - q)); // ∂L/∂f1
        double d0 = pi0 * (Functions.sigmoid(f0(e, w, b)) - p); // ∂L/∂f0
        double[] g = new double[3];
        CanonicalModel.chainRule(e, w, d0, d1, g); // the same chain rule the trained model uses
        return g;
    }

    /**
     * L and ∇L (into {@code grad}) at once, the same numbers as {@link #loss} and {@link #gradient} bit for bit at a
     * third of their exponentials: ln σ(±f) and σ(f) all come from e^(−|f|) and ln(1 + e^(−|f|)), which is how
     * {@link Functions} evaluates each of them. An exact-gradient run calls this at every step.
     */
    public double lossAndGradient(double e, double w, double b, double[] grad) {
        double f0 = f0(e, w, b);
        double f1 = f1(e, w, b);
        double x0 = Math.exp(-Math.abs(f0));
        double x1 = Math.exp(-Math.abs(f1));
        double l0 = Math.log1p(x0);
        double l1 = Math.log1p(x1);
        double s0 = f0 >= 0 ? 1 / (1 + x0) : x0 / (1 + x0); // σ(f0)
        double s1 = f1 >= 0 ? 1 / (1 + x1) : x1 / (1 + x1);
        CanonicalModel.chainRule(e, w, pi0 * (s0 - p), pi1 * (s1 - (1 - q)), grad);
        return -pi1 * ((1 - q) * logSigmoid(f1, l1) + q * logSigmoid(-f1, l1))
                - pi0 * (p * logSigmoid(f0, l0) + (1 - p) * logSigmoid(-f0, l0));
    }

    /** Functions.logSigmoid(z) given l = ln(1 + e^(−|z|)). */
    private static double logSigmoid(double z, double l) {
        return z >= 0 ? -l : z - l;
    }

    /** The bias minimising L for fixed (e, w): it solves π1 σ(f1) + π0 σ(f0) = π1. */
    public double optimalBias(double e, double w) {
        // b* = e²/2 + ln[(d + S)/(2q e^k)] with d = p − q, k = e²(1+2w|w|), S = sqrt(d² + 4pq e^k),
        // evaluated in log space so that neither a large |k| nor d ≈ −S loses precision
        double k = e * e * (1 + 2 * w * Math.abs(w));
        double d = p - q;
        double lnS = k > 0
                ? k / 2 + 0.5 * Math.log(d * d * Math.exp(-k) + 4 * p * q)
                : 0.5 * Math.log(d * d + 4 * p * q * Math.exp(k));
        double lnNum = d >= 0
                ? lnS + Math.log1p(d * Math.exp(-lnS))
                : Math.log(4 * p * q) + k - lnS - Math.log1p(-d * Math.exp(-lnS)); // (d+S) = 4pq e^k/(S−d)
        return e * e / 2 + lnNum - Math.log(2 * q) - k;
    }

    /** L(e, w, b*(e, w)): the energy landscape's height. */
    public double lossAtOptimalBias(double e, double w) {
        return loss(e, w, optimalBias(e, w));
    }

    /** E(e,w) = e² − w² − sign(w) ln|w|; undefined (infinite) at w = 0. */
    public static double energy(double e, double w) {
        return e * e - w * w - Math.signum(w) * Math.log(Math.abs(w));
    }

    /**
     * The non-negative e on the global-minimum curve e²(1+2w|w|) = c at this w, or NaN where the curve
     * does not pass (the sign of 1+2w|w| must match the sign of c).
     */
    public double globalMinimumE(double w) {
        double s = 1 + 2 * w * Math.abs(w);
        double e2 = c() / s;
        return e2 > 0 && Double.isFinite(e2) ? Math.sqrt(e2) : Double.NaN;
    }

    /** Bias at the point (e, w) of the global-minimum curve: e²/2 + ln(p/(1−p)). */
    public double globalMinimumBias(double e) {
        return e * e / 2 + Math.log(p / (1 - p));
    }

    /** The bias of the unigram point on the line e = 0: ln(p/q), so that σ(b) = π1. */
    public double unigramBias() {
        return Math.log(p / q);
    }

    /** Type of the critical point (0, w) on the line e = 0 (w ≠ −1/√2). */
    public CriticalType lineType(double w) {
        if (w == SADDLE_W) {
            return CriticalType.SADDLE;
        }
        boolean right = w > SADDLE_W;
        boolean pqBelowOne = p + q < 1;
        // p+q<1: maxima to the right of the saddle, minima to the left; p+q>1: the reverse
        return right == pqBelowOne ? CriticalType.LOCAL_MAXIMUM : CriticalType.LOCAL_MINIMUM;
    }

    /**
     * The analytic basin test: where gradient flow on L(e, w, b*) started at (e0, w0) ends.
     * Exact on e0 = 0 (the flow stays on the line) and decided by the energy elsewhere.
     */
    public Outcome basin(double e0, double w0) {
        if (p + q == 1) {
            return Outcome.DEGENERATE;
        }
        if (e0 == 0) {
            return Outcome.LOCAL;
        }
        double energy = energy(e0, w0);
        boolean aboveSeparatrix = energy > SADDLE_ENERGY;
        if (p + q < 1) {
            return w0 > SADDLE_W || aboveSeparatrix ? Outcome.GLOBAL : Outcome.LOCAL;
        }
        if (w0 < SADDLE_W) {
            return Outcome.GLOBAL;
        }
        return w0 < 0 && aboveSeparatrix ? Outcome.GLOBAL : Outcome.LOCAL;
    }

    /** |e| on the separatrix E(e, w) = E* at this w, or NaN where it does not pass. */
    public static double separatrixE(double w) {
        double e2 = w * w + Math.signum(w) * Math.log(Math.abs(w)) + SADDLE_ENERGY;
        return e2 >= 0 ? Math.sqrt(e2) : Double.NaN;
    }



    /** Where a run ends. */
    public enum Outcome {
        GLOBAL, LOCAL, DEGENERATE
    }

    public enum CriticalType {
        LOCAL_MINIMUM, LOCAL_MAXIMUM, SADDLE
    }

    /**
     * The theory of a task's chain where the canonical model has one: a binary chain with 0 < p, q < 1 started
     * from its stationary law. Empty otherwise.
     */
    public static java.util.Optional<CanonicalTheory> of(MarkovTask task) {
        if (!task.matrix().isBinary() || task.initial() != InitialDistribution.STATIONARY) {
            return java.util.Optional.empty();
        }
        double p = task.matrix().binaryP();
        double q = task.matrix().binaryQ();
        return p > 0 && p < 1 && q > 0 && q < 1 ? java.util.Optional.of(new CanonicalTheory(p, q))
                : java.util.Optional.empty();
    }

    /** Two theories are equal when they describe the same chain. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CanonicalTheory t && t.p == p && t.q == q;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(p) * 31 + Double.hashCode(q);
    }
}
