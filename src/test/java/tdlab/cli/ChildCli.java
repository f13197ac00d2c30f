package tdlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line in a child JVM: this JVM's java with the Vector API, headless, without the launcher's restart. */
final class ChildCli {
    private ChildCli() {
    }

    /** The exit code and everything the child printed. */
    record Result(int code, String output) {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java … -cp classPath tdlab.cli.Main}, the arguments to follow. */
    static List<String> command(String classPath) {
        List<String> cmd = new ArrayList<>(List.of(java(), "--add-modules=jdk.incubator.vector"));
        cmd.addAll(KernelJit.OPTIONS);
        cmd.addAll(List.of("-Djava.awt.headless=true", "-cp", classPath, Main.class.getName()));
        return cmd;
    }

    /** Starts {@code tdlab args…} on {@code classPath}, its error stream merged into its output. */
    static Process start(String classPath, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(command(classPath));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TDLAB_NO_RELAUNCH", "1");
        return pb.start();
    }

    /** Waits for a started child (at most two minutes) and collects what it printed. */
    static Result finish(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out + "\n(timed out)");
        }
        return new Result(p.exitValue(), out);
    }

    static Result run(String classPath, String... args) throws IOException, InterruptedException {
        return finish(start(classPath, args));
    }
}
