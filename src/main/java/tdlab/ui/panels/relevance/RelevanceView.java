package tdlab.ui.panels.relevance;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.mixture.MixtureTheory;
import tdlab.render.BlowUp;
import tdlab.render.Charts;
import tdlab.render.MixtureCharts;
import tdlab.render.StepAxis;
import tdlab.sim.Frame;
import tdlab.ui.panels.ChartPanel;
import tdlab.ui.panels.ChartView;

/** Two stacked charts over the step ({@link MixtureCharts}): relevant-token attention mass, then the errors. */
final class RelevanceView extends BorderPane implements ChartPanel.Charts {
    private final MixtureCharts.Data data = MixtureCharts.data();
    private final XYPlot[] plots = new XYPlot[2];
    private final JFreeChart chart = MixtureCharts.chart(data, plots);
    private final ChartView viewer = new ChartView(chart);
    private final StepAxis steps = new StepAxis(chart);
    private List<Frame> drawn = List.of();

    RelevanceView() {
        viewer.setId("relevance-chart");
        Tooltip tip = new Tooltip("Paper setting reconstructed (Deora et al. 2023, no public code; data model and"
                + " constants ours, science.md S5).\n"
                + "• Relevant-token mass: every position of the classifier is read out (column t of U_h reads query t's"
                + " attention output), so a head's mass on a sequence is the attention its T queries pay to the"
                + " relevant tokens, averaged over the queries: (1/T) Σ_t Σ_{s relevant} S_h[t][s]; then averaged over"
                + " the 1000 test sequences, and over the heads for the bold line. Uniform attention gives ζ (dashed).\n"
                + "• Error: share of sequences whose sign of Φ is not their label, on the test set and on the training"
                + " set (dashed).");
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(viewer, tip);
        setCenter(viewer);
    }

    @Override
    public void update(List<Frame> frames) {
        if (frames == drawn) {
            return;
        }
        drawn = frames;
        chart.setNotify(false);
        MixtureCharts.fill(data, frames, frames.size() - 1);
        steps.recorded(frames);
        long until = BlowUp.rangeUntil(frames, frames.size() - 1);
        BlowUp.fit(plots[0], until);
        BlowUp.fit(plots[1], until);
        chart.setNotify(true);
    }

    void setTheory(MixtureTheory theory) {
        MixtureCharts.markUniform(plots[0], theory == null ? Double.NaN : theory.uniformMass());
        drawn = List.of();
    }

    @Override
    public StepAxis stepAxis() {
        return steps;
    }

    @Override
    public void setDark(boolean dark) {
        Charts.style(chart, dark);
    }

    @Override
    public void setLive(boolean live) {
        viewer.setLive(live);
    }

    int[] points() {
        XYSeriesCollection[] all = {data.masses(), data.errors()};
        return java.util.Arrays.stream(all).flatMap(c -> java.util.stream.IntStream.range(0, c.getSeriesCount())
                .mapToObj(c::getSeries)).mapToInt(s -> s.getItemCount()).toArray();
    }
}
