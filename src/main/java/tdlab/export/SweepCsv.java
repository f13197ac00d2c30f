package tdlab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.sim.Minimum;
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
            b.append(String.format(Locale.ROOT, "%d,%d,%.9g,%.9g,%s,%s,%.9g,%.9g,%.9g,%.9g%n", c.i(), c.j(), c.x(), c.y(),
                    c.outcome().key(), c.analytic() == null ? "" : c.analytic().key(), c.loss(), c.entropyRate(),
                    c.unigramLoss(), c.relativeGap()));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, b);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static Table read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
            throw new IOException(file + ": not a tdlab sweep file (first line must be \"" + MAGIC + "\")");
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
            try {
                cells.add(new SweepCell(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                        Double.parseDouble(f[8]), minimum(f[4]), f[5].isEmpty() ? null : minimum(f[5])));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (k + 1) + ": " + e.getMessage());
            }
        }
        return new Table(spec, cells);
    }

    private static Minimum minimum(String key) {
        return Minimum.valueOf(key.toUpperCase(Locale.ROOT));
    }

    private static SweepSpec parseSpec(Path file, String line) throws IOException {
        try {
            String[] parts = line.substring(2).split(" ");
            SweepSpec.Mode mode = SweepSpec.Mode.valueOf(parts[0].substring(5).toUpperCase(Locale.ROOT));
            int n = Integer.parseInt(parts[1].substring(2));
            String[] x = parts[2].substring(2).split(":");
            String[] y = parts[3].substring(2).split(":");
            int steps = Integer.parseInt(parts[4].substring(6));
            return new SweepSpec(mode, n, Double.parseDouble(x[0]), Double.parseDouble(x[1]), Double.parseDouble(y[0]),
                    Double.parseDouble(y[1]), steps);
        } catch (RuntimeException e) {
            throw new IOException(file + ":2: cannot read the grid line \"" + line + "\"");
        }
    }
}
