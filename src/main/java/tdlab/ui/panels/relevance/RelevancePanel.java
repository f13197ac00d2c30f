package tdlab.ui.panels.relevance;

import javafx.scene.Node;
import tdlab.family.mixture.MixtureTheory;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;

/** The relevance panel (S5): the attention the classifier pays to the relevant tokens over time, and its errors. */
public final class RelevancePanel implements ChartPanel {
    public static final String KEY = "relevance";
    private final RelevanceView view = new RelevanceView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Relevant attention · error (reconstructed)";
    }

    @Override
    public String description() {
        return "The share of attention on the label-carrying tokens (mean over heads and test sequences, each head"
                + " thin; it starts at ζ), and the test and training error. S5 is the paper setting reconstructed:"
                + " Deora et al. publish no code, the data model and constants are ours.";
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        view.setTheory(info.theory() instanceof MixtureTheory m ? m : null);
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

    /** Points of each series drawn: masses (mean, heads), then errors (for tests). */
    public int[] points() {
        return view.points();
    }
}
