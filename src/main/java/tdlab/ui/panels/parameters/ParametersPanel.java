package tdlab.ui.panels.parameters;

import java.util.List;
import javafx.scene.Node;
import tdlab.sim.Frame;
import tdlab.ui.panels.Panel;

/** The parameters panel: reduced coordinates, group norms and fractions of energy over time. */
public final class ParametersPanel implements Panel {
    public static final String KEY = "parameters";
    private final ParametersView view = new ParametersView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Parameters";
    }

    @Override
    public String description() {
        return "Reduced coordinates (e, w, b), parameter norms and fraction of energy.";
    }

    @Override
    public Node view() {
        return view;
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
}
