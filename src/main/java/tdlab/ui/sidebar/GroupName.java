package tdlab.ui.sidebar;

import tdlab.model.CanonicalConfig;
import tdlab.model.ModelSpec;
import tdlab.model.ParamGroup;
import tdlab.model.yz.YzConfig;

/**
 * What a learning-rate slider is called for the running model: the parameter group's preset key, or the name
 * its paper gives it (the canonical model's e, w, b; Scan and Snap's η_Y and η_Z), with the tooltip saying what
 * the rate moves.
 *
 * @param label the slider's label
 * @param tip   its tooltip's first line
 */
record GroupName(String label, String tip) {

    static GroupName of(ModelSpec model, ParamGroup g) {
        if (model instanceof YzConfig) {
            String update = " SGD with momentum μ: buf = μ·buf + g, p −= η·buf. The paper assumes η_Y ≫ η_Z: the"
                    + " decoder learns faster than the attention (Assumption 1c).";
            if (g == ParamGroup.HEAD) {
                return new GroupName("η_Y (decoder Y)", "η_Y moves the decoder Y (logits = Y·f), group "
                        + g.key() + "." + update);
            }
            if (g == ParamGroup.ATTENTION) {
                return new GroupName("η_Z (attention Z)", "η_Z moves the attention logits Z (Z[query, token]),"
                        + " group " + g.key() + "." + update);
            }
        }
        String canonical = model instanceof CanonicalConfig ? canonicalName(g) : "";
        return new GroupName(g.key(), "Learning rate η of the " + g.key() + " group"
                + (canonical.isEmpty() ? "" : " (" + canonical + ")") + ".");
    }

    private static String canonicalName(ParamGroup g) {
        return switch (g) {
            case EMBEDDING -> "e";
            case FEED_FORWARD -> "w";
            case BIAS -> "b";
            default -> "";
        };
    }
}
