package tdlab.ui.panels.optattention;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.orders.OrdersKeys;
import tdlab.family.orders.OrdersReadout;
import tdlab.family.orders.OrdersTheory;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.kqov.KqOvModel;
import tdlab.render.Colormap;
import tdlab.render.OrdersCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.task.orders.Sentence;
import tdlab.train.RunConfig;
import tdlab.ui.panels.ChartPanel;
import tdlab.ui.panels.StagedChartView;

/**
 * The optimal-token attention panel (S6): the chosen training sentence's attention on its optimal token over the run
 * beside the mean over all training sentences, and a heatmap of the first few sentences' attention at the shown frame
 * (one row per sentence, one cell per token, the optimal token framed).
 */
public final class OptAttentionPanel implements ChartPanel {
    public static final String KEY = "optattention";
    private final XYSeriesCollection data = OrdersCharts.attentionData();
    private final ComboBox<String> chooser = new ComboBox<>();
    private final StagedChartView chart;
    private final GridPane heatmap = new GridPane();
    private final Label caption = new Label();
    private final VBox view;
    private Colormap palette = Colormap.load("viridis");
    private OrdersTheory theory;
    private KqOvModel model;
    private Frame shown;

    public OptAttentionPanel() {
        chart = new StagedChartView(OrdersCharts.unitChart(data, "attention on x*"), "optattention-chart",
                "a_ℓ = softmax_ℓ(e_{x_ℓ}ᵀ W_kq e_q), the query's attention over the sentence (itself included), on"
                        + " the sentence's optimal token x* (its highest-priority token for the query). W_kq is 0"
                        + " through stage 1, so attention is uniform, 1/L; stage 2 trains W_kq and attention"
                        + " concentrates on x*. The mean runs over every training sentence. Paper setting"
                        + " reconstructed (Huang–Liang–Yang; constants ours).",
                frames -> OrdersCharts.fillAttention(data, frames, frames.size() - 1, chosen()));
        chooser.setId("optattention-sentence");
        chooser.setTooltip(new Tooltip("The training sentence whose attention the chart follows."));
        chooser.valueProperty().addListener((o, a, b) -> {
            chart.refresh();
            drawHeatmap();
        });
        chart.addControls(chooser);
        heatmap.setId("optattention-heatmap");
        heatmap.setHgap(2);
        heatmap.setVgap(1);
        heatmap.setPadding(new Insets(4, 6, 4, 6));
        caption.setWrapText(true);
        caption.setPadding(new Insets(0, 6, 2, 6));
        view = new VBox(chart, caption, heatmap);
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        chart.setMinHeight(150);
    }

    private int chosen() {
        int i = chooser.getSelectionModel().getSelectedIndex();
        return Math.max(0, i);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Attention on the optimal token";
    }

    @Override
    public String description() {
        return "Attention on each sentence's optimal token over training, and a heatmap of a few sentences.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        theory = info.theory() instanceof OrdersTheory t ? t : null;
        model = config.model() instanceof KqOvConfig spec ? new KqOvModel(spec) : null;
        shown = null;
        chooser.getItems().clear();
        if (theory != null) {
            List<Sentence> train = theory.data().train();
            for (int i = 0; i < Math.min(OrdersKeys.SHOWN, train.size()); i++) {
                chooser.getItems().add(String.format(Locale.ROOT, "sentence %d: %s", i + 1, text(train.get(i))));
            }
            chooser.getSelectionModel().select(0);
        }
        chart.newRun(config.training());
        chart.setReadout("");
        drawHeatmap();
        ChartPanel.super.newRun(config, info);
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        this.shown = shown;
        chart.setReadout(shown == null || shown.series().isEmpty() ? "" : String.format(Locale.ROOT,
                "a on x*: chosen %.3f   mean %.3f", shown.series().getOrDefault(OrdersKeys.sentence(chosen()),
                        Double.NaN), shown.series().getOrDefault(OrdersKeys.OPTIMAL_ATTENTION, Double.NaN)));
        drawHeatmap();
        ChartPanel.super.showFrame(shown, recorded);
    }

    @Override
    public void setPalette(Colormap palette) {
        this.palette = palette;
        drawHeatmap();
    }

    /** Tokens as "3 7 [5] · q = 2": the optimal token in brackets, the query last. */
    private static String text(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int t = s.token(i);
            b.append(i == 0 ? "" : " ").append(t == s.optimal() ? "[" + t + "]" : Integer.toString(t));
        }
        return b.toString();
    }

    private void drawHeatmap() {
        heatmap.getChildren().clear();
        if (theory == null || model == null || shown == null || shown.checkpoint() == null) {
            caption.setText("");
            return;
        }
        caption.setText(String.format(Locale.ROOT, "Attention at step %,d (rows: the first %d training sentences, the"
                + " query last; framed: the optimal token x*)", shown.step(), Math.min(OrdersKeys.SHOWN,
                theory.data().train().size())));
        OrdersReadout read = OrdersReadout.of(model, shown.checkpoint().params());
        List<Sentence> train = theory.data().train();
        String frame = String.format(Locale.ROOT, "#%06x", OrdersCharts.optimalColour().getRGB() & 0xFFFFFF);
        for (int r = 0; r < Math.min(OrdersKeys.SHOWN, train.size()); r++) {
            Sentence s = train.get(r);
            double[] a = read.attention(s);
            Label name = new Label((r + 1) + (r == chosen() ? " ▸" : ""));
            name.setMinWidth(28);
            heatmap.add(name, 0, r);
            for (int l = 0; l < s.length(); l++) {
                Label cell = new Label(Integer.toString(s.token(l)));
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(30, 16);
                cell.setPrefSize(30, 16);
                double v = a[l];
                String fg = v > 0.55 ? "black" : "white";
                cell.setStyle("-fx-font-size: 10px; -fx-padding: 0; -fx-background-color: " + palette.hex(v)
                        + "; -fx-text-fill: " + fg + ";"
                        + (s.token(l) == s.optimal() ? " -fx-border-color: " + frame + "; -fx-border-width: 2;" : "")
                        + (l == s.length() - 1 ? " -fx-font-style: italic;" : ""));
                Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT, "token %d%s%s: a = %.4f", s.token(l),
                        s.token(l) == s.optimal() ? " (optimal)" : "", l == s.length() - 1 ? " (query)" : "", v)));
                heatmap.add(cell, l + 1, r);
            }
        }
    }

    @Override
    public ChartPanel.Charts charts() {
        return chart;
    }

    /** Rows drawn in the heatmap (for tests). */
    public int heatmapCells() {
        return heatmap.getChildren().size();
    }
}
