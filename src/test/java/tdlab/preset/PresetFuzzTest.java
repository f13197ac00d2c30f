package tdlab.preset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tdlab.sim.Frame;
import tdlab.ui.SessionViewModel;

/** Randomly broken presets: every one is either read or refused with messages, never an uncaught exception. */
class PresetFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void thousandMutatedPresetsGetAMessageAndLeaveTheSessionUnchanged() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String name : List.of("s1a-local-to-global-pq-below-one", "s2b-simple-transformer-rank-one-init")) {
            sources.add(Files.readString(Path.of("presets", name + ".json")));
        }
        Preset start = PresetReader.read(Path.of("presets", "s1c-local-to-global-recommended-init.json"));
        try (SessionViewModel session = new SessionViewModel(start)) {
            session.awaitIdle(10_000);
            session.poll();
            Frame before = session.frameProperty().get();
            SplittableRandom r = new SplittableRandom(42);
            int refused = 0;
            for (int k = 0; k < 1000; k++) {
                String text = mutate(sources.get(k % sources.size()), r);
                try {
                    Preset p = PresetReader.parse(text, "mutant " + k);
                    assertThat(p.run()).isNotNull(); // a harmless mutation: still a complete, valid preset
                } catch (PresetException e) {
                    refused++;
                    assertThat(e.problems()).as("mutant %d", k).isNotEmpty().allSatisfy(m ->
                            assertThat(m).isNotBlank());
                }
                // what the window does on a refused load: nothing; the running session is untouched
                assertThat(session.preset()).isSameAs(start);
            }
            session.poll();
            assertThat(session.frameProperty().get()).isSameAs(before);
            assertThat(refused).isGreaterThan(600);
        }
    }

    private static String mutate(String source, SplittableRandom r) throws Exception {
        int kind = r.nextInt(7);
        if (kind == 0) { // truncated text
            return source.substring(0, r.nextInt(source.length()));
        }
        JsonNode root = MAPPER.readTree(source);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        ContainerNode<?> target = (ContainerNode<?>) containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode obj && obj.size() > 0) {
            List<String> keys = new ArrayList<>();
            obj.fieldNames().forEachRemaining(keys::add);
            String key = keys.get(r.nextInt(keys.size()));
            switch (kind) {
                case 1 -> obj.remove(key); // deleted field
                case 2 -> obj.set(key, wrongType(obj.get(key), r)); // wrong type
                case 3 -> obj.put(key, extreme(r)); // out of range
                case 4 -> obj.set(key, hugeArray(r)); // huge array
                case 5 -> obj.put("unexpected_" + r.nextInt(100), 1); // unknown field
                default -> {
                    return MAPPER.writeValueAsString(root).replaceFirst("\\d+\\.\\d+", "NaN"); // NaN (not JSON)
                }
            }
        } else if (target instanceof ArrayNode arr && arr.size() > 0) {
            int i = r.nextInt(arr.size());
            switch (kind) {
                case 1 -> arr.remove(i);
                case 2 -> arr.set(i, wrongType(arr.get(i), r));
                case 3 -> arr.set(i, F.numberNode(extreme(r)));
                default -> arr.add(hugeArray(r));
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.forEach(c -> collect(c, out));
        }
    }

    private static JsonNode wrongType(JsonNode n, SplittableRandom r) {
        if (n != null && n.isNumber()) {
            return r.nextBoolean() ? F.textNode("twelve") : F.booleanNode(true);
        }
        if (n != null && n.isTextual()) {
            return r.nextBoolean() ? F.numberNode(3) : F.arrayNode();
        }
        if (n != null && n.isContainerNode()) {
            return F.textNode("a string where a structure belongs");
        }
        return F.objectNode();
    }

    private static double extreme(SplittableRandom r) {
        double[] values = {-1, -1e300, 1e300, 0, 2, 1e9, -0.5, 7e-320};
        return values[r.nextInt(values.length)];
    }

    private static ArrayNode hugeArray(SplittableRandom r) {
        ArrayNode a = F.arrayNode();
        int n = 5000 + r.nextInt(5000);
        for (int i = 0; i < n; i++) {
            a.add(0.5);
        }
        return a;
    }
}
