package tdlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;

/** What the scenario benches (S4, S5, S6) share: timing a whole run, the median of rounds, the load, the report. */
final class WholeRuns {
    private WholeRuns() {
    }

    /** One run from a fresh trainer to its last step, in seconds (training steps only, no frames). */
    static double seconds(RunConfig cfg) {
        long t0 = System.nanoTime();
        Trainer t = new Trainer(cfg);
        while (!t.finished()) {
            t.step();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The machine's load average before the bench: the figures mean little on a busy machine. */
    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    /** Writes the figures as a JSON object, in the given order. */
    static void writeReport(Path json, Map<String, ? extends Number> figures) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        figures.forEach((k, v) -> report.putPOJO(k, v));
        Files.writeString(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    }
}
