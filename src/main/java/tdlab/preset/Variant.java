package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run compared with a preset's own (run A): its name and the settings in which it differs, by field path
 * ({@code "training.learning_rate": 0.05}, {@code "init.e0": 0.5}), each value as the preset's JSON holds it.
 *
 * @param name      shown in legends and folder names ("B: lr 0.05")
 * @param overrides field path → JSON value, in the written order
 */
public record Variant(String name, Map<String, JsonNode> overrides) {

    public Variant {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        overrides.forEach((k, v) -> copy.put(k, v.deepCopy()));
        overrides = Collections.unmodifiableMap(copy);
    }
}
