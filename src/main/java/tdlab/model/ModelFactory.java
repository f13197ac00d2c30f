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
        if (resolve(t, backend) == Backend.PLAIN) {
            return new PlainTransformer(t);
        }
        Nd4jAvailability.message().ifPresent(m -> {
            throw new ConfigException("backend", m + "; use auto or plain");
        });
        try {
            return new Nd4jTransformer(t);
        } catch (LinkageError e) { // the natives are there but do not load (a missing system library, say)
            throw new ConfigException("backend", "ND4J backend unavailable on this machine: its native library did"
                    + " not load (" + e + "); use auto or plain");
        }
    }

    /** The backend AUTO stands for with this configuration: ND4J for wide streams where it can run here. */
    public static Backend resolve(TransformerConfig t, Backend requested) {
        if (requested != Backend.AUTO) {
            return requested;
        }
        return t.width() >= ND4J_MIN_WIDTH && Nd4jAvailability.unavailable().isEmpty() ? Backend.ND4J : Backend.PLAIN;
    }
}
