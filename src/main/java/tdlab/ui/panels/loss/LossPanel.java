package tdlab.ui.panels.loss;

import java.util.List;
import javafx.scene.Node;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;

/** The loss panel: training and validation loss against the theory's reference losses. */
public final class LossPanel implements ChartPanel {
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
        return "Training and validation loss against the task family's reference losses.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        vm.newRun();
        view.setInfo(info);
        ChartPanel.super.newRun(config, info);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        vm.showFrame(shown);
        ChartPanel.super.showFrame(shown, recorded);
    }

    /** Validation points the chart draws (for tests). */
    public int points() {
        return view.points();
    }

    @Override
    public ChartPanel.Charts charts() {
        return view;
    }
}
