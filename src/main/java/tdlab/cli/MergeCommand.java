package tdlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tdlab.export.RateSweepCsv;
import tdlab.export.SweepCsv;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;

/** Puts the shards of a sweep back together. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge sweep shard CSVs (same grid; a (p, q)/(w0, e0) sweep or a learning-rate sweep) into sweep.csv and sweep.png. Exit code 2 if the shards do "
                + "not belong together or cells are missing or duplicated.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHARD", arity = "1..*", description = "shard CSV files from 'tdlab sweep --shard'")
    List<Path> shards;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (RateSweepCsv.isShard(shards.get(0))) { // a learning-rate sweep's shards carry their own format line
            return LearningRateSweep.merge(shards, out);
        }
        SweepSpec spec = null;
        TreeMap<Integer, SweepCell> cells = new TreeMap<>();
        for (Path p : shards) {
            SweepCsv.Table t;
            try {
                t = SweepCsv.read(p);
            } catch (java.io.IOException e) {
                System.err.println("tdlab merge: " + e.getMessage());
                return 2;
            }
            if (spec == null) {
                spec = t.spec();
            } else if (!spec.equals(t.spec())) {
                System.err.println("tdlab merge: " + p + " is a different grid: " + SweepCsv.specLine(t.spec())
                        + " vs " + SweepCsv.specLine(spec));
                return 2;
            }
            for (SweepCell c : t.cells()) {
                if (cells.put(c.index(spec.n()), c) != null) {
                    System.err.println("tdlab merge: cell (" + c.i() + ", " + c.j() + ") appears twice (again in " + p
                            + ")");
                    return 2;
                }
            }
        }
        if (cells.size() != spec.cells()) {
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < spec.cells() && missing.size() < 5; k++) {
                if (!cells.containsKey(k)) {
                    missing.add("(" + k % spec.n() + ", " + k / spec.n() + ")");
                }
            }
            System.err.println("tdlab merge: " + (spec.cells() - cells.size()) + " of " + spec.cells()
                    + " cells are missing, e.g. " + String.join(", ", missing) + "; is a shard left out?");
            return 2;
        }
        Files.createDirectories(out);
        List<SweepCell> all = new ArrayList<>(cells.values()); // ordered by cell index
        SweepCsv.write(out.resolve("sweep.csv"), spec, all, "merged from " + shards.size() + " shards");
        SweepCommand.writePng(out.resolve("sweep.png"), spec, all, "merged");
        System.err.println("merged " + all.size() + " cells from " + shards.size() + " shards -> " + out);
        return 0;
    }
}
