package tdlab.ui.panels.phase;

import java.util.List;
import javafx.scene.Node;
import tdlab.sim.RunInfo;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;
import tdlab.ui.panels.PanelContext;

/**
 * The phase panel: where runs end over a grid of chains (p, q) or of canonical start points (w0, e0),
 * computed on demand; a click on a cell loads it into the live run.
 */
public final class PhasePanel implements Panel {
    public static final String KEY = "phase";
    private final PhaseViewModel vm;
    private final PhaseView view;

    public PhasePanel(PanelContext context) {
        vm = new PhaseViewModel(context);
        view = new PhaseView(vm);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Phase";
    }

    @Override
    public String description() {
        return "Phase diagram over (p, q) or measured basins over (w0, e0).";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        vm.newRun(config);
    }

    /** Starts a sweep as the Compute button does (for tests). */
    public void compute(SweepSpec.Mode mode, int cellsPerAxis, int steps) {
        vm.modeProperty().set(mode);
        vm.cellsPerAxisProperty().set(cellsPerAxis);
        vm.stepsProperty().set(steps);
        vm.compute();
    }

    /** The last sweep's finished cells (for tests). */
    public List<SweepCell> cells() {
        return vm.resultProperty().get() == null ? List.of() : vm.resultProperty().get().cells();
    }
}
