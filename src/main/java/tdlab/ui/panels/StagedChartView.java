package tdlab.ui.panels;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import tdlab.family.StageMarks;
import tdlab.render.BlowUp;
import tdlab.render.Charts;
import tdlab.render.StepAxis;
import tdlab.render.TheoryMarks;
import tdlab.sim.Frame;
import tdlab.train.TrainingConfig;

/**
 * A chart over the step with a staged run's stage boundaries as dashed lines ({@link StageMarks}), a readout line
 * above it and an explanation as its tooltip: the shape of S6's time charts. The owner fills the chart's data from
 * the frames ({@code filler}); this view decides when, and keeps the step axis and the marks.
 */
public final class StagedChartView extends BorderPane implements ChartPanel.Charts {
    private final JFreeChart chart;
    private final ChartView viewer;
    private final StepAxis steps;
    private final TheoryMarks marks;
    private final Consumer<List<Frame>> filler;
    private final Label readout = new Label();
    private final HBox top;
    private List<Frame> drawn = List.of();
    private boolean dark;

    public StagedChartView(JFreeChart chart, String id, String explanation, Consumer<List<Frame>> filler) {
        this.chart = chart;
        this.filler = filler;
        this.viewer = new ChartView(chart);
        viewer.setId(id);
        this.steps = new StepAxis(chart);
        this.marks = new TheoryMarks(chart.getXYPlot());
        Tooltip tip = new Tooltip(explanation);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(viewer, tip);
        readout.setId(id + "-readout");
        top = new HBox(8, readout);
        top.setPadding(new Insets(2, 6, 2, 6));
        setTop(top);
        setCenter(viewer);
    }

    /** Adds controls after the readout (a chooser). */
    public void addControls(Node... nodes) {
        top.getChildren().addAll(nodes);
    }

    /** A new run: its stage boundaries, no points. */
    public void newRun(TrainingConfig training) {
        marks.show(StageMarks.of(training));
        drawn = List.of();
        chart.setNotify(false);
        filler.accept(List.of());
        chart.setNotify(true);
    }

    public void setReadout(String text) {
        readout.setText(text);
    }

    /** Redraws even when the frames are the same list (a chooser changed). */
    public void refresh() {
        List<Frame> frames = drawn;
        drawn = List.of();
        update(frames);
    }

    @Override
    public void update(List<Frame> frames) {
        if (frames == drawn) {
            return;
        }
        drawn = frames;
        chart.setNotify(false);
        filler.accept(frames);
        steps.recorded(frames);
        if (chart.getXYPlot().getRangeAxis().isAutoRange()) {
            BlowUp.fit(chart.getXYPlot(), BlowUp.rangeUntil(frames, frames.size() - 1));
        }
        Charts.legendForDrawnSeries(chart.getPlot());
        chart.setNotify(true);
    }

    /** The stage boundaries drawn (for tests). */
    public List<tdlab.family.TimeMark> marks() {
        return marks.marks();
    }

    @Override
    public StepAxis stepAxis() {
        return steps;
    }

    @Override
    public void setDark(boolean dark) {
        this.dark = dark;
        Charts.style(chart, dark);
    }

    boolean dark() {
        return dark;
    }

    @Override
    public void setLive(boolean live) {
        viewer.setLive(live);
    }
}
