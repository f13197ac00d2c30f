package tdlab.ui.panels.headattention;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import tdlab.family.mixture.HeadAttention;
import tdlab.model.mha.MultiHeadClassifier;
import tdlab.render.Colormap;
import tdlab.render.HeadAttentionImage;
import tdlab.sim.Frame;
import tdlab.task.Batch;
import tdlab.ui.controls.IntSpinner;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.PaletteLegend;

/**
 * A chosen test sequence: the orange strip marks its relevant tokens' columns; below, a row per head and a column
 * per token, coloured by the attention the head's query positions pay to the token (their mean, so each row sums
 * to one) over exactly [0, 1]; a readout of the label, the prediction and the hovered cell.
 */
final class HeadAttentionView extends BorderPane {
    private static final String FORMULA = "Paper setting reconstructed (Deora et al. 2023, no public code; the data"
            + " model and constants are ours, science.md S5).\nRow h, column s: (1/T) Σ_t S_h[t][s], the attention"
            + " head h's query positions pay to token s (every position is read out by its column of U_h). The orange"
            + " strip marks the relevant tokens (mean μ₊ or μ₋, which carry the label); the others come from the"
            + " irrelevant means ν_j. Uniform attention is 1/T in every cell.";
    private final Canvas canvas = new Canvas();
    private final Spinner<Integer> sequence = IntSpinner.of(0, 0, 0, 1);
    private final Label header = new Label();
    private final Label readout = new Label();
    private final Label tokens = new Label();
    private final HBox legendBox = new HBox();
    private final Tooltip tip = new Tooltip(FORMULA);
    private Colormap palette = Colormap.Named.VIRIDIS.load();
    private MultiHeadClassifier model;
    private Batch test;
    private Frame frame;
    private HeadAttention shown;
    private int cellW;
    private int cellH;

    HeadAttentionView() {
        canvas.setId("headattention-heatmap");
        sequence.setId("headattention-sequence");
        sequence.setPrefWidth(90);
        readout.setId("headattention-readout");
        readout.setPadding(new Insets(2, 8, 4, 8));
        tokens.setPadding(new Insets(0, 8, 0, 8));
        tokens.setStyle("-fx-font-size: 10px;");
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover(-1, -1));
        sequence.valueProperty().addListener((o, a, b) -> redraw());
        Label choose = new Label("test sequence");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox chooser = new HBox(6, choose, sequence);
        chooser.setAlignment(Pos.CENTER_LEFT);
        header.setId("headattention-header");
        VBox top = new VBox(2, chooser, header);
        top.setPadding(new Insets(4, 8, 2, 8));
        HBox centre = new HBox(6, new Pane(canvas), legendBox);
        centre.setAlignment(Pos.TOP_LEFT);
        centre.setPadding(new Insets(4, 6, 0, 8));
        centre.setMinSize(0, 0);
        centre.setPrefSize(160, 120);
        setTop(top);
        setCenter(centre);
        setBottom(new VBox(tokens, readout));
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        legendBox.getChildren().setAll(PaletteLegend.of(palette, 120, "0", "", "1", "Attention over exactly [0, 1]."));
    }

    /** A new run: its model and test set (null for a run of another family). */
    void newRun(MultiHeadClassifier m, Batch testSet) {
        model = m;
        test = testSet;
        frame = null;
        shown = null;
        int max = testSet == null ? 0 : testSet.size() - 1;
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) sequence.getValueFactory()).setMax(max);
        if (sequence.getValue() > max) {
            sequence.getValueFactory().setValue(0);
        }
        canvas.setWidth(0);
        canvas.setHeight(0);
        readout.setText(m == null ? "This run has no multi-head classifier on a tokenized mixture." : "");
        tokens.setText("");
        header.setText("");
    }

    void show(Frame f) {
        if (f == frame) {
            return;
        }
        frame = f;
        redraw();
    }

    void choose(int i) {
        sequence.getValueFactory().setValue(i);
    }

    void setPalette(Colormap p) {
        palette = p;
        legendBox.getChildren().setAll(PaletteLegend.of(palette, 120, "0", "", "1", "Attention over exactly [0, 1]."));
        redraw();
    }

    private void redraw() {
        if (model == null || test == null || frame == null || frame.checkpoint() == null) {
            return;
        }
        int b = Math.min(sequence.getValue(), test.size() - 1);
        shown = HeadAttention.of(model, frame.checkpoint().params(), test, b);
        int heads = shown.received().length;
        int t = shown.components().length;
        double w = Math.max(40, getWidth() - 90);
        double h = Math.max(30, getHeight() - 110);
        cellW = (int) Math.max(4, Math.min(64, w / t));
        cellH = (int) Math.max(2, Math.min(40, Math.min(cellW, h / (heads + 0.5))));
        CanvasPixels.show(canvas, HeadAttentionImage.render(shown, palette, cellW, cellH));
        header.setText(String.format(Locale.ROOT, "label y = %s · P(y = +1) = %.3f · %s", shown.label() == 1 ? "+1"
                : "−1", shown.probabilityPositive(), shown.correct() ? "correct" : "wrong"));
        StringBuilder names = new StringBuilder("tokens: ");
        for (int s = 0; s < t; s++) {
            names.append(s == 0 ? "" : "  ").append(s).append('=').append(shown.componentName(s));
        }
        tokens.setText(names.toString());
        readout.setText(String.format(Locale.ROOT, "step %,d · %d heads × %d tokens · hover a cell", frame.step(),
                heads, t));
    }

    private void hover(double x, double y) {
        if (shown == null) {
            return;
        }
        int[] at = x < 0 ? null : HeadAttentionImage.cellAt(shown, x, y, cellW, cellH);
        if (at == null) {
            tip.setText(FORMULA);
            return;
        }
        String text = String.format(Locale.ROOT, "head %d, token %d (%s%s): attention %.4f", at[0] + 1, at[1],
                shown.componentName(at[1]), shown.relevant(at[1]) ? ", relevant" : "", shown.received()[at[0]][at[1]]);
        readout.setText(text);
        tip.setText(text + "\n\n" + FORMULA);
    }

    Canvas canvas() {
        return canvas;
    }

    HeadAttention shown() {
        return shown;
    }
}
