package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.export.SweepCsv;
import tdlab.sweep.SweepCell;

/**
 * A sweep split over separate processes, as a cluster or GNU parallel runs it: the shards' processes at once, then
 * the merge, give the unsharded sweep cell for cell; and scripts/sweep-slurm.sh, under a stand-in sbatch that runs
 * its array tasks and then its dependent merge, does the same.
 */
class ClusterSweepTest {
    private static final String PRESET = "presets/s1b-local-to-global-pq-above-one.json";
    /** 25 cells over 3 shards: shards of 9, 8 and 8 cells. */
    private static final String[] GRID = {"--grid", "5", "--steps", "150"};

    @TempDir
    Path dir;

    private static String[] with(String[] head, String... tail) {
        return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
    }

    /** The sweep in this JVM, unsharded. */
    private SweepCsv.Table whole() throws Exception {
        Path out = dir.resolve("whole");
        assertThat(Cli.run(with(with(new String[] {"sweep", "-p", PRESET}, GRID), "-o", out.toString()))).isZero();
        return SweepCsv.read(out.resolve("sweep.csv"));
    }

    private static void assertSameCells(SweepCsv.Table merged, SweepCsv.Table whole) {
        assertThat(merged.spec()).isEqualTo(whole.spec());
        assertThat(merged.cells()).hasSize(25);
        for (int k = 0; k < 25; k++) {
            assertThat(merged.cells().get(k)).as("cell %d", k).isEqualTo(whole.cells().get(k));
        }
    }

    @Test
    void shardsInSeparateProcessesAtOnceMergeIntoTheUnshardedSweep() throws Exception {
        String cp = System.getProperty("java.class.path");
        Path shards = dir.resolve("shards");
        List<Process> running = new ArrayList<>();
        for (int s = 0; s < 3; s++) { // all three started before any is waited for
            running.add(ChildCli.start(cp, with(with(new String[] {"sweep", "-p", PRESET}, GRID), "--threads", "1",
                    "--shard", s + "/3", "-o", shards.toString())));
        }
        List<String> files = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            ChildCli.Result r = ChildCli.finish(running.get(s));
            assertThat(r.code()).as(r.output()).isZero();
            Path f = shards.resolve("sweep-" + s + "-of-3.csv");
            for (SweepCell c : SweepCsv.read(f).cells()) { // each process computed its own cells only
                assertThat(c.index(5) % 3).isEqualTo(s);
            }
            files.add(f.toString());
        }
        Path merged = dir.resolve("merged");
        List<String> merge = new ArrayList<>(List.of("merge", "-o", merged.toString()));
        merge.addAll(files);
        assertThat(Cli.run(merge.toArray(String[]::new))).isZero();
        assertSameCells(SweepCsv.read(merged.resolve("sweep.csv")), whole());
    }

    @Test
    void theSlurmScriptSubmitsOneTaskPerShardAndAMergeAfterThem() throws Exception {
        Path bash = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, "bash")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(bash != null, "no bash on the PATH");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("sbatch.log");
        executable(bin.resolve("tdlab"), "#!/usr/bin/env bash\nexport TDLAB_NO_RELAUNCH=1\nexec "
                + String.join(" ", ChildCli.command(System.getProperty("java.class.path")).stream()
                .map(a -> "'" + a + "'").toList()) + " \"$@\"\n");
        executable(bin.resolve("sbatch"), FAKE_SBATCH);

        Path out = dir.resolve("out");
        ChildCli.Result r = script(bash, bin, log, with(new String[] {PRESET, "5", "3", out.toString()}, "--steps",
                "150", "--threads", "1"));
        String logs = r.output() + "\n" + (Files.exists(log) ? Files.readString(log) : "(no sbatch calls)");
        for (String name : new String[] {"task-0.log", "task-1.log", "task-2.log", "merge.log"}) {
            Path f = dir.resolve(name);
            logs += "\n" + name + ":\n" + (Files.exists(f) ? Files.readString(f) : "(absent)");
        }
        assertThat(r.code()).as(logs).isZero();
        List<String> calls = Files.readAllLines(log);
        assertThat(calls).as(logs).hasSize(2);
        assertThat(calls.get(0)).contains("--array=0-2").contains("--shard-task");
        assertThat(calls.get(1)).contains("--dependency=afterok:4242").contains("--merge-task");
        for (int s = 0; s < 3; s++) {
            assertThat(out.resolve("shards/sweep-" + s + "-of-3.csv")).exists();
        }
        assertThat(out.resolve("sweep.png")).exists();
        assertSameCells(SweepCsv.read(out.resolve("sweep.csv")), whole());

        ChildCli.Result usage = script(bash, bin, log, PRESET, "5");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.output()).contains("usage: scripts/sweep-slurm.sh PRESET GRID SHARDS OUT");
    }

    private ChildCli.Result script(Path bash, Path bin, Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(bash.toString(), "scripts/sweep-slurm.sh"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + File.pathSeparator + env.getOrDefault("PATH", ""));
        env.put("TDLAB", bin.resolve("tdlab").toString());
        env.put("FAKE_SBATCH_LOG", log.toString());
        env.put("FAKE_SBATCH_DIR", dir.toString());
        return ChildCli.finish(pb.start());
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /**
     * Slurm's sbatch, played out on this machine: records its arguments; an array job runs its tasks at once, each
     * with its SLURM_ARRAY_TASK_ID, and prints job id 4242; a job that depends on it (afterok:4242) runs only if
     * every task succeeded.
     */
    private static final String FAKE_SBATCH = """
            #!/usr/bin/env bash
            set -u
            echo "$*" >> "$FAKE_SBATCH_LOG"
            array=""
            dependency=""
            while [[ $# -gt 0 && "$1" == --* ]]; do
                case "$1" in
                    --array=*) array="${1#--array=}" ;;
                    --dependency=*) dependency="${1#--dependency=}" ;;
                esac
                shift
            done
            script="$1"
            shift
            if [[ -n "$array" ]]; then
                pids=()
                for ((i = ${array%-*}; i <= ${array#*-}; i++)); do
                    SLURM_ARRAY_TASK_ID=$i bash "$script" "$@" > "$FAKE_SBATCH_DIR/task-$i.log" 2>&1 &
                    pids+=($!)
                done
                ok=1
                for p in "${pids[@]}"; do wait "$p" || ok=0; done
                echo "$ok" > "$FAKE_SBATCH_DIR/array-ok"
                echo 4242
            else
                if [[ "$dependency" != "afterok:4242" || "$(cat "$FAKE_SBATCH_DIR/array-ok")" != 1 ]]; then
                    echo "dependency '$dependency' not met" >&2
                    exit 1
                fi
                bash "$script" "$@" > "$FAKE_SBATCH_DIR/merge.log" 2>&1 || exit 1
                echo 4243
            fi
            """;
}
