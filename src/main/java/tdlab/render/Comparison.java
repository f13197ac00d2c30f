package tdlab.render;

import java.util.List;

/**
 * What a panel overlays on the live run: the pinned runs, and the live run's own name and colour among them. An
 * empty comparison ({@link #NONE}) means the window shows one run and the panels draw it as always.
 *
 * @param liveName   the live run's letter ("B"); empty outside a comparison
 * @param liveColour the live run's {@link Charts#SERIES} index
 * @param pinned     the other runs, in letter order
 */
public record Comparison(String liveName, int liveColour, List<ComparedRun> pinned) {
    public static final Comparison NONE = new Comparison("", 0, List.of());

    public Comparison {
        pinned = List.copyOf(pinned);
    }

    public boolean active() {
        return !pinned.isEmpty();
    }
}
