package tdlab.ui.panels.parameters;

import javafx.scene.Node;
import tdlab.ui.panels.ComparingChartPanel;

/** The parameters panel: reduced coordinates, group norms and fractions of energy over time. */
public final class ParametersPanel implements ComparingChartPanel {
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
    public ComparingChartPanel.Compared charts() {
        return view;
    }
}
