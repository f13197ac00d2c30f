package tdlab.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A golden fixture written by tools/golden (layout of tools/golden/fixture.py): a reference model's weights,
 * one batch, its loss and gradients there, and its weights after three optimizer steps on that batch.
 * Tensor names and shapes are the reference's; each test maps them onto the lab's layout.
 */
record ModelFixture(JsonNode source, JsonNode config, Map<String, Tensor> params, Map<String, Tensor> batch,
                    double loss, Map<String, Tensor> grads, JsonNode optimizer, List<Step> steps) {

    /** A tensor in row-major order. */
    record Tensor(int[] shape, double[] data) {
        double at(int... index) {
            int flat = 0;
            for (int i = 0; i < shape.length; i++) {
                flat = flat * shape[i] + index[i];
            }
            return data[flat];
        }

        int intAt(int... index) {
            return (int) at(index);
        }
    }

    /** One optimizer step: the loss at the weights before it, the weights after it. */
    record Step(double loss, Map<String, Tensor> params) {
    }

    static ModelFixture load(String name) {
        try (InputStream in = ModelFixture.class.getResourceAsStream("/golden/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture golden/" + name + ".json on the test class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Step> steps = new ArrayList<>();
            for (JsonNode s : root.get("steps")) {
                steps.add(new Step(s.get("loss").asDouble(), tensors(s.get("params"))));
            }
            return new ModelFixture(root.get("source"), root.get("config"), tensors(root.get("params")),
                    tensors(root.get("batch")), root.get("loss").asDouble(), tensors(root.get("grads")),
                    root.get("optimizer"), steps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Tensor> tensors(JsonNode node) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> {
            JsonNode shape = f.getValue().get("shape");
            JsonNode data = f.getValue().get("data");
            if (shape == null || data == null) {
                return; // a scalar setting beside the tensors (a batch's sizes, say)
            }
            int[] s = new int[shape.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = shape.get(i).asInt();
            }
            double[] d = new double[data.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = data.get(i).asDouble();
            }
            out.put(f.getKey(), new Tensor(s, d));
        });
        return out;
    }
}
