package tdlab.ui.panels.loss;

import java.util.List;
import javafx.scene.Node;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/** The loss panel: training and validation loss against the theory's reference losses. */
public final class LossPanel implements Panel {
    public static final String KEY = "loss";
    private final LossViewModel vm = new LossViewModel();
    private final LossView view = new LossView(vm);

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Loss";
    }

    @Override
    public String description() {
        return "Training and validation loss against the theory's two minima.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        vm.newRun();
        view.setInfo(info);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        vm.showFrame(shown, recorded);
    }

    @Override
    public boolean redrawsPeriodically() {
        return true;
    }

    @Override
    public void redraw(List<Frame> recorded) {
        view.update(recorded);
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
    }

    @Override
    public void setLive(boolean live) {
        view.setLive(live);
    }

    /** Validation points the chart draws (for tests). */
    public int points() {
        return view.points();
    }
}
