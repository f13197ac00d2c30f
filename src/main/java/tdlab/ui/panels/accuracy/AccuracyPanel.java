package tdlab.ui.panels.accuracy;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.orders.OrdersKeys;
import tdlab.render.OrdersCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;
import tdlab.ui.panels.StagedChartView;

/** The accuracy panel (S6): training and shift-set accuracy over the run. */
public final class AccuracyPanel implements ChartPanel {
    public static final String KEY = "accuracy";
    private final XYSeriesCollection data = OrdersCharts.accuracyData();
    private final StagedChartView view = new StagedChartView(OrdersCharts.unitChart(data, "accuracy"),
            "accuracy-chart", "Share of sentences whose largest logit is their label n(x*). Training: the training"
                    + " sentences (length 2 to L_max). Shift set: held-out longer sentences (task.shift_min_length to"
                    + " shift_max_length) never seen in training, whose optimal token beats every other token of the"
                    + " sentence through a chain of pairs the training sentences revealed (transitivity of the query's"
                    + " order). Chance is 1/K. Paper setting reconstructed (Huang–Liang–Yang; the shift set's recipe"
                    + " is ours).",
            frames -> OrdersCharts.fillAccuracy(data, frames, frames.size() - 1));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Accuracy: training and shift set";
    }

    @Override
    public String description() {
        return "Training accuracy and the accuracy on unseen, longer sentences whose answer follows by transitivity.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        view.newRun(config.training());
        view.setReadout("");
        ChartPanel.super.newRun(config, info);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        view.setReadout(shown == null || shown.series().isEmpty() ? "" : String.format(Locale.ROOT,
                "training %.3f   shift set %.3f", shown.series().getOrDefault(OrdersKeys.TRAIN_ACCURACY, Double.NaN),
                shown.series().getOrDefault(OrdersKeys.SHIFT_ACCURACY, Double.NaN)));
        ChartPanel.super.showFrame(shown, recorded);
    }

    @Override
    public ChartPanel.Charts charts() {
        return view;
    }

    /** Points of each series drawn (for tests). */
    public int[] points() {
        return java.util.stream.IntStream.range(0, data.getSeriesCount()).map(s -> data.getSeries(s).getItemCount())
                .toArray();
    }
}
