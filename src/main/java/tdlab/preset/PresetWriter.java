package tdlab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import tdlab.train.RunConfig;

/**
 * Writes a {@link Preset} as explicit version-1 JSON that {@link PresetReader} reads back to an equal run.
 * Each section writes its own keys, the same constants its reader reads; this class walks them in the
 * order of format version 1's files.
 */
public final class PresetWriter {
    public static final String APP_VERSION = "0.1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PresetWriter() {
    }

    public static String toJson(Preset preset) {
        try {
            return MAPPER.writeValueAsString(tree(preset)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a preset", e);
        }
    }

    /** Writes atomically: a temporary file in the same folder, then a rename over the target. */
    public static void write(Preset preset, Path file) throws IOException {
        AtomicFiles.write(file, toJson(preset));
    }

    /** The preset as a JSON tree (the run record embeds it). */
    /**
     * The run's own sections as a preset writes them (task, model, backend, init, training, seed, probe length),
     * without the head, view or classroom: what two runs' settings are compared by, field path by field path.
     */
    public static ObjectNode runTree(RunConfig run) {
        ObjectNode root = MAPPER.createObjectNode();
        TaskSections.write(run.task(), root.putObject(TopSection.TASK));
        ModelSections.write(run.model(), root.putObject(TopSection.MODEL));
        TopSection.writeBackend(run, root);
        InitSection.write(run.init(), root.putObject(TopSection.INIT));
        TrainingSection.write(run.training(), root.putObject(TopSection.TRAINING));
        TopSection.writeSeedAndProbeLength(run, root);
        return root;
    }

    public static ObjectNode tree(Preset preset) {
        ObjectNode root = MAPPER.createObjectNode();
        TopSection.writeHead(preset, root);
        root.setAll(runTree(preset.run()));
        ViewSection.write(preset.view(), root.putObject(TopSection.VIEW));
        ClassroomSection.write(preset.classroom(), root.putObject(TopSection.CLASSROOM));
        if (preset.sweep() != null) { // optional: files without a sweep stay as they were
            SweepSection.write(preset.sweep(), root.putObject(TopSection.SWEEP));
        }
        if (!preset.variants().isEmpty()) { // optional too
            CompareSection.write(preset.variants(), root.putArray(TopSection.COMPARE));
        }
        return root;
    }
}
