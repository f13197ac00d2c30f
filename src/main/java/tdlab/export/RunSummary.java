package tdlab.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import tdlab.preset.AtomicFiles;
import tdlab.sim.Frame;
import java.util.List;
import java.util.Map;
import tdlab.family.Families;
import tdlab.family.Outcome;
import tdlab.family.Reference;
import tdlab.family.StageMarks;
import tdlab.train.RunConfig;
import tdlab.sim.RunInfo;

/** The end-of-run summary.json. */
public final class RunSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunSummary() {
    }

    /**
     * Generic keys, then every reference loss of the task family (and its validation-set counterpart), then
     * {@code "scenario"} and {@code "measures"}: the family's named results (docs/scenarios.md). Measures
     * are also written at the top level where no generic key has their name, as files before the
     * measures object had them ({@code minimum}, {@code minimum_tolerance}).
     *
     * @param run            the run's configuration
     * @param scenario       the preset's scenario id (e.g. "S1a"), empty when it names none
     * @param last           the final frame
     * @param stepsPerSecond training throughput over the run (wall clock, evaluation included)
     * @param wallSeconds    wall time of the training loop
     */
    public static ObjectNode of(RunConfig run, String scenario, RunInfo info, Frame last, String preset,
                                double stepsPerSecond, double wallSeconds) {
        return of(run, scenario, info, last, List.of(point(last)), preset, stepsPerSecond, wallSeconds);
    }

    /** The summary of recorded frames (oldest first, the last one the final frame). */
    public static ObjectNode of(RunConfig run, String scenario, RunInfo info, List<Frame> frames, String preset,
                                double stepsPerSecond, double wallSeconds) {
        return of(run, scenario, info, frames.get(frames.size() - 1), frames.stream().map(RunSummary::point).toList(),
                preset, stepsPerSecond, wallSeconds);
    }

    /**
     * The summary with the run's history, for measures that look back (the best validation step, a series'
     * minimum): {@code history} oldest first, ending at {@code last}.
     */
    public static ObjectNode of(RunConfig run, String scenario, RunInfo info, Frame last, List<Outcome.Point> history,
                                String preset, double stepsPerSecond, double wallSeconds) {
        long seed = run.seed();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("preset", preset);
        n.put("name", info.name());
        n.put("seed", seed);
        n.put("backend", info.backend());
        n.put("parameters", info.parameters());
        n.put("steps", last.step());
        put(n, "final_loss", last.valLoss());
        put(n, "final_train_loss", last.trainLoss());
        put(n, "exact_loss", last.exactLoss());
        List<Reference> refs = info.theory().references();
        refs.forEach(r -> put(n, r.key(), r.value()));
        put(n, "uniform_loss", info.theory().uniformLoss());
        refs.stream().filter(r -> r.validationKey() != null).forEach(r -> put(n, r.validationKey(), r.validationValue()));
        if (!refs.isEmpty()) {
            put(n, "gap_to_" + refs.get(0).key(), last.valLoss() - refs.get(0).value());
        }
        int k = last.conditional().length;
        if (k == 2) {
            put(n, "p_hat", last.estimated(0, 1));
            put(n, "q_hat", last.estimated(1, 0));
        }
        ArrayNode est = n.putArray("estimated_transition_matrix");
        for (double[] row : last.conditional()) {
            ArrayNode r = est.addArray();
            for (double v : row) {
                if (Double.isFinite(v)) {
                    r.add(v);
                } else {
                    r.addNull();
                }
            }
        }
        if (last.reduced() != null) {
            ObjectNode red = n.putObject("reduced");
            red.put("e", last.reduced().e());
            red.put("w", last.reduced().w());
            red.put("b", last.reduced().b());
        }
        put(n, "steps_per_second", stepsPerSecond);
        put(n, "wall_seconds", wallSeconds);
        if (last.diverged()) {
            n.put("diverged", last.divergence());
        } else {
            n.putNull("diverged");
        }
        ArrayNode warnings = n.putArray("warnings");
        info.warnings().forEach(warnings::add);
        Map<String, Object> measures = Families.of(run.task()).measures(info.theory(),
                new Outcome(last.step(), last.valLoss(), last.trainLoss(), last.exactLoss(), last.conditional(),
                        last.series(), history, last.learningRates(), StageMarks.starts(run.training())));
        n.put("scenario", scenario);
        ObjectNode m = n.putObject("measures");
        measures.forEach((key, v) -> m.set(key, MAPPER.valueToTree(v)));
        measures.forEach((key, v) -> {
            if (!n.has(key)) {
                n.set(key, MAPPER.valueToTree(v));
            }
        });
        return n;
    }

    /** What the measures keep of a frame (not its checkpoint: a long run's history stays small). */
    public static Outcome.Point point(Frame f) {
        return new Outcome.Point(f.step(), f.valLoss(), f.trainLoss(), f.series());
    }

    public static void write(ObjectNode summary, Path file) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsString(summary) + "\n");
    }

    private static void put(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }
}
