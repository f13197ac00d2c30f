package tdlab.ui.panels.lrsweep;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import tdlab.render.Charts;
import tdlab.render.RateSweepChart;
import tdlab.sweep.RateCell;
import tdlab.ui.controls.IntSpinner;
import tdlab.ui.panels.ChartView;

/**
 * The learning-rate sweep's controls (η_Z values, ratios, seeds, Compute, Cancel, progress), the Fig. 6 chart
 * ({@link RateSweepChart}) and a status line.
 */
final class LrSweepView extends BorderPane {
    private final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    private final JFreeChart chart = RateSweepChart.chart(data);
    private final ChartView chartView = new ChartView(chart);

    LrSweepView(LrSweepViewModel vm) {
        TextField etaZ = new TextField();
        etaZ.setId("lrsweep-eta-z");
        etaZ.textProperty().bindBidirectional(vm.etaZProperty());
        etaZ.setPrefColumnCount(9);
        etaZ.setTooltip(new Tooltip("The attention's learning rates η_Z, one line each, separated by commas."));
        TextField ratio = new TextField();
        ratio.setId("lrsweep-eta-ratio");
        ratio.textProperty().bindBidirectional(vm.etaRatioProperty());
        ratio.setPrefColumnCount(9);
        ratio.setTooltip(new Tooltip("The decoder's rate as a multiple of η_Z: η_Y/η_Z, the x axis."));
        Spinner<Integer> seeds = IntSpinner.of(1, 100, vm.seedsProperty().get(), 1);
        seeds.getValueFactory().valueProperty().bindBidirectional(vm.seedsProperty());
        seeds.setPrefWidth(70);
        seeds.setTooltip(new Tooltip("Runs per cell (seeds: the run's seed, seed + 1, …); the bars are ± one sd."));
        Button compute = new Button("Compute");
        compute.setId("lrsweep-compute");
        compute.disableProperty().bind(vm.computingProperty());
        compute.setOnAction(e -> vm.compute());
        Button cancel = new Button("Cancel");
        cancel.setId("lrsweep-cancel");
        cancel.disableProperty().bind(vm.computingProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(100);
        progress.progressProperty().bind(vm.progressProperty());
        FlowPane controls = new FlowPane(6, 4, new Label("η_Z"), etaZ, new Label("η_Y/η_Z"), ratio, new Label("seeds"),
                seeds, compute, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 2, 6));
        setTop(controls);
        setCenter(chartView);
        Label status = new Label();
        status.setId("lrsweep-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        setBottom(status);
        vm.resultProperty().addListener((o, a, b) -> show(b == null ? List.of() : b.cells()));
    }

    private void show(List<RateCell> cells) {
        RateSweepChart.fill(data, cells);
    }

    void setDark(boolean dark) {
        Charts.style(chart, dark);
    }

    void setLive(boolean live) {
        chartView.setLive(live);
    }

    /** Lines drawn (one per η_Z with a finished cell; for tests). */
    int lines() {
        return data.getSeriesCount();
    }
}
