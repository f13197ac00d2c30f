package tdlab.ui.panels.attention;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import tdlab.render.Colormap;
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
        return "Attention of each head on a fixed probe sequence.";
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
    public void setPalette(Colormap palette) {
        view.setColormap(palette);
    }

    /** The heatmap canvas of head h (for tests). */
    public Canvas canvas(int h) {
        return view.canvas(h);
    }
}
