package tdlab.ui.panels.decoder;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.util.Duration;
import tdlab.model.ParamTensor;
import tdlab.render.Colormap;
import tdlab.render.DecoderMatrix;
import tdlab.render.TokenBands;
import tdlab.sim.Frame;
import tdlab.ui.panels.CanvasPixels;
import tdlab.ui.panels.PaletteLegend;

/**
 * Y at the shown frame: a cell per (context token l, next token n) in the diverging palette over a range symmetric
 * about zero, the token role bands named along both edges, the legend, and a readout of the cell under the mouse.
 * The palette is always the diverging one: the sign of Y is the point, whatever the sequential palette.
 */
final class DecoderView extends BorderPane {
    private static final String FORMULA = "Y = K1ᵀ, the decoder: the next-token logits are o = Yᵀ f with f = c/‖c‖"
            + " the normalised attention output, so Y[l, n] is how much attending to token l argues for next token"
            + " n. Lemma 1: Ẏ = η_Y f (x_{T+1} − α)ᵀ; from zero init each column n grows on the tokens class n"
            + " attends to, and every row keeps sum 0.";
    private static final double BAND_LABELS = 44;
    private static final double LABEL_ROW = 16;
    private static final double TEXT_LINE = 22;
    private final Colormap diverging = Colormap.Named.BLUE_WHITE_ORANGE.load();
    private final Canvas canvas = new Canvas();
    private final Pane rowBands = new Pane();
    private final Pane columnBands = new Pane();
    private final HBox legendBox = new HBox();
    private final Label readout = new Label();
    private final Tooltip tip = new Tooltip(FORMULA);
    private ParamTensor k1;
    private List<TokenBands.Band> bands = List.of();
    private Frame shown;
    private DecoderMatrix matrix;
    private int cell;
    private String drawnLabels = "";
    private String drawnLegend = "";

    DecoderView() {
        canvas.setId("decoder-heatmap");
        readout.setId("decoder-readout");
        readout.setPadding(new Insets(2, 8, 4, 8));
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover(-1, -1));
        rowBands.setMinWidth(BAND_LABELS);
        rowBands.setPrefWidth(BAND_LABELS);
        columnBands.setMinHeight(LABEL_ROW);
        GridPane grid = new GridPane();
        grid.add(columnBands, 1, 0);
        grid.add(rowBands, 0, 1);
        grid.add(new Pane(canvas), 1, 1);
        grid.add(legendBox, 2, 1);
        grid.setHgap(3);
        HBox centre = new HBox(grid);
        centre.setAlignment(Pos.TOP_LEFT);
        centre.setPadding(new Insets(6, 6, 0, 2));
        centre.setMinSize(0, 0);
        centre.setPrefSize(160, 120);
        setCenter(centre);
        setBottom(readout);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    /** A new run: its decoder tensor (null for a model without one) and its token bands. */
    void newRun(ParamTensor decoder, List<TokenBands.Band> roles) {
        k1 = decoder;
        bands = List.copyOf(roles);
        shown = null;
        matrix = null;
        drawnLabels = "";
        drawnLegend = "";
        rowBands.getChildren().clear();
        columnBands.getChildren().clear();
        legendBox.getChildren().clear();
        canvas.setWidth(0);
        canvas.setHeight(0);
        readout.setText("");
    }

    void show(Frame frame) {
        if (frame == shown) {
            return;
        }
        shown = frame;
        redraw();
    }

    private void redraw() {
        if (k1 == null || shown == null || shown.checkpoint() == null) {
            return;
        }
        matrix = DecoderMatrix.of(k1, shown.checkpoint().params());
        // the readout's room fixed, not its current height (which depends on when it was last laid out)
        double side = Math.min(getWidth() - BAND_LABELS - 80, getHeight() - LABEL_ROW - TEXT_LINE - 16);
        cell = (int) Math.max(1, Math.min(24, side / matrix.size()));
        int[] starts = bands.stream().mapToInt(TokenBands.Band::from).toArray();
        CanvasPixels.show(canvas, matrix.render(diverging, cell, starts));
        labels();
        legend();
        readout.setText(String.format(Locale.ROOT, "step %,d · max |Y| = %.3g · hover a cell", shown.step(),
                matrix.maxAbs()));
    }

    private void labels() {
        String key = cell + "/" + bands;
        if (key.equals(drawnLabels)) {
            return;
        }
        drawnLabels = key;
        rowBands.getChildren().clear();
        columnBands.getChildren().clear();
        for (TokenBands.Band b : bands) {
            double size = b.size() * cell;
            if (size >= 11) { // a row band too thin for a line of text stays unlabelled (its tooltip still says)
                Label l = label(b);
                l.setAlignment(Pos.CENTER_RIGHT);
                l.setPrefSize(BAND_LABELS - 4, size);
                l.setLayoutY(b.from() * cell);
                rowBands.getChildren().add(l);
            }
            Label c = label(b);
            c.setAlignment(Pos.CENTER);
            c.setLayoutX(b.from() * cell);
            c.setPrefWidth(size);
            if (size >= 7 * b.label().length()) {
                columnBands.getChildren().add(c);
            } else if (size >= 8) { // too narrow for the name: a class's number, else the initial
                c.setText(b.label().startsWith("DT") ? b.label().substring(3) : b.label().substring(0, 1));
                columnBands.getChildren().add(c);
            }
        }
    }

    private static Label label(TokenBands.Band b) {
        Label l = new Label(b.label());
        l.setFont(Font.font(10));
        l.setMinSize(0, 0);
        l.setTooltip(new Tooltip(String.format(Locale.ROOT, "tokens %d–%d: %s", b.from(), b.to() - 1,
                b.description())));
        return l;
    }

    private void legend() {
        String max = String.format(Locale.ROOT, "%.2g", matrix.maxAbs());
        if (max.equals(drawnLegend)) {
            return;
        }
        drawnLegend = max;
        boolean zero = matrix.maxAbs() == 0;
        legendBox.getChildren().setAll(PaletteLegend.of(diverging, 120, zero ? "" : "−" + max, "0",
                zero ? "" : max, "Colour scale symmetric about 0: ±max |Y| at this frame; white is 0, orange"
                + " positive, blue negative."));
    }

    private void hover(double x, double y) {
        if (matrix == null) {
            return;
        }
        int[] at = x < 0 ? null : matrix.cellAt(x, y, cell);
        if (at == null) {
            tip.setText(FORMULA);
            return;
        }
        int l = at[0];
        int n = at[1];
        String text = String.format(Locale.ROOT, "Y[l = %d%s, n = %d%s] = %.4g", l, role(l), n, role(n),
                matrix.y()[l][n]);
        readout.setText(text);
        tip.setText(text + "\n\n" + FORMULA);
    }

    private String role(int token) {
        TokenBands.Band b = TokenBands.at(bands, token);
        return b == null ? "" : " (" + b.label() + ")";
    }

    Canvas canvas() {
        return canvas;
    }

    DecoderMatrix matrix() {
        return matrix;
    }
}
