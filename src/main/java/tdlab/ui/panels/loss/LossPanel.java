package tdlab.ui.panels.loss;

import java.util.List;
import javafx.scene.Node;
import tdlab.family.TimeMark;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;

/**
 * The loss panel: training and validation loss against the theory's reference losses and the moments it names
 * (Scan and Snap's t0), on a log axis where the family's loss falls over decades.
 */
public final class LossPanel implements ChartPanel {
    public static final String KEY = "loss";
    private final LossViewModel vm = new LossViewModel();
    private final LossView view = new LossView(vm);
    private RunInfo info;

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
        this.info = info;
        vm.newRun(info.theory().lossSpansDecades());
        view.setInfo(info);
        ChartPanel.super.newRun(config, info);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        vm.showFrame(shown);
        // the theory's moments at the shown frame's rates: a rate changed mid-run moves them
        view.showMarks(shown == null || info == null ? List.of() : info.theory().timeMarks(shown.learningRates()));
        ChartPanel.super.showFrame(shown, recorded);
    }

    /** The theory's vertical lines drawn, e.g. Scan and Snap's t0 (for tests). */
    public List<TimeMark> marks() {
        return view.marks();
    }

    /** Whether the loss axis is logarithmic (for tests). */
    public boolean logY() {
        return vm.logYProperty().get();
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
