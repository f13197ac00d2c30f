package tdlab.model;

/** Which implementation computes a transformer's forward and backward passes. */
public enum Backend {
    /** The faster of the two for the model's shape. */
    AUTO,
    /** Fused plain-Java kernels: fastest for the small shapes of the scenarios. */
    PLAIN,
    /** ND4J arrays: the reference implementation and the route to large shapes. */
    ND4J
}
