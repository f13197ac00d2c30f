package tdlab.ui.panels.masses;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.render.BlowUp;
import tdlab.render.Charts;
import tdlab.render.ClassScores;
import tdlab.render.ScanSnapCharts;
import tdlab.render.Theorem3Pair;
import tdlab.task.classes.SequenceClass;
import tdlab.family.classes.ScanSnapTheory;
import tdlab.render.StepAxis;
import tdlab.sim.Frame;
import tdlab.ui.panels.ChartPanel;
import tdlab.ui.panels.ChartView;

/**
 * Three stacked charts over the step ({@link ScanSnapCharts}): class 1's c_n masses, the entropy of c_n on its
 * distinct tokens, and Theorem 3's measured ratio beside the theorem's prediction on a log axis.
 */
final class MassesView extends BorderPane implements ChartPanel.Charts {
    private final ScanSnapCharts.Data data = ScanSnapCharts.data();
    private final JFreeChart chart = ScanSnapCharts.chart(data);
    private final ChartView viewer = new ChartView(chart);
    private final StepAxis steps = new StepAxis(chart);
    private List<Frame> drawn = List.of();
    private ScanSnapTheory theory;
    private ClassScores scores;
    private Theorem3Pair pair;
    private boolean choosing;
    private final ComboBox<String> likelier = new ComboBox<>();
    private final ComboBox<String> rarer = new ComboBox<>();

    MassesView() {
        viewer.setId("masses-chart");
        Tooltip tip = new Tooltip("Class 1's attention c_n[l] = P(l|n)·e^{Z[m,l]} / Σ_l' P(l'|n)·e^{Z[m,l']}:\n"
                + "• Σ over the common tokens (Theorem 2: their logits fall), the most likely distinct token (grows),"
                + " the least likely one (dropped first).\n"
                + "• DT entropy: −Σ p log p of c_n on the distinct tokens, renormalised over them (ln 10 = 2.303 is"
                + " uniform); it falls while attention scans and stops when it snaps.\n"
                + "• Theorem 3, log axis: r(t)/r(0) with r = c̃_l²/c̃_l'² − 1 (measured) beside e^{2(z(t) − z(0))},"
                + " z = Z[m, l] (the theorem's prediction); the pair l, l' is chosen above (the likeliest and the"
                + " rarest at first). They agree in the population model with η_Y ≫ η_Z; finite batches only roughly, so they are shown side by side, not equated.\n"
                + "• Theorem 4, dotted: B_n(t) = η_Z ∫ξ_n = ¼ ln(1 + 2(M−1)²/(KM²)·η_Y η_Z t²) while attention scans"
                + " (t < K ln M/η_Y), ¼ ln(1 + 2K(M−1)²/M²·(η_Z/η_Y)·ln²(M η_Y t/K)) once it has snapped (t ≥ t0 ="
                + " 2K ln M/η_Y); the theorem says nothing in between. Time in the batch-1 flow's units, drawn as"
                + " steps; C0 = 1 because B_n(0) = 0.");
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(viewer, tip);
        setCenter(viewer);
        likelier.setId("thm3-l");
        rarer.setId("thm3-l-prime");
        Tooltip pairTip = new Tooltip("The two distinct tokens of class 1 whose ratio r = c̃_l²/c̃_l'² − 1 Theorem 3"
                + " follows: l is the likelier of the two (so r(0) = (P_l/P_l')² − 1 > 0).");
        likelier.setTooltip(pairTip);
        rarer.setTooltip(pairTip);
        likelier.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> pairChanged());
        rarer.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> pairChanged());
        HBox pairBar = new HBox(6, new Label("Theorem 3: l"), likelier, new Label("l'"), rarer);
        pairBar.setAlignment(Pos.CENTER_LEFT);
        pairBar.setPadding(new Insets(2, 6, 2, 6));
        setTop(pairBar);
    }

    /** The run's class 1, for the Theorem 3 pair: its distinct tokens by increasing P(l | n). */
    void setClass(ClassScores classScores) {
        scores = classScores;
        choosing = true;
        try {
            likelier.getItems().clear();
            rarer.getItems().clear();
            if (scores != null) {
                SequenceClass c = scores.sequenceClass();
                for (int i = c.commonCount(); i < c.tokens().length; i++) {
                    String item = String.format(java.util.Locale.ROOT, "%d (P %.4f)", c.tokens()[i], c.probs()[i]);
                    likelier.getItems().add(item);
                    rarer.getItems().add(item);
                }
                // the series' pair by default: the likeliest and the rarest
                likelier.getSelectionModel().selectLast();
                rarer.getSelectionModel().selectFirst();
            }
        } finally {
            choosing = false;
        }
        pair = null;
        drawn = List.of();
    }

    private void pairChanged() {
        if (choosing || scores == null) {
            return;
        }
        int a = likelier.getSelectionModel().getSelectedIndex();
        int b = rarer.getSelectionModel().getSelectedIndex();
        int first = scores.sequenceClass().commonCount();
        pair = a < 0 || b < 0 || a == b ? null : Theorem3Pair.of(scores, first + a, first + b);
        List<Frame> frames = drawn;
        drawn = List.of();
        update(frames);
    }

    /** The chosen pair, null for the series' default (for tests). */
    Theorem3Pair pair() {
        return pair;
    }

    @Override
    public void update(List<Frame> frames) {
        if (frames == drawn) {
            return;
        }
        drawn = frames;
        chart.setNotify(false);
        ScanSnapCharts.fill(data, frames, frames.size() - 1, theory, pair);
        steps.recorded(frames);
        long until = BlowUp.rangeUntil(frames, frames.size() - 1);
        List<XYPlot> plots = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        BlowUp.fit(plots.get(0), until); // the log plot keeps its own auto range
        BlowUp.fit(plots.get(1), until);
        Charts.legendForDrawnSeries(chart.getPlot());
        chart.setNotify(true);
    }

    /** The run's theory, for Theorem 4's curve (null for a run of another family). */
    void setTheory(ScanSnapTheory t) {
        theory = t;
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
        XYSeriesCollection[] all = {data.masses(), data.entropy(), data.theorem3(), data.theorem4()};
        return java.util.Arrays.stream(all).flatMap(c -> java.util.stream.IntStream.range(0, c.getSeriesCount())
                .mapToObj(c::getSeries)).mapToInt(s -> s.getItemCount()).toArray();
    }
}
