package tdlab.family.highorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.task.highorder.HighOrderMarkovTask;

/** The named results of a high-order chain run (docs/scenarios.md, S3). */
final class HighOrderMeasures {
    private HighOrderMeasures() {
    }

    static Map<String, Object> of(HighOrderMarkovTask task, HighOrderTheory theory, Outcome outcome, int heads) {
        int h = task.blocks();
        Map<String, Double> last = outcome.series();
        Map<String, Object> m = new LinkedHashMap<>();
        List<Integer> topBlock = new ArrayList<>();
        List<Double> topMass = new ArrayList<>();
        for (int j = 0; j < heads; j++) {
            int best = -1;
            double bestMass = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < h; k++) {
                double mass = last.getOrDefault(LadderKeys.mass(j, k), Double.NaN);
                if (mass > bestMass) {
                    best = k;
                    bestMass = mass;
                }
            }
            topBlock.add(best < 0 ? null : best + 1);
            topMass.add(best < 0 ? null : bestMass);
        }
        m.put("head_top_block", topBlock);
        m.put("head_top_mass", topMass);
        m.put("excess_loss", finite(last.getOrDefault(LadderKeys.EXCESS, Double.NaN)));
        List<Double> ladder = new ArrayList<>();
        for (int k = 1; k <= h; k++) {
            ladder.add(finite(last.getOrDefault(LadderKeys.kl(k), Double.NaN)));
        }
        m.put("kl_ladder_final", ladder);
        List<Outcome.Point> history = outcome.history().isEmpty()
                ? List.of(new Outcome.Point(outcome.steps(), outcome.valLoss(), last)) : outcome.history();
        Outcome.Point klMin = argMin(history, p -> p.series().getOrDefault(LadderKeys.kl(1), Double.NaN));
        m.put("kl1_min_step", klMin == null ? null : klMin.step());
        m.put("kl1_min", klMin == null ? null : klMin.series().get(LadderKeys.kl(1)));
        m.put("teacher_loss", theory.bayes().value());
        if (last.containsKey(LadderKeys.alignment(0, 0))) {
            List<List<Double>> alignment = new ArrayList<>();
            for (int j = 0; j < heads; j++) {
                List<Double> row = new ArrayList<>();
                for (int k = 0; k < h; k++) {
                    row.add(finite(last.getOrDefault(LadderKeys.alignment(j, k), Double.NaN)));
                }
                alignment.add(row);
            }
            m.put("value_alignment_final", alignment);
        }
        if (!task.online()) {
            Outcome.Point best = argMin(history, Outcome.Point::valLoss);
            m.put("best_val_step", best == null ? null : best.step());
            m.put("best_val_loss", best == null ? null : best.valLoss());
            m.put("final_val_loss", finite(outcome.valLoss()));
            m.put("blocks_learned_at_best", best == null ? null : LadderKeys.blocksLearned(best.series()));
        }
        return m;
    }

    /** The earliest point with the smallest finite value; null when none is finite. */
    private static Outcome.Point argMin(List<Outcome.Point> points, java.util.function.ToDoubleFunction<Outcome.Point> f) {
        Outcome.Point best = null;
        double min = Double.POSITIVE_INFINITY;
        for (Outcome.Point p : points) {
            double v = f.applyAsDouble(p);
            if (Double.isFinite(v) && v < min) {
                min = v;
                best = p;
            }
        }
        return best;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
