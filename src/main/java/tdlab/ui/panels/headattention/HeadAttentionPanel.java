package tdlab.ui.panels.headattention;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import tdlab.family.mixture.HeadAttention;
import tdlab.model.mha.MultiHeadClassifier;
import tdlab.render.Colormap;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.task.mixture.TokenizedMixtureTask;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/** The head attention panel (S5): each head's attention over the T tokens of a chosen test sequence. */
public final class HeadAttentionPanel implements Panel {
    public static final String KEY = "headattention";
    private final HeadAttentionView view = new HeadAttentionView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Attention per head (paper setting reconstructed)";
    }

    @Override
    public String description() {
        return "Each head's attention over the tokens of one test sequence at the shown frame (mean over its query"
                + " positions), the relevant tokens marked. S5 is the paper setting reconstructed: Deora et al."
                + " publish no code, the data model and constants are ours.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        boolean fits = config.task() instanceof TokenizedMixtureTask
                && config.model().create(config.backend()) instanceof MultiHeadClassifier;
        view.newRun(fits ? (MultiHeadClassifier) config.model().create(config.backend()) : null,
                fits ? ((TokenizedMixtureTask) config.task()).testSet() : null);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        view.show(shown);
    }

    @Override
    public void setPalette(Colormap palette) {
        view.setPalette(palette);
    }

    /** The heatmap (for tests). */
    public Canvas canvas() {
        return view.canvas();
    }

    /** What is drawn, or null before a frame with parameters (for tests). */
    public HeadAttention shown() {
        return view.shown();
    }

    /** Shows test sequence i (for tests; the spinner's value). */
    public void choose(int sequence) {
        view.choose(sequence);
    }
}
