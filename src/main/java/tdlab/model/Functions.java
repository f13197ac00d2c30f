package tdlab.model;

/** Numerically safe scalar functions shared by the models and the theory. */
public final class Functions {
    private Functions() {
    }

    /** σ(z) = 1/(1 + e^{−z}) without overflow. */
    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** ln σ(z) without overflow or cancellation. */
    public static double logSigmoid(double z) {
        return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
    }
}
