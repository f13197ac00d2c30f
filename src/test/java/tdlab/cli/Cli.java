package tdlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** Runs the command line in-process, as the tests' user would type it, with its progress chatter muted. */
final class Cli {
    private Cli() {
    }

    static int run(String... args) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream()));
        try {
            return Main.commandLine().execute(args);
        } finally {
            System.setErr(err);
        }
    }
}
