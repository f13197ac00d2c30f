package tdlab.ui.panels.lrsweep;

import java.util.List;
import javafx.scene.Node;
import tdlab.sim.RunInfo;
import tdlab.sweep.RateCell;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/**
 * Scan and Snap's learning-rate sweep (Fig. 6): the final DT entropy over η_Z × η_Y/η_Z with several seeds,
 * trained from the live run's settings on demand, in the background.
 */
public final class LrSweepPanel implements Panel {
    public static final String KEY = "lrsweep";
    private final LrSweepViewModel vm = new LrSweepViewModel();
    private final LrSweepView view = new LrSweepView(vm);

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Learning-rate sweep";
    }

    @Override
    public String description() {
        return "Final entropy of the attention on distinct tokens over η_Z and η_Y/η_Z (the paper's Fig. 6).";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        vm.newRun(config);
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
    }

    @Override
    public void setLive(boolean live) {
        view.setLive(live);
    }

    @Override
    public void dispose() {
        vm.cancel();
    }

    /** Starts a sweep as the Compute button does, over this grid (for tests). */
    public void compute(String etaZ, String etaRatio, int seeds) {
        vm.etaZProperty().set(etaZ);
        vm.etaRatioProperty().set(etaRatio);
        vm.seedsProperty().set(seeds);
        vm.compute();
    }

    public void cancel() {
        vm.cancel();
    }

    public boolean computing() {
        return vm.computingProperty().get();
    }

    /** The last sweep's finished cells (for tests). */
    public List<RateCell> cells() {
        return vm.resultProperty().get() == null ? List.of() : vm.resultProperty().get().cells();
    }

    /** The status line (for tests). */
    public String status() {
        return vm.statusProperty().get();
    }

    /** Lines the chart draws (for tests). */
    public int lines() {
        return view.lines();
    }
}
