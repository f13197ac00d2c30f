package tdlab.family.classes;

import java.util.List;
import java.util.Locale;
import tdlab.family.Reference;
import tdlab.family.TaskTheory;
import tdlab.family.TimeMark;
import tdlab.model.ParamGroup;
import tdlab.task.Batch;
import tdlab.task.classes.SequenceClassesTask;

/**
 * What Scan and Snap's theory says about one run on sequence classes (science.md §4.4): the Bayes loss (the
 * class given its context and query; 0 when each query has one class), ln M where a zero-initialised model
 * starts, the transition time t0 = 2K ln M/η_Y and the bound B_n(t) of Theorem 4.
 *
 * @param task       the run's data
 * @param bayes      the Bayes loss over the run's sequence length, exact or by Monte Carlo (see {@link BayesClassLoss})
 * @param validationBayes the same on the run's validation set
 */
public record ScanSnapTheory(SequenceClassesTask task, BayesClassLoss bayes, double validationBayes)
        implements TaskTheory {

    public static final String BAYES_LOSS = "bayes_loss";
    public static final String VAL_BAYES_LOSS = "val_bayes_loss";

    public static ScanSnapTheory of(SequenceClassesTask task, Batch validation) {
        return new ScanSnapTheory(task, BayesClassLoss.estimate(task, validation.length()),
                BayesClassLoss.on(task, validation));
    }

    @Override
    public List<Reference> references() {
        String label = bayes.exact() ? "Bayes loss %.4f (each query names its class)"
                : String.format(Locale.ROOT, "Bayes loss %%.4f ± %.4f (the class given context and query; Monte Carlo,"
                        + " %d sequences)", bayes.error(), bayes.sequences());
        return List.of(new Reference(BAYES_LOSS, label, bayes.value(), VAL_BAYES_LOSS, validationBayes));
    }

    /** ln M: a zero-initialised decoder predicts every token alike. */
    @Override
    public double uniformLoss() {
        return Math.log(task.vocab());
    }

    /** Falls from ln M to ~1e-5 in a hundred iterations: only a log axis shows its last decades. */
    @Override
    public boolean lossSpansDecades() {
        return true;
    }

    /**
     * t0 at the decoder's current rate η_Y (the head group's), read as steps: the theorem's time is the batch-1
     * flow's, so the line says where to look, not the exact iteration. None while the decoder is frozen (η_Y = 0).
     */
    @Override
    public List<TimeMark> timeMarks(double[] learningRates) {
        int head = ParamGroup.HEAD.ordinal();
        double etaY = head < learningRates.length ? learningRates[head] : Double.NaN;
        if (!(etaY > 0) || !Double.isFinite(etaY)) {
            return List.of();
        }
        double t0 = snapTime(etaY);
        return List.of(new TimeMark(t0, String.format(Locale.ROOT, "t0 = 2K ln M/η_Y = %s", t0 >= 100
                ? String.format(Locale.ROOT, "%.0f", t0) : String.format(Locale.ROOT, "%.3g", t0)),
                String.format(Locale.ROOT, "Theorem 4's snap time t0 = 2K ln M/η_Y with K = %d classes, M = %d tokens"
                        + " and the decoder's rate η_Y = %s: before it attention scans (common tokens fade, rare"
                        + " distinct tokens drop), after it the decoder has learned and attention freezes (snaps)."
                        + " The theorem's time is the batch-1 flow's; here it is read as steps.",
                        task.classes(), task.vocab(), rate(etaY))));
    }

    private static String rate(double eta) {
        return String.format(Locale.ROOT, "%.3g", eta);
    }

    /** t0 = 2K ln M/η_Y (Theorem 4): where the scan ends and attention snaps, in the batch-1 flow's time units. */
    public double snapTime(double etaY) {
        return 2 * task.classes() * Math.log(task.vocab()) / etaY;
    }

    /**
     * B_n(t) of Theorem 4, η_Z ∫_0^t ξ_n: ¼ ln(C0 + 2(M−1)²/(KM²)·η_Y η_Z t²) before t0' = K ln M/η_Y (the scan,
     * O(ln t)), ¼ ln(C0 + 2K(M−1)²/M²·(η_Z/η_Y)·ln²(M η_Y t/K)) after t0 (the snap, O(ln ln t)); between t0' and
     * t0 the theorem says nothing and NaN is returned. C0 = ρ0⁴/K is fixed by B_n(0) = 0 (an integral from 0 to
     * 0): C0 = 1. Time is the batch-1 flow's.
     */
    public double bound(double t, double etaY, double etaZ) {
        int k = task.classes();
        int m = task.vocab();
        double c0 = 1;
        double scanEnd = k * Math.log(m) / etaY;
        double q = (double) (m - 1) * (m - 1) / ((double) m * m);
        if (t < scanEnd) {
            return 0.25 * Math.log(c0 + 2 * q / k * etaY * etaZ * t * t);
        }
        if (t >= snapTime(etaY)) {
            double l = Math.log(m * etaY * t / k);
            return 0.25 * Math.log(c0 + 2 * k * q * (etaZ / etaY) * l * l);
        }
        return Double.NaN;
    }
}
