package tdlab.family.classes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.model.ParamGroup;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;

/** The named results of a Scan and Snap run (docs/scenarios.md, S4). */
final class ScanSnapMeasures {
    private ScanSnapMeasures() {
    }

    static Map<String, Object> of(SequenceClassesTask task, ScanSnapTheory theory, Outcome outcome) {
        Map<String, Double> last = outcome.series();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loss_by_iteration", lossByIteration(outcome));
        m.put("dt_entropy_final", finite(last.getOrDefault(ScanSnapKeys.DT_ENTROPY, Double.NaN)));
        m.put("dt_entropy_mean_final", finite(last.getOrDefault(ScanSnapKeys.DT_ENTROPY_MEAN, Double.NaN)));
        m.put("ct_mass_final", finite(last.getOrDefault(ScanSnapKeys.CT_MASS, Double.NaN)));
        m.put("top_dt_mass_final", finite(last.getOrDefault(ScanSnapKeys.TOP_DT_MASS, Double.NaN)));
        m.put("low_dt_mass_final", finite(last.getOrDefault(ScanSnapKeys.LOW_DT_MASS, Double.NaN)));
        m.put("dt_ranking_follows_probability", rankingFollowsProbability(task.sequenceClass(0), last));
        double etaY = outcome.learningRate(ParamGroup.HEAD);
        m.put("t0", etaY > 0 ? finite(theory.snapTime(etaY)) : null);
        m.put("bayes_loss", theory.bayes().value());
        return m;
    }

    /**
     * The training loss of every iteration, index = iteration (the loss of the batch the step at that index
     * descended, before its update, as the paper's logs print it); null where frames were recorded less often
     * than every step.
     */
    static List<Double> lossByIteration(Outcome outcome) {
        Double[] loss = new Double[(int) Math.max(0, Math.min(outcome.steps(), Integer.MAX_VALUE - 8))];
        long previous = -1;
        for (Outcome.Point p : outcome.history()) {
            if (previous >= 0 && p.step() == previous + 1 && p.step() - 1 < loss.length
                    && Double.isFinite(p.trainLoss())) {
                loss[(int) previous] = p.trainLoss();
            }
            previous = p.step();
        }
        return new ArrayList<>(Arrays.asList(loss));
    }

    /**
     * Whether class 1's distinct tokens end ranked by their scores as by P(l | n) (ties in P may go either way);
     * null without two distinct tokens or without scores.
     */
    static Boolean rankingFollowsProbability(SequenceClass c, Map<String, Double> series) {
        if (c.distinctCount() < 2) {
            return null;
        }
        for (int i = c.commonCount() + 1; i < c.tokens().length; i++) {
            Double a = series.get(ScanSnapKeys.score(c.tokens()[i - 1]));
            Double b = series.get(ScanSnapKeys.score(c.tokens()[i]));
            if (a == null || b == null) {
                return null;
            }
            if (c.probs()[i] > c.probs()[i - 1] && !(b > a)) {
                return false;
            }
        }
        return true;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
