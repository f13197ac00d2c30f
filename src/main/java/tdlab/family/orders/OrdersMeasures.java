package tdlab.family.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;

/** The named results of an S6 run (docs/scenarios.md, S6). */
final class OrdersMeasures {
    /** The slope fit starts at this step of stage 2 (the choice: past the first transient). */
    static final long SLOPE_FROM = 100;

    private OrdersMeasures() {
    }

    static Map<String, Object> of(OrdersTheory theory, Outcome outcome) {
        Map<String, Double> last = outcome.series();
        List<Long> starts = outcome.stageStarts();
        long stage2 = starts.size() >= 2 ? starts.get(1) : 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage1_loss_final", finite(stageOneLoss(outcome, starts)));
        m.put("wov_norm_final", value(last, OrdersKeys.WOV_NORM));
        m.put("cos_gap_wov_final", value(last, OrdersKeys.COS_GAP_WOV));
        m.put("cos_gap_wkq_final", value(last, OrdersKeys.COS_GAP_WKQ));
        m.put("cos_gap_wkq_slope", finite(slope(outcome.history(), stage2, OrdersKeys.COS_GAP_WKQ)));
        m.put("optimal_token_attention", value(last, OrdersKeys.OPTIMAL_ATTENTION));
        m.put("train_accuracy", value(last, OrdersKeys.TRAIN_ACCURACY));
        m.put("shift_accuracy", value(last, OrdersKeys.SHIFT_ACCURACY));
        m.put("wkq_max_margin_constraints", theory.data().train().isEmpty() ? 0 : countConstraints(theory));
        return m;
    }

    /** The collocation loss at the last frame of stage 1 (at or before stage 2's start); the final one without stages. */
    static double stageOneLoss(Outcome outcome, List<Long> starts) {
        long end = starts.size() >= 2 ? starts.get(1) : Long.MAX_VALUE;
        double v = outcome.series().getOrDefault(OrdersKeys.COLLOCATION_LOSS, Double.NaN);
        if (end == Long.MAX_VALUE) {
            return v;
        }
        double at = Double.NaN;
        for (Outcome.Point p : outcome.history()) {
            if (p.step() <= end) {
                at = p.series().getOrDefault(OrdersKeys.COLLOCATION_LOSS, Double.NaN);
            }
        }
        return at;
    }

    /** The log-log slope of a series against the steps into stage 2 (t − start), from t = {@link #SLOPE_FROM} on. */
    static double slope(List<Outcome.Point> history, long start, String key) {
        List<double[]> points = new ArrayList<>();
        for (Outcome.Point p : history) {
            long t = p.step() - start;
            if (t >= SLOPE_FROM) {
                points.add(new double[] {t, p.series().getOrDefault(key, Double.NaN)});
            }
        }
        return PowerLawFit.slope(points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    private static int countConstraints(OrdersTheory theory) {
        int n = 0;
        int k = theory.data().vocab();
        for (int q = 0; q < k; q++) {
            for (int u = 0; u < k; u++) {
                for (int v = 0; v < k; v++) {
                    if (theory.data().revealed(q, u, v)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static Double value(Map<String, Double> series, String key) {
        return finite(series.getOrDefault(key, Double.NaN));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
