package tdlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tdlab.ui.StartupPhases;

/**
 * bench --startup: the time from starting the app to its first drawn window (issue 14), on the default preset, for
 * each way of starting it: {@code java -jar target/tdlab.jar} (which restarts the JVM once with the Vector API), the
 * same JVM started with the module already (no restart), and the packaged app of {@code mvn -Pdist package} where
 * it was built. Each start is a fresh process; the figure is the median of the rounds. Needs a display (xvfb-run).
 */
final class StartupBench {
    private static final long LIMIT_S = 120;
    private final int rounds;
    private final Path json;

    StartupBench(int rounds, Path json) {
        this.rounds = Math.max(3, rounds);
        this.json = json;
    }

    int call() throws IOException, InterruptedException {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
                .startsWith("windows") && !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            System.err.println("tdlab bench --startup: no display; run it under xvfb-run");
            return 2;
        }
        Path jar = Path.of("target", "tdlab.jar");
        if (!Files.exists(jar)) {
            System.err.println("tdlab bench --startup: " + jar + " not found; run mvn -B package -DskipTests first");
            return 2;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar (restarts once)", List.of(java, "-jar", jar.toString(), "gui", "--startup-probe"));
        List<String> direct = new ArrayList<>(List.of(java, "--add-modules=jdk.incubator.vector"));
        direct.addAll(KernelJit.OPTIONS);
        direct.addAll(List.of("-Dtdlab.launched=true", "-cp", jar.toString(), Main.class.getName(), "gui",
                "--startup-probe"));
        ways.put("java with the module (no restart)", direct);
        Path image = Path.of("target", "dist", "tdlab", "bin", "tdlab");
        if (Files.isExecutable(image)) {
            ways.put("packaged app (mvn -Pdist)", List.of(image.toString(), "gui", "--startup-probe"));
        }
        System.out.printf(Locale.ROOT, "Startup bench: Java %s, %d cores; load average before: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WholeRuns.loadAverage());
        Map<String, List<Start>> samples = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) { // interleaved, so a busy moment does not fall on one way only
            for (var w : ways.entrySet()) {
                samples.computeIfAbsent(w.getKey(), k -> new ArrayList<>()).add(once(w.getValue()));
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        double base = Double.NaN;
        for (var e : samples.entrySet()) {
            List<Start> starts = e.getValue();
            double m = median(starts, Start::seconds);
            medians.put(e.getKey(), m);
            if (Double.isNaN(base)) {
                base = m;
            }
            System.out.printf(Locale.ROOT, "%-36s %6.2f s to the first drawn window (median of %d) = %.2fx the first%n",
                    e.getKey(), m, starts.size(), m / base);
            // the app's own times, after its (last) process started: where the seconds went
            System.out.printf(Locale.ROOT, "%36s toolkit up %.2f s, window built %.2f s, shown %.2f s, drawn %.2f s%n",
                    "", median(starts, s -> s.phases().toolkit()), median(starts, s -> s.phases().built()),
                    median(starts, s -> s.phases().shown()), median(starts, s -> s.phases().drawn()));
        }
        if (json != null) {
            Map<String, Number> figures = new LinkedHashMap<>();
            medians.forEach((k, v) -> figures.put(k, v));
            WholeRuns.writeReport(json, figures);
        }
        return 0;
    }

    /** One start: seconds from starting the process to its marker line, and the app's own times. */
    private record Start(double seconds, StartupPhases phases) {
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> what) {
        return WholeRuns.median(starts.stream().mapToDouble(what).toArray());
    }

    /** One start of the app; the process is gone when this returns. */
    private static Start once(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("TDLAB_NO_RELAUNCH");
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder said = new StringBuilder();
            while ((line = in.readLine()) != null) {
                said.append("\n  ").append(line);
                var phases = StartupPhases.parse(line);
                if (phases.isPresent()) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    p.waitFor(LIMIT_S, TimeUnit.SECONDS);
                    return new Start(s, phases.get());
                }
            }
            throw new IOException("the app ended without drawing a window: " + String.join(" ", command) + said);
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
    }
}
