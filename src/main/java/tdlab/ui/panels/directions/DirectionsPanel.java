package tdlab.ui.panels.directions;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.orders.OrdersKeys;
import tdlab.family.orders.OrdersTheory;
import tdlab.model.ParamGroup;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.kqov.KqOvModel;
import tdlab.render.Charts;
import tdlab.render.NumberText;
import tdlab.render.OrdersCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartView;
import tdlab.ui.panels.Panel;

/**
 * The directions panel (S6): 1 − cos(W, W*) for W_ov and W_kq on log-log axes, each against the steps into its own
 * stage, with fitted power laws; the max-margin problems' sizes in the tooltip.
 */
public final class DirectionsPanel implements Panel {
    public static final String KEY = "directions";
    private final XYSeriesCollection data = OrdersCharts.directionsData();
    private final JFreeChart chart = OrdersCharts.directionsChart(data);
    private final ChartView viewer = new ChartView(chart);
    private final Label readout = new Label();
    private final Tooltip tip = new Tooltip();
    private final BorderPane view = new BorderPane();
    private List<Frame> drawn = List.of();
    private long wovStart;
    private long wkqStart;
    private long wovEnd = Long.MAX_VALUE;
    private long wkqEnd = Long.MAX_VALUE;
    private OrdersCharts.Slopes slopes = new OrdersCharts.Slopes(Double.NaN, Double.NaN);
    private Frame shown;

    public DirectionsPanel() {
        viewer.setId("directions-chart");
        readout.setId("directions-readout");
        BorderPane.setMargin(readout, new Insets(2, 6, 2, 6));
        tip.setWrapText(true);
        tip.setMaxWidth(500);
        tip.setShowDuration(Duration.seconds(40));
        Tooltip.install(viewer, tip);
        view.setTop(readout);
        view.setCenter(viewer);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Directions: 1 − cos(W, W*)";
    }

    @Override
    public String description() {
        return "How far W_ov and W_kq are from their max-margin directions, on log-log axes with fitted power laws.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        wovStart = OrdersCharts.trainingStart(config.training(), ParamGroup.HEAD);
        wkqStart = OrdersCharts.trainingStart(config.training(), ParamGroup.ATTENTION);
        wovEnd = OrdersCharts.trainingEnd(config.training(), ParamGroup.HEAD);
        wkqEnd = OrdersCharts.trainingEnd(config.training(), ParamGroup.ATTENTION);
        String problems = "";
        if (info.theory() instanceof OrdersTheory theory && config.model() instanceof KqOvConfig spec) {
            OrdersTheory.Solutions s = theory.solutions(new KqOvModel(spec));
            problems = String.format(Locale.ROOT, "\n\nW_kq*: %d constraints (x*, v) per query from the training"
                            + " sentences, %d active (λ > 0), margin %s, ‖W_kq*‖ = %s. W_ov*: %d constraints, %d active,"
                            + " ‖W_ov*‖ = %s%s.", s.kqConstraints().size(), s.kqProblem().active(),
                    NumberText.significant(s.kqProblem().margin(), 6), NumberText.significant(s.kqProblem().norm(), 4),
                    s.ovProblem().lambda().length, s.ovProblem().active(), NumberText.significant(
                            s.ovProblem().norm(), 4), spec.isOneHot() ? " (one-hot: the closed form e_{n(x)} − 1/K per"
                            + " column, ‖W_ov*‖² = K − 1)" : "");
        }
        tip.setText("1 − cos(W, W*), the Frobenius cosine to the max-margin solution, against the steps since the"
                + " matrix's own stage began (W_ov from step " + wovStart + ", W_kq from step " + wkqStart + ";"
                + " drawn while the matrix trains), both"
                + " axes logarithmic: a power law t^s is a straight line of slope s. Dashed: least squares over t ≥ "
                + OrdersCharts.FIT_FROM + " (the measure cos_gap_wkq_slope). W_ov* = argmin ‖W‖ s.t. (e_{n(x)} − e_v)ᵀ"
                + " W e_x ≥ 1 for all x and v ≠ n(x); W_kq* = argmin ‖W‖ s.t. (e_{x*} − e_v)ᵀ W e_q ≥ 1 for each"
                + " training sentence with query q, optimal token x* and other token v (solved numerically by"
                + " dual coordinate ascent). Values ≤ 1e-15 (cos = 1 to rounding: one-hot W_ov from its first step)"
                + " are not drawn. Paper setting reconstructed (Huang–Liang–Yang; the paper's exact rates were not"
                + " recovered, constants ours)." + problems);
        drawn = List.of();
        shown = null;
        fill(List.of());
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        this.shown = shown;
        if (shown == null || shown.series().isEmpty()) {
            readout.setText("");
            return;
        }
        readout.setText(String.format(Locale.ROOT, "W_ov: %s (slope %s)   W_kq: %s (slope %s)",
                gap(shown.series().getOrDefault(OrdersKeys.COS_GAP_WOV, Double.NaN)),
                OrdersCharts.slopeText(slopes.wov()),
                gap(shown.series().getOrDefault(OrdersKeys.COS_GAP_WKQ, Double.NaN)),
                OrdersCharts.slopeText(slopes.wkq())));
    }

    /** "0.011", "< 1e-15 (on W*)" where cos = 1 to rounding, "—" before the matrix moves. */
    private static String gap(double v) {
        return Double.isNaN(v) ? "—" : v <= OrdersCharts.GAP_FLOOR ? "< 1e-15 (on W*)" : NumberText.significant(v, 3);
    }

    @Override
    public boolean redrawsPeriodically() {
        return true;
    }

    @Override
    public void redraw(List<Frame> recorded) {
        if (recorded == drawn) {
            return;
        }
        drawn = recorded;
        fill(recorded);
    }

    private void fill(List<Frame> frames) {
        chart.setNotify(false);
        slopes = OrdersCharts.fillDirections(data, frames, frames.size() - 1, wovStart, wovEnd, wkqStart,
                wkqEnd);
        data.getSeries(2).setKey("fit W_ov, slope " + OrdersCharts.slopeText(slopes.wov()));
        data.getSeries(3).setKey("fit W_kq, slope " + OrdersCharts.slopeText(slopes.wkq()));
        Charts.legendForDrawnSeries(chart.getPlot());
        chart.setNotify(true);
        showFrame(shown, frames); // the readout names the new slopes
    }

    @Override
    public void setDark(boolean dark) {
        Charts.style(chart, dark);
    }

    @Override
    public void setLive(boolean live) {
        viewer.setLive(live);
    }

    /** The fitted slopes drawn (for tests). */
    public OrdersCharts.Slopes slopes() {
        return slopes;
    }

    /** Points of each series drawn (for tests). */
    public int[] points() {
        return java.util.stream.IntStream.range(0, data.getSeriesCount()).map(s -> data.getSeries(s).getItemCount())
                .toArray();
    }
}
