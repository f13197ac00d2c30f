package tdlab.family.markov;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.family.TaskFamily;
import tdlab.family.TaskSection;
import tdlab.family.TaskTheory;
import tdlab.model.ModelSpec;
import tdlab.task.Batch;
import tdlab.task.MarkovTask;
import tdlab.task.TaskSpec;
import tdlab.theory.CanonicalTheory;

/** First-order Markov chains: the data of Attention with Markov and Local to Global (S1, S2). */
public final class MarkovFamily implements TaskFamily<MarkovTask> {
    private static final MarkovTaskSection SECTION = new MarkovTaskSection();

    /** The task as a chain, when it is one (code outside the family asks here instead of casting). */
    public static java.util.Optional<MarkovTask> chainOf(TaskSpec task) {
        return task instanceof MarkovTask m ? java.util.Optional.of(m) : java.util.Optional.empty();
    }

    /** The canonical (e, w, b) theory of the task: for stationary binary chains only. */
    public static java.util.Optional<CanonicalTheory> canonicalTheory(TaskSpec task) {
        return chainOf(task).flatMap(CanonicalTheory::of);
    }

    @Override
    public String type() {
        return MarkovTask.TYPE;
    }

    /** The canonical model's L(e, w, b) and its gradient on a stationary binary chain (science.md §1). */
    @Override
    public java.util.Optional<tdlab.train.ExactLoss> exactLoss(MarkovTask task, tdlab.model.ModelSpec model) {
        if (!(model instanceof tdlab.model.CanonicalConfig)) {
            return java.util.Optional.empty();
        }
        return CanonicalTheory.of(task).map(theory -> (p, grad) -> theory.lossAndGradient(p[0], p[1], p[2], grad));
    }

    @Override
    public String title() {
        return "first-order Markov chain";
    }

    @Override
    public Class<MarkovTask> taskClass() {
        return MarkovTask.class;
    }

    @Override
    public TaskSection<MarkovTask> section() {
        return SECTION;
    }

    @Override
    public ChainReferences theory(MarkovTask task, Batch validation) {
        return ChainReferences.of(task.chain(), validation);
    }

    @Override
    public List<String> panels(MarkovTask task, ModelSpec model) {
        List<String> keys = new ArrayList<>(List.of("loss", "parameters"));
        if (model.heads() > 0) {
            keys.add("attention");
        }
        keys.addAll(List.of("predictions", "landscape"));
        if (!(model instanceof tdlab.model.CanonicalConfig)) {
            keys.add("plane"); // the exact landscape is the canonical model's own; any other gets a loss plane
        }
        keys.add("phase");
        return keys;
    }

    /**
     * minimum (global / local / none, judged on the validation set against its own references),
     * minimum_tolerance (the half-width of the band around each landmark), final_loss, entropy_rate, unigram_loss,
     * estimated_transition_matrix (rows: current state; null where a state never occurred).
     */
    @Override
    public Map<String, Object> measures(MarkovTask task, TaskTheory theory, Outcome outcome) {
        ChainReferences chain = (ChainReferences) theory; // this family's own theory (see theory())
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minimum", Minimum.classify(outcome.valLoss(), chain).key());
        m.put("minimum_tolerance", Minimum.tolerance(chain));
        m.put("final_loss", finite(outcome.valLoss()));
        m.put("entropy_rate", chain.entropyRate());
        m.put("unigram_loss", chain.unigramLoss());
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : outcome.conditional()) {
            List<Double> r = new ArrayList<>();
            for (double v : row) {
                r.add(finite(v));
            }
            rows.add(r);
        }
        m.put("estimated_transition_matrix", rows);
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
