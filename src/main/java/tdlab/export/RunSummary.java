package tdlab.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import tdlab.preset.AtomicFiles;
import tdlab.sim.Frame;
import tdlab.sim.Minimum;
import tdlab.sim.RunInfo;

/** The end-of-run summary.json. */
public final class RunSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunSummary() {
    }

    /**
     * @param last           the final frame
     * @param stepsPerSecond training throughput over the run (wall clock, evaluation included)
     * @param wallSeconds    wall time of the training loop
     */
    public static ObjectNode of(RunInfo info, Frame last, long seed, String preset, double stepsPerSecond,
                                double wallSeconds) {
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
        n.put("entropy_rate", info.entropyRate());
        n.put("unigram_loss", info.unigramLoss());
        n.put("uniform_loss", info.uniformLoss());
        n.put("val_bigram_loss", info.sampleBigram());
        n.put("val_unigram_loss", info.sampleUnigram());
        put(n, "gap_to_entropy_rate", last.valLoss() - info.entropyRate());
        n.put("minimum", Minimum.classify(last.valLoss(), info).key());
        n.put("minimum_tolerance", Minimum.tolerance(info));
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
        return n;
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
