package tdlab.render;

import java.util.List;

/**
 * What a panel overlays on the live run: the pinned runs, and the live run's own name and colour among them. An
 * empty comparison ({@link #NONE}) means the window shows one run and the panels draw it as always.
 *
 * @param liveName   the live run's letter ("B"); empty outside a comparison
 * @param liveColour the live run's {@link Charts#SERIES} index
 * @param pinned     the other runs, in letter order
 * @param layout     how the chart panels that can overlay show the runs
 */
public record Comparison(String liveName, int liveColour, List<ComparedRun> pinned, CompareLayout layout) {
    public static final Comparison NONE = new Comparison("", 0, List.of());

    public Comparison {
        pinned = List.copyOf(pinned);
    }

    /** The runs overlaid. */
    public Comparison(String liveName, int liveColour, List<ComparedRun> pinned) {
        this(liveName, liveColour, pinned, CompareLayout.OVERLAY);
    }

    /** Whether a chart panel that can overlay shows the runs side by side instead. */
    public boolean sideBySide() {
        return active() && layout == CompareLayout.SIDE_BY_SIDE;
    }

    /** The live run's entry in a legend: "B (live)". */
    public String liveLabel() {
        return liveName + " (live)";
    }

    public boolean active() {
        return !pinned.isEmpty();
    }
}
