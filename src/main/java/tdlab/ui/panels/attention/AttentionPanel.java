package tdlab.ui.panels.attention;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import tdlab.render.Colormap;
import tdlab.render.Comparison;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/** The attention panel: each head's attention on the probe sequence, at the shown frame. */
public final class AttentionPanel implements Panel {
    public static final String KEY = "attention";
    private final AttentionView view = new AttentionView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Attention";
    }

    @Override
    public String description() {
        return "Attention of each head on a fixed probe sequence; in a comparison, a row per run at the timeline's"
                + " step.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        view.clear();
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        view.show(shown);
    }

    @Override
    public void showComparison(Comparison comparison) {
        view.showComparison(comparison);
    }

    @Override
    public void setPalette(Colormap palette) {
        view.setColormap(palette);
    }

    /** The heatmap canvas of head h (for tests). */
    public Canvas canvas(int h) {
        return view.canvas(h);
    }

    /** The heatmap canvas of head h of the run named {@code run} in a comparison; null when not shown (for tests). */
    public Canvas canvas(String run, int h) {
        return view.canvas(run, h);
    }
}
