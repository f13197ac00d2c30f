package tdlab.ui.panels.scan;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import tdlab.render.Colormap;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/** The scan panel (S4): class 1's attention c_n on each of its tokens, a row per recorded iteration (Fig. 4). */
public final class ScanPanel implements Panel {
    public static final String KEY = "scan";
    private final ScanView view = new ScanView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Scan: attention per token";
    }

    @Override
    public String description() {
        return "A class's attention c_n on each of its tokens (common, then distinct by P(l|n)), one row per"
                + " recorded iteration, the shown one framed: the paper's Fig. 4. Class 1 unless you choose another.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        view.newRun(config);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        view.show(shown, recorded);
    }

    @Override
    public void setPalette(Colormap palette) {
        view.setPalette(palette);
    }

    /** The heatmap (for tests). */
    public Canvas canvas() {
        return view.canvas();
    }

    /** The pixel centre of a cell, (x, y) on the canvas, for the shown history's row and column (for tests). */
    public double[] cellCentre(int row, int column) {
        return view.cellCentre(row, column);
    }

    /** The steps of the drawn rows, the index of the shown one and the colour scale's top (for tests). */
    public long[] rowSteps() {
        return view.history() == null ? new long[0] : view.history().steps();
    }

    public int shownRow() {
        return view.history() == null ? -1 : view.history().shownRow();
    }

    public double scaleTop() {
        return view.history() == null ? Double.NaN : view.history().top();
    }

    /** The line under the heatmap (hover readout or the shown row). */
    public String readout() {
        return view.readout();
    }

    /** The drawn history: its class, its rows' values (for tests). */
    public tdlab.render.ScanHistory history() {
        return view.history();
    }
}
