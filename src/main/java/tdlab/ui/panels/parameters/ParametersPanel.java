package tdlab.ui.panels.parameters;

import javafx.scene.Node;
import tdlab.ui.panels.ChartPanel;
import tdlab.ui.panels.CompareCursor;
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
    public ChartPanel.Charts charts() {
        return view;
    }

    @Override
    public CompareCursor cursor() {
        return view.cursor();
    }

    /** The chart: the live run's series and, overlaid, the pinned runs' (for tests). */
    public org.jfree.chart.JFreeChart chart() {
        return view.chart();
    }

    /** The legend's entries, in order (for tests). */
    public java.util.List<String> legend() {
        return tdlab.ui.panels.ChartLegend.labels(view.chart());
    }

    /** The pinned runs' charts while the runs are side by side, else none (for tests). */
    public java.util.List<org.jfree.chart.JFreeChart> sideCharts() {
        return view.sideCharts();
    }
}
