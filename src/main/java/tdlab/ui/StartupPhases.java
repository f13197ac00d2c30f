package tdlab.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the window's start reached each step, in seconds after its process started (gui --startup-probe, read back by
 * bench --startup): the toolkit up (the application's start called), the window built, shown, and first drawn. What
 * precedes the process (java -jar's first JVM, which restarts it) is the bench's total minus {@code drawn}.
 */
public record StartupPhases(double toolkit, double built, double shown, double drawn) {
    /** The line bench --startup waits for. */
    public static final String MARKER = "tdlab: first frame drawn";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(MARKER)
            + " \\(s after the process started: toolkit ([0-9.]+), built ([0-9.]+), shown ([0-9.]+), drawn ([0-9.]+)\\)");

    public String line() {
        return String.format(Locale.ROOT, "%s (s after the process started: toolkit %.3f, built %.3f, shown %.3f,"
                + " drawn %.3f)", MARKER, toolkit, built, shown, drawn);
    }

    /** The phases of a line that {@link #line()} wrote; empty for any other line. */
    public static Optional<StartupPhases> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new StartupPhases(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
    }

    /** Seconds since this process started (the operating system's start time, to its clock tick). */
    static double sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> (System.currentTimeMillis() - t.toEpochMilli()) / 1000.0).orElse(Double.NaN);
    }
}
