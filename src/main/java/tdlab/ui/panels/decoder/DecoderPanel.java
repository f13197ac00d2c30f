package tdlab.ui.panels.decoder;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import tdlab.render.DecoderMatrix;
import tdlab.render.TokenBands;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/** The decoder panel (S4): the Y/Z model's decoder Y at the shown frame as a diverging heatmap. */
public final class DecoderPanel implements Panel {
    public static final String KEY = "decoder";
    private final DecoderView view = new DecoderView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Decoder Y";
    }

    @Override
    public String description() {
        return "The decoder Y (rows: context tokens l, columns: next tokens n) at the shown frame; zero is white.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        view.newRun(DecoderMatrix.tensor(config.model().create(config.backend()).layout()).orElse(null),
                config.task() instanceof SequenceClassesTask t ? TokenBands.of(t) : List.of());
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        view.show(shown);
    }

    /** The heatmap (for tests). */
    public Canvas canvas() {
        return view.canvas();
    }

    /** The Y drawn, or null before a frame with parameters (for tests). */
    public DecoderMatrix matrix() {
        return view.matrix();
    }
}
