package tdlab.ui.panels.ladder;

import javafx.scene.Node;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;

/** The ladder panel (S3): the KL ladder to the k-block teachers and the excess loss, with the stage boundaries. */
public final class LadderPanel implements ChartPanel {
    public static final String KEY = "ladder";
    private final LadderView view = new LadderView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "KL ladder";
    }

    @Override
    public String description() {
        return "KL from the k-block teachers to the student and the excess loss, with the stage boundaries.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        view.clear();
        ChartPanel.super.newRun(config, info);
    }

    @Override
    public ChartPanel.Charts charts() {
        return view;
    }

    /** KL series that hold points (for tests). */
    public int klSeriesWithPoints() {
        return view.klSeriesWithPoints();
    }

    /** Stage boundaries drawn (for tests). */
    public int boundaries() {
        return view.boundaries();
    }
}
