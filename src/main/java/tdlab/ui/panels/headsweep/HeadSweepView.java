package tdlab.ui.panels.headsweep;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.render.Charts;
import tdlab.render.HeadsSweepChart;
import tdlab.sweep.HeadsCell;
import tdlab.ui.panels.ChartView;

/** The heads sweep's controls (H values, Compute, Cancel, progress), its chart ({@link HeadsSweepChart}), a status. */
final class HeadSweepView extends BorderPane {
    private final XYSeriesCollection losses = new XYSeriesCollection();
    private final XYSeriesCollection error = new XYSeriesCollection();
    private final JFreeChart chart = HeadsSweepChart.chart(losses, error);
    private final ChartView chartView = new ChartView(chart);

    HeadSweepView(HeadSweepViewModel vm) {
        TextField heads = new TextField();
        heads.setId("headsweep-heads");
        heads.textProperty().bindBidirectional(vm.headsProperty());
        heads.setPrefColumnCount(10);
        heads.setTooltip(new Tooltip("The numbers of heads H to train, separated by commas (1 to 64)."));
        Button compute = new Button("Compute");
        compute.setId("headsweep-compute");
        compute.disableProperty().bind(vm.computingProperty());
        compute.setOnAction(e -> vm.compute());
        Button cancel = new Button("Cancel");
        cancel.setId("headsweep-cancel");
        cancel.disableProperty().bind(vm.computingProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(100);
        progress.progressProperty().bind(vm.progressProperty());
        FlowPane controls = new FlowPane(6, 4, new Label("H"), heads, compute, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 2, 6));
        setTop(controls);
        Tooltip.install(chartView, new Tooltip("Paper setting reconstructed (Deora et al. 2023, no public code; data"
                + " model and constants ours, science.md S5). Each point is the current run trained to its end with H"
                + " heads on the same data and seed: final logistic loss on the training set and on the test set (left),"
                + " test error in % (right, dashed)."));
        setCenter(chartView);
        Label status = new Label();
        status.setId("headsweep-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        setBottom(status);
        vm.resultProperty().addListener((o, a, b) -> show(b == null ? List.of() : b));
    }

    private void show(List<HeadsCell> cells) {
        HeadsSweepChart.fill(losses, error, cells);
    }

    void setDark(boolean dark) {
        Charts.style(chart, dark);
    }

    void setLive(boolean live) {
        chartView.setLive(live);
    }

    int[] points() {
        return new int[] {losses.getSeriesCount() > 0 ? losses.getSeries(0).getItemCount() : 0,
                losses.getSeriesCount() > 1 ? losses.getSeries(1).getItemCount() : 0,
                error.getSeriesCount() > 0 ? error.getSeries(0).getItemCount() : 0};
    }
}
