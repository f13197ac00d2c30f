package tdlab.family.population;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.family.TaskFamily;
import tdlab.family.TaskSection;
import tdlab.family.TaskTheory;
import tdlab.family.highorder.LadderKeys;
import tdlab.model.ModelSpec;
import tdlab.model.TrainableModel;
import tdlab.model.ode.Eq4Config;
import tdlab.model.ode.Eq4Flow;
import tdlab.task.ConfigException;
import tdlab.task.Batch;
import tdlab.task.population.PopulationTask;

/**
 * Flows on a population loss without data: the ODE of Eq. 4 (S3a). Its series speak the S3 family's names
 * ({@link LadderKeys}) so the S3 spans panel shows the heads' mass on the target positions as it shows a
 * transformer's mass on lag blocks.
 */
public final class PopulationFamily implements TaskFamily<PopulationTask> {
    private static final PopulationTaskSection SECTION = new PopulationTaskSection();

    @Override
    public String type() {
        return PopulationTask.TYPE;
    }

    @Override
    public String title() {
        return "population flow (no data)";
    }

    @Override
    public Class<PopulationTask> taskClass() {
        return PopulationTask.class;
    }

    @Override
    public TaskSection<PopulationTask> section() {
        return SECTION;
    }

    @Override
    public TaskTheory theory(PopulationTask task, Batch validation) {
        return PopulationTheory.of(task);
    }

    /**
     * The loss with its plateau lines, the spans heatmaps and the loss plane. Not the ladder (it needs a KL
     * ladder, which a target without a teacher law has not), nor attention and predictions (no sequence is read).
     */
    @Override
    public List<String> panels(PopulationTask task, ModelSpec model) {
        return List.of("loss", "spans", "plane");
    }

    /**
     * {@code mass_h{k}_b{b}}: head k's mass on target position h − b, so blocks run oldest = 1 … newest = h as in
     * S3, position 0 (the strongest, m^{h−1}, the "newest lag") being block h; {@code excess_loss} = L, whose
     * minimum is 0. Only the flow has these; another model gets the loss alone.
     */
    @Override
    public Map<String, Double> series(PopulationTask task, TaskTheory theory, TrainableModel model, double[] params,
                                      Batch validation, double validationLoss) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(LadderKeys.EXCESS, validationLoss); // the flow's loss L, which the frame has just evaluated
        if (model instanceof Eq4Flow flow) {
            int h = flow.spec().blocks();
            for (int k = 0; k < flow.spec().heads(); k++) {
                for (int b = 0; b < h; b++) {
                    out.put(LadderKeys.mass(k, b), flow.mass(params, k, h - 1 - b));
                }
            }
        }
        return out;
    }

    /**
     * The flow holds its target itself and the task states it for the theory: both must name the same strengths,
     * or the plateau lines would belong to another target.
     */
    @Override
    public void checkModel(PopulationTask task, ModelSpec model) {
        ConfigException.require(model instanceof Eq4Config, "model.type", "a population task has no data; only a"
                + " flow that holds its own target (ode_eq4) runs on it, not " + model.kind());
        Eq4Config flow = (Eq4Config) model;
        ConfigException.require(flow.blocks() == task.blocks(), "model.blocks", "must equal task.blocks ("
                + task.blocks() + "), got " + flow.blocks());
        ConfigException.require(flow.ratio() == task.ratio(), "model.ratio", "must equal task.ratio ("
                + task.ratio() + "), got " + flow.ratio());
    }

    /** plateau_losses, switch_times, final_loss (docs/scenarios.md, S3a). */
    @Override
    public Map<String, Object> measures(PopulationTask task, TaskTheory theory, Outcome outcome) {
        List<Outcome.Point> history = outcome.history().isEmpty()
                ? List.of(new Outcome.Point(outcome.steps(), outcome.valLoss(), outcome.series())) : outcome.history();
        double[] loss = history.stream().mapToDouble(Outcome.Point::valLoss).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plateau_losses", Plateaus.levels(loss));
        m.put("switch_times", Switches.of(history, LadderKeys.heads(outcome.series()), task.blocks()));
        m.put("final_loss", Double.isFinite(outcome.valLoss()) ? outcome.valLoss() : null);
        return m;
    }
}
