package tdlab.ui.panels.loss;

import java.util.List;
import javafx.scene.Node;
import tdlab.family.StageMarks;
import tdlab.family.TimeMark;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ComparingChartPanel;

/**
 * The loss panel: training and validation loss against the theory's reference losses and the moments it names
 * (Scan and Snap's t0), on a log axis where the family's loss falls over decades.
 */
public final class LossPanel implements ComparingChartPanel {
    public static final String KEY = "loss";
    private final LossViewModel vm = new LossViewModel();
    private final LossView view = new LossView(vm);
    private RunInfo info;
    /** Where a staged run's stages begin (none without stages). */
    private List<TimeMark> stageMarks = List.of();

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
        return "Training and validation loss against the task family's reference losses; dashed lines where a"
                + " staged run's stages begin.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        this.info = info;
        stageMarks = StageMarks.of(config.training());
        vm.newRun(info.theory().lossSpansDecades());
        view.setInfo(info);
        ComparingChartPanel.super.newRun(config, info);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        vm.showFrame(shown);
        // the theory's moments at the shown frame's rates: a rate changed mid-run moves them
        List<TimeMark> marks = new java.util.ArrayList<>(stageMarks);
        if (shown != null && info != null) {
            marks.addAll(info.theory().timeMarks(shown.learningRates()));
        }
        view.showMarks(marks);
        ComparingChartPanel.super.showFrame(shown, recorded);
    }

    /** The theory's vertical lines drawn, e.g. Scan and Snap's t0 (for tests). */
    public List<TimeMark> marks() {
        return view.marks();
    }

    /** Whether the loss axis is logarithmic (for tests). */
    public boolean logY() {
        return vm.logYProperty().get();
    }

    /** The last step each drawn validation line reaches, by its name (for tests). */
    public java.util.Map<String, Double> lastValidationSteps() {
        return view.lastValidationSteps();
    }

    /** Validation points the chart draws (for tests). */
    public int points() {
        return view.points();
    }

    @Override
    public ComparingChartPanel.Compared charts() {
        return view;
    }
}
