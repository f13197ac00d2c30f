package tdlab.render;

/**
 * How a comparison's runs share a chart panel: overlaid on one chart in their colours, or side by side, one small
 * chart per run on the same axes (small multiples), each in the usual colours of a single run. The loss panel and
 * the landscape always overlay (one axis of time, one landscape); the attention panel always shows a row per run.
 */
public enum CompareLayout {
    OVERLAY("Overlay"),
    SIDE_BY_SIDE("Side by side");

    private final String label;

    CompareLayout(String label) {
        this.label = label;
    }

    /** The words on the compare bar's button. */
    public String label() {
        return label;
    }
}
