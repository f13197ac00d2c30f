package tdlab.ui.panels.headsweep;

import java.util.List;
import javafx.scene.Node;
import tdlab.sim.RunInfo;
import tdlab.sweep.HeadsCell;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/**
 * S5's heads sweep: the live run trained again with H = 1, 2, 4, 8, 16 heads (editable), final training loss, test
 * loss and test error against H, on demand, in the background.
 */
public final class HeadSweepPanel implements Panel {
    public static final String KEY = "headsweep";
    private final HeadSweepViewModel vm = new HeadSweepViewModel();
    private final HeadSweepView view = new HeadSweepView(vm);

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Heads sweep (paper setting reconstructed)";
    }

    @Override
    public String description() {
        return "The current run trained with each number of heads H: final training loss, test loss and test error"
                + " against H. S5 is the paper setting reconstructed: Deora et al. publish no code, the data model"
                + " and constants are ours.";
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

    /** Starts a sweep as the Compute button does (for tests). */
    public void compute(String heads) {
        vm.headsProperty().set(heads);
        vm.compute();
    }

    public void cancel() {
        vm.cancel();
    }

    public boolean computing() {
        return vm.computingProperty().get();
    }

    /** The last sweep's finished runs (for tests). */
    public List<HeadsCell> cells() {
        return vm.resultProperty().get() == null ? List.of() : vm.resultProperty().get();
    }

    public String status() {
        return vm.statusProperty().get();
    }

    /** Points the chart draws per series: train loss, test loss, test error (for tests). */
    public int[] points() {
        return view.points();
    }
}
