package tdlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * bench --soak: the app plays its preset at full speed for some minutes (starting again from step 0 whenever the run
 * ends) and records, once a minute and at the end, the process's resident memory, the heap in use and the steps
 * trained, into a file the command line prints. What grows over minutes of play is what a classroom's laptop runs
 * out of (the timeline's checkpoints, chart series, image caches).
 */
final class MemorySoak {
    private MemorySoak() {
    }

    static void run(SessionViewModel vm, double minutes, Path out) {
        vm.speedProperty().set(SessionViewModel.MAX_SPEED);
        vm.togglePlay();
        long start = System.nanoTime();
        long[] next = {start};
        long[] steps = {0, 0}; // total before the current run, last seen step
        List<String> lines = new ArrayList<>();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long step = vm.stepProperty().get();
                if (step < steps[1]) { // a new run after the last one finished
                    steps[0] += steps[1];
                }
                steps[1] = step;
                if (vm.statusProperty().get() == tdlab.sim.Simulation.Status.FINISHED) {
                    vm.reset();
                    vm.togglePlay();
                }
                boolean end = now - start >= minutes * 60e9;
                if (now >= next[0] || end) {
                    next[0] += 60_000_000_000L;
                    Runtime rt = Runtime.getRuntime();
                    lines.add(String.format(Locale.ROOT, "%.1f %d %d %d", (now - start) / 60e9, residentKb(),
                            (rt.totalMemory() - rt.freeMemory()) / 1024, steps[0] + steps[1]));
                    try { // each minute, whole (bench --soak reads it meanwhile and prints the lines as they come)
                        tdlab.preset.AtomicFiles.write(out, String.join("\n", lines) + "\n");
                    } catch (IOException e) {
                        System.getLogger(MemorySoak.class.getName()).log(System.Logger.Level.ERROR,
                                "cannot write the soak's figures: " + e.getMessage());
                    }
                }
                if (end) {
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Resident memory in KB from /proc (Linux), else the JVM's committed heap and non-heap as the nearest figure. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        var mem = java.lang.management.ManagementFactory.getMemoryMXBean();
        return (mem.getHeapMemoryUsage().getCommitted() + mem.getNonHeapMemoryUsage().getCommitted()) / 1024;
    }
}
