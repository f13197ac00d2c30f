package tdlab.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tdlab.preset.AtomicFiles;
import tdlab.family.classes.RateGrid;
import tdlab.sweep.RateCell;
import tdlab.task.ConfigException;

/**
 * A learning-rate sweep as CSV, one row per cell in grid order (η_Z-major). The whole sweep's file is plain CSV
 * with exactly the columns {@link #HEADER}, so any CSV reader plots Fig. 6 from it. A shard's file carries two
 * comment lines before the header, the format and the grid, so that {@code tdlab merge} can check that shards
 * belong together and that no cell is missing:
 * <pre>
 * # tdlab-rate-sweep 1
 * # eta_z=0.5;1;2;3 eta_ratio=1;2;5;10 seeds=3 steps=100
 * eta_z,eta_ratio,seeds,dt_entropy_mean,dt_entropy_sd
 * </pre>
 * {@code seeds} counts the runs that went into the row (diverged or cancelled runs do not); the sd is the sample
 * standard deviation, NaN with fewer than two runs.
 */
public final class RateSweepCsv {
    public static final String MAGIC = "# tdlab-rate-sweep 1";
    public static final String HEADER = "eta_z,eta_ratio,seeds,dt_entropy_mean,dt_entropy_sd";

    private RateSweepCsv() {
    }

    /** A shard's grid and training length with its cells. */
    public record Table(RateGrid grid, int steps, List<RateCell> cells) {
    }

    /** Whether the file starts as a shard of a learning-rate sweep (what {@code merge} asks first). */
    public static boolean isShard(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().map(MAGIC::equals).orElse(false);
        }
    }

    public static String gridLine(RateGrid g, int steps) {
        return "# eta_z=" + join(g.etaZ()) + " eta_ratio=" + join(g.etaRatio()) + " seeds=" + g.seeds() + " steps="
                + steps;
    }

    /** The whole sweep: header and rows only. Written atomically. */
    public static void write(Path file, List<RateCell> cells) throws IOException {
        AtomicFiles.write(file, HEADER + "\n" + rows(cells));
    }

    /** One shard: format and grid lines, header, rows. Written atomically. */
    public static void writeShard(Path file, RateGrid grid, int steps, List<RateCell> cells) throws IOException {
        AtomicFiles.write(file, MAGIC + "\n" + gridLine(grid, steps) + "\n" + HEADER + "\n" + rows(cells));
    }

    private static String rows(List<RateCell> cells) {
        StringBuilder b = new StringBuilder();
        for (RateCell c : cells) {
            b.append(rate(c.etaZ())).append(',').append(rate(c.etaRatio())).append(',').append(c.seeds())
                    .append(String.format(Locale.ROOT, ",%.9g,%.9g%n", c.mean(), c.sd()));
        }
        return b.toString();
    }

    /** Reads a shard file; an IOException names the file, the line and what is wrong. */
    public static Table readShard(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.size() < 3 || !lines.get(0).equals(MAGIC)) {
            throw new IOException(file + ": not a learning-rate sweep shard (first line must be \"" + MAGIC + "\")");
        }
        String where = file + ":2: ";
        Map<String, String> kv = new HashMap<>();
        for (String part : lines.get(1).replaceFirst("^#\\s*", "").split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        for (String key : List.of("eta_z", "eta_ratio", "seeds", "steps")) {
            if (!kv.containsKey(key)) {
                throw new IOException(where + "the grid line lacks " + key + "=…: \"" + lines.get(1) + "\"");
            }
        }
        RateGrid grid;
        try {
            grid = new RateGrid(list(kv.get("eta_z"), where + "eta_z"), list(kv.get("eta_ratio"), where + "eta_ratio"),
                    integer(kv.get("seeds"), where + "seeds"));
        } catch (ConfigException e) {
            throw new IOException(where + e.getMessage());
        }
        int steps = integer(kv.get("steps"), where + "steps");
        if (!lines.get(2).equals(HEADER)) {
            throw new IOException(file + ":3: expected the header " + HEADER);
        }
        List<RateCell> cells = new ArrayList<>();
        for (int k = 3; k < lines.size(); k++) {
            if (lines.get(k).isBlank()) {
                continue;
            }
            String at = file + ":" + (k + 1) + ": ";
            String[] f = lines.get(k).split(",", -1);
            if (f.length != 5) {
                throw new IOException(at + "expected 5 columns, got " + f.length);
            }
            double z = number(f[0], at + "eta_z");
            double r = number(f[1], at + "eta_ratio");
            int iz = grid.etaZ().indexOf(z);
            int ir = grid.etaRatio().indexOf(r);
            if (iz < 0 || ir < 0) {
                throw new IOException(at + "(" + f[0] + ", " + f[1] + ") is not a cell of the grid");
            }
            cells.add(new RateCell(iz * grid.etaRatio().size() + ir, z, r, integer(f[2], at + "seeds"),
                    number(f[3], at + "dt_entropy_mean"), number(f[4], at + "dt_entropy_sd")));
        }
        return new Table(grid, steps, cells);
    }

    /** 0.5, 1, 10: a rate as the user typed it, not 1.0E1. */
    private static String rate(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String join(List<Double> values) {
        return String.join(";", values.stream().map(RateSweepCsv::rate).toList());
    }

    private static List<Double> list(String text, String what) throws IOException {
        List<Double> out = new ArrayList<>();
        for (String s : text.split(";")) {
            out.add(number(s, what));
        }
        return out;
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
}
