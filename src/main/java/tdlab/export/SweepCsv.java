package tdlab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.preset.AtomicFiles;
import tdlab.family.markov.Minimum;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;

/**
 * A sweep's cells as CSV, with the grid in comment lines so that shards can be checked and merged:
 * <pre>
 * # tdlab-sweep 1
 * # mode=pq n=20 x=0.0:1.0 y=0.0:1.0 steps=1500
 * i,j,x,y,outcome,analytic,loss,entropy_rate,unigram_loss,relative_gap
 * </pre>
 */
public final class SweepCsv {
    public static final String MAGIC = "# tdlab-sweep 1";
    public static final String HEADER = "i,j,x,y,outcome,analytic,loss,entropy_rate,unigram_loss,relative_gap";

    private SweepCsv() {
    }

    public record Table(SweepSpec spec, List<SweepCell> cells) {
    }

    public static String specLine(SweepSpec s) {
        return String.format(Locale.ROOT, "# mode=%s n=%d x=%s:%s y=%s:%s steps=%d", s.mode().name().toLowerCase(Locale.ROOT),
                s.n(), s.xMin(), s.xMax(), s.yMin(), s.yMax(), s.steps());
    }

    /** Writes atomically (temporary file, then rename). */
    public static void write(Path file, SweepSpec spec, List<SweepCell> cells, String comment) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(MAGIC).append('\n').append(specLine(spec)).append('\n');
        if (comment != null && !comment.isBlank()) {
            b.append("# ").append(comment.replace('\n', ' ')).append('\n');
        }
        b.append(HEADER).append('\n');
        for (SweepCell c : cells) {
            // the losses to the last bit (17 digits): merged shards then give the unsharded file's relative gaps,
            // which read from 9 rounded digits differed in their fifth (a gap of 1e-7 is a difference of 1e-9 loss)
            b.append(String.format(Locale.ROOT, "%d,%d,%.9g,%.9g,%s,%s,%.17g,%.17g,%.17g,%.9g%n", c.i(), c.j(), c.x(), c.y(),
                    c.outcome().key(), c.analytic() == null ? "" : c.analytic().key(), c.loss(), c.entropyRate(),
                    c.unigramLoss(), c.relativeGap()));
        }
        AtomicFiles.write(file, b.toString());
    }

    /** Reads a sweep file; an IOException names the file, the line and the column or key that is wrong. */
    public static Table read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
            throw new IOException(file + ": not a tdlab sweep file (first line must be \"" + MAGIC + "\")");
        }
        if (lines.size() < 2) {
            throw new IOException(file + ": the grid line (line 2) is missing");
        }
        SweepSpec spec = parseSpec(file, lines.get(1));
        List<SweepCell> cells = new ArrayList<>();
        for (int k = 2; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.startsWith("#") || line.equals(HEADER) || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 10) {
                throw new IOException(file + ":" + (k + 1) + ": expected 10 columns, got " + f.length);
            }
            String where = file + ":" + (k + 1) + ": ";
            int i = integer(f[0], where + "i");
            int j = integer(f[1], where + "j");
            if (i < 0 || i >= spec.n() || j < 0 || j >= spec.n()) {
                throw new IOException(where + "cell (" + i + ", " + j + ") is outside the " + spec.n() + "×" + spec.n()
                        + " grid");
            }
            cells.add(new SweepCell(i, j, number(f[2], where + "x"), number(f[3], where + "y"),
                    number(f[6], where + "loss"), number(f[7], where + "entropy_rate"),
                    number(f[8], where + "unigram_loss"), minimum(f[4], where + "outcome"),
                    f[5].isEmpty() ? null : minimum(f[5], where + "analytic")));
        }
        return new Table(spec, cells);
    }

    private static int integer(String text, String what) throws IOException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IOException(what + ": \"" + text + "\" is not a whole number");
        }
    }

    private static double number(String text, String what) throws IOException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IOException(what + ": \"" + text + "\" is not a number");
        }
    }

    private static Minimum minimum(String key, String what) throws IOException {
        for (Minimum m : Minimum.values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        throw new IOException(what + ": \"" + key + "\" is not global, local or none");
    }

    /** "# mode=pq n=20 x=0.0:1.0 y=0.0:1.0 steps=1500", read key by key. */
    private static SweepSpec parseSpec(Path file, String line) throws IOException {
        String where = file + ":2: ";
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        for (String part : line.replaceFirst("^#\\s*", "").split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        for (String key : List.of("mode", "n", "x", "y", "steps")) {
            if (!kv.containsKey(key)) {
                throw new IOException(where + "the grid line lacks " + key + "=…: \"" + line + "\"");
            }
        }
        SweepSpec.Mode mode = switch (kv.get("mode")) {
            case "pq" -> SweepSpec.Mode.PQ;
            case "init" -> SweepSpec.Mode.INIT;
            default -> throw new IOException(where + "mode: \"" + kv.get("mode") + "\" is not pq or init");
        };
        double[] x = range(kv.get("x"), where + "x");
        double[] y = range(kv.get("y"), where + "y");
        try {
            return new SweepSpec(mode, integer(kv.get("n"), where + "n"), x[0], x[1], y[0], y[1],
                    integer(kv.get("steps"), where + "steps"));
        } catch (tdlab.task.ConfigException e) {
            throw new IOException(where + e.getMessage());
        }
    }

    private static double[] range(String text, String what) throws IOException {
        String[] ab = text.split(":");
        if (ab.length != 2) {
            throw new IOException(what + ": \"" + text + "\" is not a range A:B");
        }
        return new double[] {number(ab[0], what), number(ab[1], what)};
    }
}
