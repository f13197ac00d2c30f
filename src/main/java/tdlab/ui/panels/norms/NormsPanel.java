package tdlab.ui.panels.norms;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.orders.OrdersKeys;
import tdlab.model.ParamGroup;
import tdlab.render.NumberText;
import tdlab.render.OrdersCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;
import tdlab.ui.panels.StagedChartView;

/** The norms panel (S6): ‖W_ov‖ and ‖W_kq‖ beside η·t, the most normalized GD can move each. */
public final class NormsPanel implements ChartPanel {
    public static final String KEY = "norms";
    private final XYSeriesCollection data = OrdersCharts.normsData();
    private final StagedChartView view = new StagedChartView(OrdersCharts.normsChart(data), "norms-chart",
            "Normalized gradient descent moves each matrix by exactly η per step it trains (W −= η·g/‖g‖). The dashed"
                    + " lines are η·t, the sum of the group's learning rate over the steps it trained (from the frames'"
                    + " rates: 0 while its stage is not running). From zero init ‖W_t‖ ≤ η·t, with equality while every"
                    + " step points the same way: W_ov with one-hot tokens sits exactly on its line, with random"
                    + " embeddings just below it; ‖W_kq‖ stays close below its own. Paper setting reconstructed"
                    + " (Huang–Liang–Yang; η = 0.1 and the stage lengths are ours).",
            frames -> OrdersCharts.fillNorms(data, frames, frames.size() - 1));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Norms against η·t";
    }

    @Override
    public String description() {
        return "‖W_ov‖ and ‖W_kq‖ beside η·t: normalized GD moves a matrix by exactly η per step.";
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
        view.setReadout(shown == null || shown.series().isEmpty() ? "" : readout(shown, recorded));
        ChartPanel.super.showFrame(shown, recorded);
    }

    private static String readout(Frame shown, List<Frame> recorded) {
        int i = Math.max(0, Frame.indexAtOrBefore(recorded, shown.step()));
        double ov = shown.series().getOrDefault(OrdersKeys.WOV_NORM, Double.NaN);
        double kq = shown.series().getOrDefault(OrdersKeys.WKQ_NORM, Double.NaN);
        double etaOv = OrdersCharts.cumulativeRate(recorded, i + 1, ParamGroup.HEAD)[i];
        double etaKq = OrdersCharts.cumulativeRate(recorded, i + 1, ParamGroup.ATTENTION)[i];
        return String.format(Locale.ROOT, "‖W_ov‖ %s (η·t %s)   ‖W_kq‖ %s (η·t %s)", NumberText.significant(ov, 4),
                NumberText.significant(etaOv, 4), NumberText.significant(kq, 4), NumberText.significant(etaKq, 4));
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

    /** The stage boundaries drawn (for tests). */
    public List<tdlab.family.TimeMark> marks() {
        return view.marks();
    }
}
