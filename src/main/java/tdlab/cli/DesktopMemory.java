package tdlab.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The garbage collector for the window's JVM (issue 14: a classroom laptop keeps it open for hours). The window holds
 * some 70–110 MB live, but the JVM's defaults on a two-core machine (G1, the first heap a 64th of the memory) kept
 * 440–650 MB of heap committed and 55 MB of G1's own tables; the serial collector on a heap that starts small and
 * keeps little free holds S2c in half the memory at the same speed (docs/performance.md, "Memory"). An option the
 * user set is left alone: their own collector drops all of these, their own -Xms or -Xmx drops the first heap.
 * Headless commands keep the JVM's defaults, which suit a sweep's threads.
 */
final class DesktopMemory {
    static final String COLLECTOR = "-XX:+UseSerialGC";
    /** Grow the heap when less than a fifth is free after a collection, shrink it when over two fifths are. */
    static final List<String> FREE_RATIOS = List.of("-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
    /** The first heap: the young generation is a third of it, so the live set, not the machine, sizes it. */
    static final String FIRST_HEAP = "-Xms64m";

    private DesktopMemory() {
    }

    /** The options to add for this start: none unless it opens the window (no arguments, or "gui ..."). */
    static List<String> options(String[] args, List<String> userOptions) {
        if (!ClassArchive.opensWindow(args) || userOptions.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w*GC"))) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(COLLECTOR));
        for (String option : FREE_RATIOS) {
            String name = option.substring(0, option.indexOf('=') + 1);
            if (userOptions.stream().noneMatch(o -> o.startsWith(name))) {
                out.add(option);
            }
        }
        if (userOptions.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmx"))) {
            out.add(FIRST_HEAP);
        }
        return out;
    }
}
