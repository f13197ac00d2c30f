package tdlab.ui.panels.plane;

import java.util.List;
import javafx.scene.Node;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;
import tdlab.ui.panels.PanelContext;

/**
 * The loss plane: for any model, the loss on a plane through the shown frame's parameters with the
 * trajectory on it; a click restarts from that point. (The canonical model's exact energy landscape is the
 * landscape panel.) In a comparison the pinned runs' paths are projected onto the live run's plane.
 */
public final class PlanePanel implements Panel {
    public static final String KEY = "plane";
    private final PlaneViewModel vm;
    private final PlaneView view;

    public PlanePanel(PanelContext context) {
        vm = new PlaneViewModel(context::pickStart);
        view = new PlaneView(vm);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Loss plane";
    }

    @Override
    public String description() {
        return "The loss on a plane through the current parameters (trajectory PCA or random directions), with"
                + " the run's path on it.";
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
    public void showFrame(Frame shown, List<Frame> recorded) {
        vm.show(recorded, shown);
    }

    @Override
    public void showComparison(tdlab.render.Comparison comparison) {
        vm.showComparison(comparison);
    }

    @Override
    public void setLive(boolean live) {
        vm.setLive(live);
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    /** For tests: the panel's state. */
    public PlaneViewModel viewModel() {
        return vm;
    }
}
