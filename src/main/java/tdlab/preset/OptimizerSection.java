package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.train.OptimizerConfig;

/** {@code "training": {"optimizer": {"type", "momentum", "beta1", "beta2", "eps"}}}. */
final class OptimizerSection {
    static final String TYPE = "type";
    static final String MOMENTUM = "momentum";
    static final String BETA1 = "beta1";
    static final String BETA2 = "beta2";
    static final String EPS = "eps";

    private OptimizerSection() {
    }

    static OptimizerConfig read(JsonFields f) {
        OptimizerConfig.Type type = f.choice(TYPE, OptimizerConfig.Type.class, null);
        Double momentum = f.number(MOMENTUM, 0.0, 0, 0.9999);
        Double beta1 = f.number(BETA1, 0.9, 0, 0.9999);
        Double beta2 = f.number(BETA2, 0.999, 0, 0.99999);
        Double eps = f.number(EPS, 1e-8, 1e-300, 1);
        f.rejectUnknown();
        if (type == null || momentum == null || beta1 == null || beta2 == null || eps == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new OptimizerConfig(type, momentum, beta1, beta2, eps));
    }

    static void write(OptimizerConfig o, ObjectNode n) {
        n.put(TYPE, SectionJson.key(o.type()));
        n.put(MOMENTUM, o.momentum());
        n.put(BETA1, o.beta1());
        n.put(BETA2, o.beta2());
        n.put(EPS, o.eps());
    }
}
