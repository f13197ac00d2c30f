package tdlab.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A golden fixture written by {@code tools/golden/fixture.py} from a paper's own code: weights, one batch,
 * the loss and every gradient there, and the weights after three optimizer steps. Tensors keep the
 * reference's names and its row-major layout.
 */
public record GoldenFixture(String name, JsonNode root) {

    /** Loads {@code src/test/resources/golden/<name>}. */
    public static GoldenFixture load(String name) {
        try (InputStream in = GoldenFixture.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden fixture " + name);
            }
            return new GoldenFixture(name, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode config() {
        return root.get("config");
    }

    public JsonNode optimizer() {
        return root.get("optimizer");
    }

    public double loss() {
        return root.get("loss").asDouble();
    }

    public Map<String, Tensor> params() {
        return tensors(root.get("params"));
    }

    public Map<String, Tensor> grads() {
        return tensors(root.get("grads"));
    }

    public Tensor batch(String key) {
        return Tensor.of(root.get("batch").get(key));
    }

    /** The loss before the (k+1)-th update. */
    public double stepLoss(int k) {
        return root.get("steps").get(k).get("loss").asDouble();
    }

    /** The weights after the (k+1)-th update. */
    public Map<String, Tensor> stepParams(int k) {
        return tensors(root.get("steps").get(k).get("params"));
    }

    public String source() {
        JsonNode s = root.get("source");
        return s.get("repo").asText() + "/" + s.get("path").asText() + "@" + s.get("commit").asText();
    }

    private static Map<String, Tensor> tensors(JsonNode n) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), Tensor.of(e.getValue())));
        return m;
    }

    /** One tensor, row-major. */
    public record Tensor(int[] shape, double[] data) {
        static Tensor of(JsonNode n) {
            JsonNode s = n.get("shape");
            int[] shape = new int[s.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = s.get(i).asInt();
            }
            JsonNode d = n.get("data");
            double[] data = new double[d.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = d.get(i).asDouble();
            }
            return new Tensor(shape, data);
        }

        public int rows() {
            return shape[0];
        }
    }
}
