package tdlab.ui.panels.landscape;

import java.util.List;
import javafx.scene.Node;
import tdlab.render.Comparison;
import tdlab.render.LandscapeImage;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;
import tdlab.ui.panels.PanelContext;

/**
 * The landscape panel: the canonical model's energy landscape for the run's chain (or the chain being
 * edited) with the run's trajectory; a click restarts from a start point.
 */
public final class LandscapePanel implements Panel {
    public static final String KEY = "landscape";
    private final LandscapeViewModel vm;
    private final LandscapeView view;

    public LandscapePanel(PanelContext context) {
        vm = new LandscapeViewModel(context::pickStartPoint);
        view = new LandscapeView(vm);
        context.editedTask().addListener((o, a, b) -> vm.previewTask(b));
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Landscape";
    }

    @Override
    public String description() {
        return "Energy landscape of the canonical model with the run's trajectory.";
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
    public void showComparison(Comparison comparison) {
        vm.showComparison(comparison);
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    /** The panel's state (for tests). */
    public LandscapeViewModel viewModel() {
        return vm;
    }

    /** Where each pinned run's drawn trail starts, in the picture's pixels (x, y), in the runs' order (for tests). */
    public List<double[]> comparedTrailStarts() {
        return view.comparedTrailStarts();
    }

    /**
     * Pixels of the shown picture from (w, e); null until one is drawn and while a newer one (another chain,
     * another size) is being computed, when clicks would land on a picture about to be replaced (for tests).
     */
    public LandscapeImage.Transform transform() {
        return vm.computingProperty().get() ? null : view.transform();
    }
}
