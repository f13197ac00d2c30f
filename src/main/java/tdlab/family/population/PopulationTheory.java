package tdlab.family.population;

import java.util.ArrayList;
import java.util.List;
import tdlab.family.Reference;
import tdlab.family.TaskTheory;
import tdlab.task.population.PopulationTask;

/**
 * The plateau levels of a population flow (science.md §3.4): once the k strongest target positions are fitted
 * the loss rests at ½ Σ_{j≥k} strength_j², k = 0..h. k = 0 is the start (V = 0), the "uniform" loss; the
 * references are k = h (the minimum, 0: listed first, so the gap columns measure against it), then k = 1..h−1.
 */
record PopulationTheory(List<Reference> references, double uniformLoss) implements TaskTheory {

    PopulationTheory {
        references = List.copyOf(references);
    }

    /** The key of the level after {@code fitted} positions are fitted. */
    static String key(int fitted) {
        return "plateau_" + fitted;
    }

    /** ½ Σ_{j ≥ fitted} strength_j². */
    static double level(PopulationTask task, int fitted) {
        double sum = 0;
        for (int j = fitted; j < task.blocks(); j++) {
            double s = task.strength(j);
            sum += s * s;
        }
        return 0.5 * sum;
    }

    static PopulationTheory of(PopulationTask task) {
        int h = task.blocks();
        List<Reference> refs = new ArrayList<>();
        refs.add(Reference.exact(key(h), "minimum, all " + h + " positions fitted: %.4f", level(task, h)));
        for (int k = 1; k < h; k++) {
            refs.add(Reference.exact(key(k), "plateau with " + k + " position" + (k == 1 ? "" : "s")
                    + " fitted: %.4f", level(task, k)));
        }
        return new PopulationTheory(refs, level(task, 0));
    }
}
