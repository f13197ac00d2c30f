package tdlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * bench --soak MINUTES: the app plays S2c, then S1a, at full speed for that long each (a fresh process each, through
 * {@code java -jar} as a user starts it) and prints its resident memory, heap in use and steps trained each minute, as
 * they come
 * (issue 14: what grows while a class watches). Needs a display (xvfb-run).
 */
final class SoakBench {
    private static final List<String> PRESETS = List.of("s2c-simple-transformer-pq-below-one",
            "s1a-local-to-global-pq-below-one");
    private final double minutes;

    SoakBench(double minutes) {
        this.minutes = minutes;
    }

    int call() throws IOException, InterruptedException {
        Path jar = Path.of("target", "tdlab.jar");
        if (!Files.exists(jar)) {
            System.err.println("tdlab bench --soak: " + jar + " not found; run mvn -B package -DskipTests first");
            return 2;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf(Locale.ROOT, "Soak bench: %.1f min of play at full speed per preset; load average before: %s%n",
                minutes, WholeRuns.loadAverage());
        for (String preset : PRESETS) {
            Path out = Files.createTempFile("tdlab-soak", ".txt");
            Process p = new ProcessBuilder(java, "-jar", jar.toString(), "gui", "--preset",
                    Path.of("presets", preset + ".json").toString(), "--soak", Double.toString(minutes), "--soak-out",
                    out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            System.out.println(preset + ":");
            System.out.println("   minute   resident MB   heap in use MB        steps");
            long deadline = System.nanoTime() + (long) ((minutes * 60 + 120) * 1e9);
            int printed = 0;
            boolean done = false;
            while (!done) { // the app writes a line a minute: print each as it comes
                done = p.waitFor(5, TimeUnit.SECONDS);
                List<String> lines = Files.readAllLines(out);
                for (String line : lines.subList(Math.min(printed, lines.size()), lines.size())) {
                    String[] f = line.split(" ");
                    System.out.printf(Locale.ROOT, "%9s %13.0f %16.0f %12s%n", f[0], Long.parseLong(f[1]) / 1024.0,
                            Long.parseLong(f[2]) / 1024.0, f[3]);
                }
                printed = Math.max(printed, lines.size());
                if (!done && System.nanoTime() > deadline) {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                    System.err.println("tdlab bench --soak: " + preset + " did not finish in time");
                    return 1;
                }
            }
            Files.deleteIfExists(out);
        }
        return 0;
    }
}
