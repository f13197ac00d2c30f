package tdlab.family.mixture;

import tdlab.model.Functions;
import tdlab.model.mha.MultiHeadClassifier;
import tdlab.task.Batch;
import tdlab.task.mixture.TokenizedMixtureTask;

/**
 * What each head of the classifier does on one sequence of a set: the attention its readout positions pay to each
 * token ({@link MixtureEvaluation#received}: row h, column s, each row sums to one), which tokens are relevant,
 * the label and the prediction.
 *
 * @param received   received[h][s]: head h's attention on token s, mean over its T query positions
 * @param components each token's component: 0 = μ₋, 1 = μ₊ (relevant), 2 + j = ν_j
 * @param label      0 for y = −1, 1 for y = +1
 * @param phi        Φ, the logit of y = +1
 */
public record HeadAttention(double[][] received, int[] components, int label, double phi) {

    public static HeadAttention of(MultiHeadClassifier model, double[] params, Batch set, int b) {
        int t = model.spec().tokens();
        int[] comp = new int[t];
        for (int s = 0; s < t; s++) {
            comp[s] = set.input(b, s);
        }
        double[][] received = MixtureEvaluation.received(model, params, set, b);
        return new HeadAttention(received, comp, set.label(b), model.output(params, set, b));
    }

    public boolean relevant(int s) {
        return TokenizedMixtureTask.isRelevant(components[s]);
    }

    /** P(y = +1) = σ(Φ). */
    public double probabilityPositive() {
        return Functions.sigmoid(phi);
    }

    /** Whether sign(Φ) is the label (Φ = 0 is not). */
    public boolean correct() {
        return (2 * label - 1) * phi > 0;
    }

    /** "μ₊", "μ₋" or "ν3" for token s. */
    public String componentName(int s) {
        int c = components[s];
        return c == 0 ? "μ₋" : c == 1 ? "μ₊" : "ν" + (c - 1);
    }
}
