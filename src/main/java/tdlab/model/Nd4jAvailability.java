package tdlab.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether this machine can run the ND4J backend, found without loading ND4J: the plain backend is the default and
 * must work where ND4J's jars or its native library for this platform are missing (a macOS or Windows build made
 * without natives, a trimmed class path). Loading ND4J's natives takes seconds and hundreds of MB, so the check
 * only looks for its classes and for the native library's resource; a library that is there but fails to load is
 * reported when the backend is built ({@link ModelFactory}).
 */
public final class Nd4jAvailability {
    /** A class of nd4j-native, looked up without initialising it (initialising loads the natives). */
    static final String NATIVE_CLASS = "org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu";
    static final String LIBRARY = "jnind4jcpu";

    private Nd4jAvailability() {
    }

    /** Empty when the ND4J backend can be tried here, else why not, in words for the user. */
    public static Optional<String> unavailable() {
        return Cached.REASON;
    }

    /** "ND4J backend unavailable on this machine: ‹reason›", or empty. */
    public static Optional<String> message() {
        return unavailable().map(r -> "ND4J backend unavailable on this machine: " + r);
    }

    /**
     * JavaCPP's name for a platform ({@code linux-x86_64}, {@code macosx-arm64}, {@code windows-x86_64}, …) from the
     * JVM's {@code os.name} and {@code os.arch}; empty for a platform ND4J 1.0.0-M2.1 publishes no natives for.
     */
    public static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String family = os.startsWith("linux") ? "linux"
                : os.startsWith("mac") || os.startsWith("darwin") ? "macosx"
                : os.startsWith("windows") ? "windows" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        if (family == null || arch == null || family.equals("windows") && arch.equals("arm64")) {
            return Optional.empty();
        }
        return Optional.of(family + "-" + arch);
    }

    /** The resource path of the native library for a platform, e.g. ...bindings/linux-x86_64/libjnind4jcpu.so. */
    static String libraryResource(String platform) {
        String file = platform.startsWith("windows") ? LIBRARY + ".dll"
                : platform.startsWith("macosx") ? "lib" + LIBRARY + ".dylib" : "lib" + LIBRARY + ".so";
        return "org/nd4j/linalg/cpu/nativecpu/bindings/" + platform + "/" + file;
    }

    /** The check itself, with what it reads passed in (tests give it other platforms and class paths). */
    static Optional<String> check(ClassLoader loader, String osName, String osArch) {
        try {
            Class.forName(NATIVE_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("the ND4J jars are not on the class path");
        }
        Optional<String> platform = platform(osName, osArch);
        if (platform.isEmpty()) {
            return Optional.of("ND4J 1.0.0-M2.1 has no native library for " + osName + " on " + osArch);
        }
        if (loader.getResource(libraryResource(platform.get())) == null) {
            return Optional.of("the build holds no ND4J native library for " + platform.get()
                    + " (build with -Djavacpp.platform=" + platform.get() + ")");
        }
        return Optional.empty();
    }

    /** Computed once per process: neither the class path nor the platform change while it runs. */
    private static final class Cached {
        static final Optional<String> REASON = check(Nd4jAvailability.class.getClassLoader(),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
