package tdlab.ui.panels.predictions;

import javafx.scene.Node;
import tdlab.family.markov.ChainReferences;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ComparingChartPanel;

/** The predictions panel: the model's estimated transition law against the chain's. */
public final class PredictionsPanel implements ComparingChartPanel {
    public static final String KEY = "predictions";
    private final PredictionsView view = new PredictionsView();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Predictions";
    }

    @Override
    public String description() {
        return "Estimated transition probabilities against the truth.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        // a chain's panel: the run's theory is the chain's (MarkovFamily lists this panel for chains only)
        view.setChain((ChainReferences) info.theory());
        ComparingChartPanel.super.newRun(config, info);
    }

    @Override
    public ComparingChartPanel.Compared charts() {
        return view;
    }
}
