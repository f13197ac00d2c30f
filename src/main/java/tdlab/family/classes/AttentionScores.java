package tdlab.family.classes;

import java.util.Optional;
import tdlab.model.ParamTensor;
import tdlab.model.TrainableModel;
import tdlab.model.yz.YzModel;
import tdlab.task.classes.SequenceClass;

/**
 * The paper's c_n (code {@code get_c}, science.md §4.5): for class n with query m, c̃_l = P(l | n)·exp(Z[m, l])
 * over the class's context tokens, normalised to sum 1: the attention a long sequence of class n pays each of its
 * tokens. With several heads each head's c is normalised and the heads are averaged.
 */
public final class AttentionScores {
    private AttentionScores() {
    }

    /** The Z tensor of a Y/Z model; empty for other models. */
    public static Optional<ParamTensor> attention(TrainableModel model) {
        return model.layout().find(YzModel.ATTENTION);
    }

    /** c_n over {@code c.tokens()}, in their order. */
    public static double[] of(SequenceClass c, double[] params, ParamTensor z) {
        int vocab = z.shape()[2];
        int heads = z.shape()[0];
        int k = c.tokens().length;
        double[] out = new double[k];
        double[] head = new double[k];
        for (int h = 0; h < heads; h++) {
            int row = z.offset() + (h * vocab + c.query()) * vocab;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                max = Math.max(max, params[row + c.tokens()[i]]);
            }
            double sum = 0;
            for (int i = 0; i < k; i++) {
                head[i] = c.probs()[i] * Math.exp(params[row + c.tokens()[i]] - max);
                sum += head[i];
            }
            for (int i = 0; i < k; i++) {
                out[i] += head[i] / sum / heads;
            }
        }
        return out;
    }

    /** Z_1[m, l]: the first head's attention logit of the query on a token. */
    public static double logit(SequenceClass c, double[] params, ParamTensor z, int token) {
        int vocab = z.shape()[2];
        return params[z.offset() + c.query() * vocab + token];
    }

    /** Entropy of the scores on the distinct tokens, renormalised over them (§4.6); NaN without DTs. */
    static double distinctEntropy(SequenceClass c, double[] scores) {
        if (c.distinctCount() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = c.commonCount(); i < scores.length; i++) {
            sum += scores[i];
        }
        double h = 0;
        for (int i = c.commonCount(); i < scores.length; i++) {
            double p = scores[i] / sum;
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
