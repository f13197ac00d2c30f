package tdlab.ui.panels.masses;

import javafx.scene.Node;
import tdlab.family.classes.ScanSnapTheory;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;

/** The masses panel (S4): where class 1's attention goes over training, and Theorem 3's two sides. */
public final class MassesPanel implements ChartPanel {
    public static final String KEY = "masses";
    private final MassesView view = new MassesView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Attention masses";
    }

    @Override
    public String description() {
        return "Class 1's attention on its common tokens and on its top and lowest distinct tokens, the entropy over"
                + " its distinct tokens, and Theorem 3's ratio beside its prediction.";
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        view.setTheory(info.theory() instanceof ScanSnapTheory s ? s : null);
        view.setClass(tdlab.render.ClassScores.of(config, 0).orElse(null));
        ChartPanel.super.newRun(config, info);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public ChartPanel.Charts charts() {
        return view;
    }

    /** The Theorem 3 pair chosen, null for the default likeliest and rarest (for tests). */
    public tdlab.render.Theorem3Pair pair() {
        return view.pair();
    }

    /** Points of each series drawn, in the legend's order (for tests). */
    public int[] points() {
        return view.points();
    }
}
