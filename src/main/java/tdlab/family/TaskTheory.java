package tdlab.family;

import java.util.List;

/**
 * What a task family's theory says about one run's data: its reference losses. Families with more to say
 * (a chain's stationary law, a Bayes loss with its Monte Carlo error) extend it with their own record;
 * only the family's own code and panels read those extras.
 */
public interface TaskTheory {

    /** Reference lines for the loss chart, most important first. */
    List<Reference> references();

    /** Loss of the uniform prediction, ln(number of outcomes): where an untrained model starts. */
    double uniformLoss();

    /**
     * The status bar's words for where a loss stands against the references (" · validation loss 0.6702 ·
     * …"), starting with " · ". {@code exactLoss} is the population loss where the model has one, else NaN.
     */
    default String narrate(double valLoss, double exactLoss) {
        boolean exact = Double.isFinite(exactLoss);
        double loss = exact ? exactLoss : valLoss;
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, " · %s %s",
                exact ? "loss" : "validation loss", nats(loss)));
        if (!references().isEmpty()) {
            Reference r = references().get(0);
            double gap = loss - r.value();
            s.append(String.format(java.util.Locale.ROOT, " · %s %s %s", nats(Math.abs(gap)), gap >= 0 ? "above" : "below",
                    r.describe()));
        }
        return s.toString();
    }

    /**
     * Whether the loss chart should start on a log axis: a loss that falls over decades (Scan and Snap's, 3.5 to
     * 1e-5) is a vertical drop and a flat line on a linear one. The user's toggle still decides afterwards.
     */
    default boolean lossSpansDecades() {
        return false;
    }

    /**
     * Moments the theory names on the step axis for these learning rates (by {@code ParamGroup} ordinal, as a
     * frame reports them); they move when the user changes a rate mid-run. None by default.
     */
    default List<TimeMark> timeMarks(double[] learningRates) {
        return List.of();
    }

    /** Four decimals, or three significant digits where four decimals would read 0.0000 (S4's losses reach 1e-5). */
    private static String nats(double x) {
        return x != 0 && Math.abs(x) < 1e-3 ? String.format(java.util.Locale.ROOT, "%.3g", x)
                : String.format(java.util.Locale.ROOT, "%.4f", x);
    }

    /** The reference with this key, NaN when the family has none such. */
    default double reference(String key) {
        for (Reference r : references()) {
            if (r.key().equals(key)) {
                return r.value();
            }
        }
        return Double.NaN;
    }
}
