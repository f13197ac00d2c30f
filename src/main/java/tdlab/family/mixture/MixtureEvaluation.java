package tdlab.family.mixture;

import tdlab.model.Functions;
import tdlab.model.mha.MultiHeadClassifier;
import tdlab.task.Batch;
import tdlab.task.mixture.TokenizedMixtureTask;

/**
 * The multi-head classifier on a fixed set of tokenized-mixture sequences: the logistic loss, the 0/1 error and
 * the attention on the relevant tokens.
 *
 * <p>Relevant-token attention mass. Every query position t of the classifier is a readout position (column t of
 * U_h reads o_t = Σ_s S_h[t][s] x_s; see {@code MultiHeadClassifier}), so the mass of head h on sequence b is the
 * attention its readout positions pay to the relevant tokens R_b, averaged over them:
 * m_{h,b} = (1/T) Σ_t Σ_{s∈R_b} S_h[t][s]. The series average m_{h,b} over the set's sequences per head
 * ({@code relevant_mass_h{h}}) and over the heads too ({@code relevant_mass}). Uniform attention (W = 0) gives
 * |R_b|/T = ζ exactly (⌈ζT⌉/T).
 *
 * @param loss      mean ln(1 + e^{−yΦ})
 * @param error     share of sequences with sign(Φ) ≠ y (Φ = 0 is an error)
 * @param mass      relevant-token mass, mean over heads and sequences
 * @param headMass  the same per head
 */
public record MixtureEvaluation(double loss, double error, double mass, double[] headMass) {

    /** The classifier with these parameters on every sequence of {@code set}. */
    public static MixtureEvaluation of(MultiHeadClassifier model, double[] params, Batch set) {
        int heads = model.spec().heads();
        int t = model.spec().tokens();
        double[] att = new double[heads * t * t];
        double[] perHead = new double[heads];
        double loss = 0;
        int wrong = 0;
        for (int b = 0; b < set.size(); b++) {
            double phi = model.output(params, set, b, att);
            double y = 2 * set.label(b) - 1;
            loss -= Functions.logSigmoid(y * phi);
            if (!(y * phi > 0)) {
                wrong++;
            }
            int off = set.offset(b);
            for (int h = 0; h < heads; h++) {
                double m = 0;
                for (int q = 0; q < t; q++) {
                    int r = (h * t + q) * t;
                    for (int s = 0; s < t; s++) {
                        if (TokenizedMixtureTask.isRelevant(set.tokens()[off + s])) {
                            m += att[r + s];
                        }
                    }
                }
                perHead[h] += m / t;
            }
        }
        int n = set.size();
        double mean = 0;
        for (int h = 0; h < heads; h++) {
            perHead[h] /= n;
            mean += perHead[h];
        }
        return new MixtureEvaluation(loss / n, (double) wrong / n, mean / heads, perHead);
    }

    /**
     * Head by head, the attention the readout positions of sequence b pay to each token (mean over the query
     * positions t of S_h[t][s]): row h, column s. Each row sums to one.
     */
    public static double[][] received(MultiHeadClassifier model, double[] params, Batch set, int b) {
        int heads = model.spec().heads();
        int t = model.spec().tokens();
        double[] att = new double[heads * t * t];
        model.output(params, set, b, att);
        double[][] out = new double[heads][t];
        for (int h = 0; h < heads; h++) {
            for (int q = 0; q < t; q++) {
                for (int s = 0; s < t; s++) {
                    out[h][s] += att[(h * t + q) * t + s] / t;
                }
            }
        }
        return out;
    }
}
