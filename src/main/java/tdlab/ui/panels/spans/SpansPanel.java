package tdlab.ui.panels.spans;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import tdlab.render.Colormap;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/** The spans panel (S3): each head's attention mass per lag block over training, up to the shown frame. */
public final class SpansPanel implements Panel {
    public static final String KEY = "spans";
    private final SpansView view = new SpansView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Attention spans";
    }

    @Override
    public String description() {
        return "Each head's attention mass on each lag block over training, newest block on top.";
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
        view.show(shown, recorded);
    }

    @Override
    public void setPalette(Colormap palette) {
        view.setPalette(palette);
    }

    /** Head h's heatmap (for tests). */
    public Canvas canvas(int head) {
        return view.canvas(head);
    }

    /** Head h's "top block" line (for tests). */
    public String topLine(int head) {
        return view.topLine(head);
    }
}
