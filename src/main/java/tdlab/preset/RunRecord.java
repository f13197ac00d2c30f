package tdlab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A finished (or paused) run as one JSON file: the preset that reproduces it, every recorded series and a
 * summary. {@link PresetReader} reads it back as its preset.
 */
public final class RunRecord {
    public static final String FORMAT = "tdlab-run";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunRecord() {
    }

    /** Writes atomically; {@code metrics} rows and {@code summary} come from the export layer. */
    public static void write(Path file, Preset preset, ArrayNode metrics, ObjectNode summary) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("preset", PresetWriter.tree(preset));
        root.set("summary", summary);
        root.set("metrics", metrics);
        AtomicFiles.write(file, MAPPER.writeValueAsString(root) + "\n");
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
