package tdlab.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Restarts the JVM once with what the engine needs but {@code java -jar} cannot set: the incubating
 * Vector API module and the JIT directives ({@link KernelJit}) for the fused kernels, and OMP_NUM_THREADS=1 for ND4J (its default OpenMP threading
 * ran 47× slower on two busy cores), and for the window its class archive ({@link ClassArchive}) and collector
 * ({@link DesktopMemory}). Set TDLAB_NO_RELAUNCH=1 to skip it.
 */
final class Launcher {
    static final String MARKER = "tdlab.launched";
    /** The heap the app gets unless the user asks for another: a 16-head S5c or four compared runs fit in it. */
    static final String HEAP_LIMIT = "-Xmx1g";

    private Launcher() {
    }

    /**
     * The child's command line: the same java executable (java.exe on Windows) and JVM options, the module, the
     * marker, the class path and the arguments, each one element: ProcessBuilder quotes elements with spaces for
     * the platform, so a path such as "C:\\Program Files\\tdlab" must never be quoted or split here.
     */
    static List<String> command(String java, List<String> jvmOptions, boolean vectorPresent, String classPath,
                                String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (String a : jvmOptions) {
            if (!a.startsWith("-agentlib:jdwp")) { // a debugger stays with the parent
                cmd.add(a);
            }
        }
        if (!vectorPresent) {
            cmd.add("--add-modules=jdk.incubator.vector");
        }
        cmd.addAll(KernelJit.missingFrom(jvmOptions));
        if (jvmOptions.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAMPercentage"))) {
            // without a cap the JVM may take a quarter of the machine's memory and keep what it once used
            cmd.add(HEAP_LIMIT);
        }
        cmd.add("-D" + MARKER + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs the program in a child JVM if needed and returns its exit code, or −1 to go on in this JVM. */
    static int relaunchIfNeeded(String[] args) {
        boolean vector = tdlab.model.VectorApi.present();
        boolean omp = "1".equals(System.getenv("OMP_NUM_THREADS"));
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean jit = KernelJit.missingFrom(given).isEmpty();
        if ((vector && omp && jit) || System.getProperty(MARKER) != null
                || System.getenv("TDLAB_NO_RELAUNCH") != null) {
            return -1;
        }
        String java = ProcessHandle.current().info().command().orElse(null);
        if (java == null) {
            System.err.println("tdlab: this JVM does not say where its java executable is, so it cannot restart with"
                    + " the Vector API; continuing with the scalar kernels");
            return -1;
        }
        List<String> jvm = new ArrayList<>(given);
        if (System.getenv("TDLAB_NO_CDS") == null) {
            jvm.addAll(ClassArchive.options(args, ClassArchive.folder(System.getProperty("os.name", ""),
                    Path.of(System.getProperty("user.home", ".")), System.getenv()), System.getProperty("java.class.path"),
                    System.getProperty("java.version")));
        }
        jvm.addAll(DesktopMemory.options(args, jvm));
        List<String> cmd = command(java, jvm, vector, System.getProperty("java.class.path"), args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = pb.environment();
        env.put("OMP_NUM_THREADS", "1");
        try {
            Process p = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p.waitFor();
        } catch (Exception e) {
            System.err.println("tdlab: could not restart the JVM with the Vector API (" + e.getMessage()
                    + "); continuing with the scalar kernels");
            return -1;
        }
    }
}
