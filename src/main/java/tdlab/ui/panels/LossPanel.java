package tdlab.ui.panels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.render.Charts;
import tdlab.render.RunCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;

/**
 * Train and validation loss against the step, with the entropy rate (global minimum) and the unigram
 * loss H(π) (local minimum) as labelled dashed lines, the exact population loss for the canonical model,
 * a log-y toggle and the current value. The window decides how often it redraws.
 */
public final class LossPanel extends BorderPane {
    private final XYSeriesCollection data = RunCharts.lossData();
    private final JFreeChart chart;
    private final XYPlot plot;
    private final ChartView viewer;
    private final Label current = new Label();
    private final CheckBox logY = new CheckBox("log y");
    private List<Frame> shown = List.of();
    private ValueMarker divergenceMarker;
    private RunInfo info;

    public LossPanel() {
        chart = Charts.lineChart(data, "step", "loss (nats)");
        plot = chart.getXYPlot();
        viewer = new ChartView(chart);
        viewer.setId("loss-chart");
        current.setId("loss-current");
        logY.setId("loss-log-y");
        logY.setMinWidth(Region.USE_PREF_SIZE); // the values beside it shorten first in a narrow panel
        logY.setTooltip(new Tooltip("Logarithmic loss axis: plateaus and the approach to the entropy rate"
                + " show as straight stretches."));
        logY.selectedProperty().addListener((o, a, b) -> setLogAxis(b));
        current.setTooltip(new Tooltip("val: validation loss, mean −ln P̂(x_{n+1} | x_1..x_n) over a fixed"
                + " validation set, in nats. train: the mean loss of the training batches since the last frame."
                + " exact: the population loss, where the theory has it (the canonical model)."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, current, spacer, logY);
        top.setPadding(new Insets(2, 6, 2, 6));
        setTop(top);
        setCenter(viewer);
    }

    public void setInfo(RunInfo info) {
        this.info = info;
        RunCharts.lossReferences(plot, info);
        shown = List.of();
        chart.setNotify(false);
        RunCharts.fillLoss(data, List.of(), 0);
        chart.setNotify(true);
        markDivergence(null);
    }

    /** Shows the recorded frames (at most {@link Charts#MAX_POINTS} per series). */
    public void update(List<Frame> frames) {
        if (frames == shown) {
            return;
        }
        chart.setNotify(false);
        RunCharts.fillLoss(data, frames, frames.size() - 1);
        shown = frames;
        fitRange();
        Charts.legendForDrawnSeries(plot);
        chart.setNotify(true);
    }

    private void fitRange() {
        RunCharts.fitLossRange(plot, data, info);
    }

    /** The value line above the chart, for the displayed frame. */
    public void showFrame(Frame f) {
        current.setText(f == null ? "" : String.format(Locale.ROOT, "step %,d   val %.4f   train %s%s",
                f.step(), f.valLoss(), Double.isFinite(f.trainLoss()) ? String.format(Locale.ROOT, "%.4f",
                        f.trainLoss()) : "—", Double.isFinite(f.exactLoss())
                        ? String.format(Locale.ROOT, "   exact %.4f", f.exactLoss()) : ""));
    }

    /** A vertical red line at the step where the run diverged (null removes it). */
    public void markDivergence(Long step) {
        if (divergenceMarker != null) {
            plot.removeDomainMarker(divergenceMarker);
            divergenceMarker = null;
        }
        if (step != null) {
            divergenceMarker = new ValueMarker(step);
            divergenceMarker.setPaint(new Color(213, 94, 0));
            divergenceMarker.setStroke(new BasicStroke(2f));
            divergenceMarker.setLabel("diverged");
            plot.addDomainMarker(divergenceMarker);
        }
    }

    private void setLogAxis(boolean log) {
        ValueAxis axis;
        if (log) {
            LogAxis a = new LogAxis("loss (nats, log)");
            a.setSmallestValue(1e-6);
            a.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
            axis = a;
        } else {
            axis = Charts.valueAxis("loss (nats)");
        }
        plot.setRangeAxis(axis);
        Charts.style(chart, dark);
        fitRange();
    }

    private boolean dark;

    public void setDark(boolean dark) {
        this.dark = dark;
        Charts.style(chart, dark);
    }

    /** Number of validation points drawn (for tests). */
    public int points() {
        return data.getSeries(1).getItemCount();
    }

    public JFreeChart chart() {
        return chart;
    }

    /** While a run plays the chart is shown as an image; paused, it is interactive (see {@link ChartView}). */
    public void setLive(boolean live) {
        viewer.setLive(live);
    }
}
