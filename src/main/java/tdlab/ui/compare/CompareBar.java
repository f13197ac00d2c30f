package tdlab.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.SegmentedButton;
import tdlab.render.CompareLayout;
import tdlab.ui.panels.RunColours;

/**
 * The bar above the panels while runs are compared: the runs in their colours, "Stop comparing", and the table of
 * every setting in which they differ (one row per setting in the sidebar's words, one column per run).
 */
public final class CompareBar extends VBox {
    private final GridPane table = new GridPane();
    private final Label same = new Label("The runs have the same settings: edit the live run and apply to compare"
            + " a change.");

    public CompareBar(ComparisonViewModel vm) {
        setId("compare-diff");
        getStyleClass().add("compare-bar");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(3);
        Label title = new Label("Comparing runs");
        title.setStyle("-fx-font-weight: bold;");
        title.setTooltip(new Tooltip("Each run trains on its own thread; the transport and the speed drive them all,"
                + " and the timeline shows every run up to the same step. Compare → Stop comparing closes the other"
                + " runs."));
        Button stop = new Button("Stop comparing");
        stop.setId("compare-stop");
        stop.setFocusTraversable(false);
        stop.setOnAction(e -> vm.stop());
        Label progress = new Label();
        progress.setId("compare-progress");
        progress.textProperty().bind(vm.progressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, progress, spacer, layoutChoice(vm), stop);
        top.setAlignment(Pos.CENTER_LEFT);
        table.setId("compare-diff-table");
        table.setHgap(14);
        table.setVgap(1);
        same.setId("compare-same");
        getChildren().addAll(top, table, same);
        visibleProperty().bind(vm.comparingProperty());
        managedProperty().bind(vm.comparingProperty());
        vm.diffProperty().addListener((o, a, b) -> show(b));
        show(vm.diffProperty().get());
    }

    /**
     * Overlay or side by side: the chart panels draw the runs on one chart in their colours, or one small chart per
     * run on the same axes. One of the two is always chosen.
     */
    private static SegmentedButton layoutChoice(ComparisonViewModel vm) {
        SegmentedButton choice = new SegmentedButton();
        choice.setId("compare-layout");
        choice.setFocusTraversable(false);
        for (CompareLayout l : CompareLayout.values()) {
            ToggleButton b = new ToggleButton(l.label());
            b.setId("compare-layout-" + l.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setUserData(l);
            b.setFocusTraversable(false);
            b.setSelected(l == vm.layoutProperty().get());
            choice.getButtons().add(b);
        }
        choice.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) { // a click on the chosen button would leave none chosen
                was.setSelected(true);
            } else {
                vm.layoutProperty().set((CompareLayout) now.getUserData());
            }
        });
        vm.layoutProperty().addListener((o, a, b) ->
                choice.getButtons().forEach(t -> t.setSelected(t.getUserData() == b)));
        Tooltip.install(choice, new Tooltip("Overlay: the parameters and predictions panels draw every run on one"
                + " chart, each in its colour. Side by side: one small chart per run, on the same axes. The loss"
                + " curves and the landscape always overlay; the attention panel shows a row per run."));
        return choice;
    }

    private void show(DiffTable diff) {
        table.getChildren().clear();
        same.setVisible(diff.isEmpty() && !diff.runs().isEmpty());
        same.setManaged(same.isVisible());
        table.setVisible(!diff.isEmpty());
        table.setManaged(!diff.isEmpty());
        if (diff.isEmpty()) {
            return;
        }
        Label setting = new Label("Setting");
        setting.setStyle("-fx-font-weight: bold;");
        table.add(setting, 0, 0);
        for (int c = 0; c < diff.runs().size(); c++) {
            String run = diff.runs().get(c);
            Label head = new Label(run, swatch(run));
            head.setStyle("-fx-font-weight: bold;");
            table.add(head, c + 1, 0);
        }
        for (int r = 0; r < diff.rows().size(); r++) {
            DiffTable.Row row = diff.rows().get(r);
            Label label = new Label(row.label());
            label.setTooltip(new Tooltip(row.path()));
            table.add(label, 0, r + 1);
            for (int c = 0; c < row.values().size(); c++) {
                table.add(new Label(row.values().get(c)), c + 1, r + 1);
            }
        }
    }

    /** A square in the run's colour, the colour of its lines in the charts. */
    private static Rectangle swatch(String run) {
        return new Rectangle(10, 10, RunColours.of(ComparisonViewModel.colour(run)));
    }
}
