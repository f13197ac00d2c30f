package tdlab.model;

/** Whether this JVM can use the JDK 17 incubating Vector API, which the launcher and Maven add as a module. */
public final class VectorApi {
    private VectorApi() {
    }

    /**
     * True when the JVM was started with {@code --add-modules jdk.incubator.vector}. Checked before any class that
     * uses the API is loaded: such a class would not link without the module.
     */
    public static boolean present() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
