package tdlab.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The garbage collector for the window's JVM (issue 14: a classroom laptop keeps it open for hours). The window holds
 * some 70–110 MB live, but the JVM's defaults on a two-core machine (G1, the first heap a 64th of the memory) kept
 * 440–650 MB of heap committed and 55 MB of G1's own tables; the serial collector on a heap that starts small and
 * keeps little free holds S2c in half the memory at the same speed (docs/performance.md, "Memory"). An option the
 * user set is left alone: their own collector drops all of these, their own -Xms or -Xmx drops the first heap, their
 * own young generation size drops the ceiling.
 * Headless commands keep the JVM's defaults, which suit a sweep's threads.
 */
final class DesktopMemory {
    static final String COLLECTOR = "-XX:+UseSerialGC";
    /** Grow the heap when less than a fifth is free after a collection, shrink it when over two fifths are. */
    static final List<String> FREE_RATIOS = List.of("-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
    /**
     * Class metadata that may load before a collection is forced: the window loads some 40 MB of it, and the default
     * 21 MB cost the serial collector two full collections before the first frame.
     */
    static final String METADATA_BEFORE_GC = "-XX:MetaspaceSize=64m";
    /** The first heap: the young generation is a third of it, so the live set, not the machine, sizes it. */
    static final String FIRST_HEAP = "-Xms64m";
    /**
     * The young generation's ceiling: a third of a heap grown by a long run's timeline was 80 MB of eden, all of it
     * resident, where a young collection of 32 MB takes about a millisecond.
     */
    static final String YOUNG_CEILING = "-XX:MaxNewSize=32m";

    private DesktopMemory() {
    }

    /** The options to add for this start: none unless it opens the window (no arguments, or "gui ..."). */
    static List<String> options(String[] args, List<String> userOptions) {
        if (!ClassArchive.opensWindow(args) || userOptions.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w*GC"))) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(COLLECTOR));
        List<String> sized = new ArrayList<>(FREE_RATIOS);
        sized.add(METADATA_BEFORE_GC);
        for (String option : sized) {
            String name = option.substring(0, option.indexOf('=') + 1);
            if (userOptions.stream().noneMatch(o -> o.startsWith(name))) {
                out.add(option);
            }
        }
        if (userOptions.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmx"))) {
            out.add(FIRST_HEAP);
        }
        if (userOptions.stream().noneMatch(o -> o.startsWith("-Xmn") || o.contains("NewSize=")
                || o.startsWith("-XX:NewRatio"))) {
            out.add(YOUNG_CEILING);
        }
        return out;
    }
}
