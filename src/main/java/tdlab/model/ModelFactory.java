package tdlab.model;

import tdlab.model.nd4j.Nd4jTransformer;
import tdlab.model.plain.PlainTransformer;
import tdlab.task.ConfigException;

/** Builds the implementation of a {@link ModelSpec} on the requested backend. */
public final class ModelFactory {
    /**
     * Stream width from which ND4J's batched kernels beat the fused plain kernels. Below it ND4J's
     * per-op overhead (7–27 µs) and its materialised T×T attention dominate (perf.md §4).
     */
    public static final int ND4J_MIN_WIDTH = 256;

    private ModelFactory() {
    }

    public static TrainableModel create(ModelSpec spec, Backend backend) {
        return spec.create(backend);
    }

    /** Only the backends that implement a model family with its own plain implementation. */
    public static void requirePlain(ModelSpec spec, Backend backend) {
        ConfigException.require(backend != Backend.ND4J, "model.backend",
                "the " + spec.kind() + " model has only the plain backend; use auto or plain");
    }

    static TrainableModel transformer(TransformerConfig t, Backend backend) {
        return switch (resolve(t, backend)) {
            case ND4J -> new Nd4jTransformer(t);
            default -> new PlainTransformer(t);
        };
    }

    /** The backend AUTO stands for with this configuration. */
    public static Backend resolve(TransformerConfig t, Backend requested) {
        if (requested != Backend.AUTO) {
            return requested;
        }
        return t.width() >= ND4J_MIN_WIDTH ? Backend.ND4J : Backend.PLAIN;
    }
}
