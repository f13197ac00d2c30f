package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.train.InitConfig;

/** {@code "init": {"scheme", "std", "e0", "w0", "b0"}}, and {@code "params"} with scheme {@code explicit}. */
final class InitSection {
    static final String SCHEME = "scheme";
    static final String STD = "std";
    static final String E0 = "e0";
    static final String W0 = "w0";
    static final String B0 = "b0";
    static final String PARAMS = "params";

    private InitSection() {
    }

    static InitConfig read(JsonFields f) {
        InitConfig.Scheme scheme = f.choice(SCHEME, InitConfig.Scheme.class, null);
        Double std = f.number(STD, InitConfig.DEFAULT_STD, 0, 10);
        Double e0 = f.number(E0, 0.0, -100, 100);
        Double w0 = f.number(W0, 0.0, -100, 100);
        Double b0 = f.number(B0, 0.0, -100, 100);
        double[] params = f.numbers(PARAMS, InitConfig.MAX_EXPLICIT);
        f.rejectUnknown();
        if (scheme == null || std == null || e0 == null || w0 == null || b0 == null || params == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new InitConfig(scheme, std, e0, w0, b0,
                java.util.Arrays.stream(params).boxed().toList()));
    }

    static void write(InitConfig init, ObjectNode n) {
        n.put(SCHEME, SectionJson.key(init.scheme()));
        n.put(STD, init.std());
        n.put(E0, init.e0());
        n.put(W0, init.w0());
        n.put(B0, init.b0());
        if (!init.params().isEmpty()) { // only an explicit start has them: other presets stay as they were
            com.fasterxml.jackson.databind.node.ArrayNode values = n.putArray(PARAMS);
            init.params().forEach(values::add);
        }
    }
}
