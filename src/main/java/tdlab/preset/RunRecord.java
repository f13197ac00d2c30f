package tdlab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import tdlab.json.JsonFields;

/**
 * A finished (or paused) run as one JSON file: the preset that reproduces it, every recorded series and a
 * summary. {@link PresetReader} reads it back as its preset.
 */
public final class RunRecord {
    public static final String FORMAT = "tdlab-run";
    public static final int VERSION = 1;
    static final String PRESET = "preset";
    static final String SUMMARY = "summary";
    static final String METRICS = "metrics";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunRecord() {
    }

    /** Writes atomically; {@code metrics} rows and {@code summary} come from the export layer. */
    public static void write(Path file, Preset preset, ArrayNode metrics, ObjectNode summary) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(TopSection.FORMAT, FORMAT);
        root.put(TopSection.VERSION, VERSION);
        root.set(PRESET, PresetWriter.tree(preset));
        root.set(SUMMARY, summary);
        root.set(METRICS, metrics);
        AtomicFiles.write(file, MAPPER.writeValueAsString(root) + "\n");
    }

    /**
     * The wrapper as {@link PresetReader} reads it ({@code format} already read): checks {@code version},
     * passes over the series and the summary, and returns the preset it wraps.
     */
    static JsonFields readWrapper(JsonFields record) {
        record.integer(TopSection.VERSION, null, 1, VERSION);
        record.raw(METRICS);
        record.raw(SUMMARY);
        JsonFields inner = record.object(PRESET, true);
        record.rejectUnknown();
        return inner;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
