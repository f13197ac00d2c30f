package tdlab.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import tdlab.family.Outcome;

/**
 * compare.csv of a comparison: one row per recorded step of any run, then each run's training and validation loss
 * (empty where that run recorded nothing at the step): {@code step,A train_loss,A val_loss,B train_loss,…}.
 */
public final class CompareCsv {
    private CompareCsv() {
    }

    public static void write(Path file, List<String> names, List<List<Outcome.Point>> histories) throws IOException {
        TreeMap<Long, String[]> rows = new TreeMap<>();
        int runs = names.size();
        for (int r = 0; r < runs; r++) {
            for (Outcome.Point p : histories.get(r)) {
                String[] row = rows.computeIfAbsent(p.step(), s -> new String[2 * runs]);
                row[2 * r] = number(p.trainLoss());
                row[2 * r + 1] = number(p.valLoss());
            }
        }
        try (Writer w = Files.newBufferedWriter(file)) {
            StringBuilder head = new StringBuilder("step");
            for (String n : names) {
                head.append(',').append(quoted(n + " train_loss")).append(',').append(quoted(n + " val_loss"));
            }
            w.write(head.append('\n').toString());
            for (var e : rows.entrySet()) {
                StringBuilder line = new StringBuilder(Long.toString(e.getKey()));
                for (String v : e.getValue()) {
                    line.append(',').append(v == null ? "" : v);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v) : "";
    }

    /** RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled. */
    static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
