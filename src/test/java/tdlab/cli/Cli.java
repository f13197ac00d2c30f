package tdlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process, as the tests' user would type it, with its progress chatter captured. */
final class Cli {
    private Cli() {
    }

    /** The exit code and what the command printed on standard error. */
    record Outcome(int code, String err) {
    }

    static Outcome exec(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            return new Outcome(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    static int run(String... args) {
        return exec(args).code();
    }
}
