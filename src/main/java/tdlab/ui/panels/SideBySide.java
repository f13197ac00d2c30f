package tdlab.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import tdlab.render.CompareCharts;
import tdlab.render.ComparedRun;
import tdlab.render.Comparison;
import tdlab.sim.Frame;

/**
 * A chart panel's runs side by side (small multiples): one chart per run in letter order, two to a row, each
 * under its name and legend in its colour, all on the same axes (the union of the runs' value ranges, the live
 * run's step range), each drawn up to the time cursor, and one legend of their series under them all. The live run's chart is the panel's own, filled by its
 * view; the pinned runs' charts are made by the same factory and kept while the runs stay.
 */
public final class SideBySide {
    /** One run's chart of the panel's kind. */
    public interface RunChart {
        JFreeChart chart();

        /** Shows frames[0..upTo] (−1: nothing yet). */
        void show(List<Frame> frames, int upTo);

        /** The value axes every run's chart shares, index by index. */
        List<ValueAxis> sharedAxes();
    }

    private final GridPane grid = new GridPane();
    private final LegendBar legend = new LegendBar();
    private final VBox view = new VBox(2, grid, legend.view());
    private final RunChart live;
    private final Node liveView;
    private final Supplier<RunChart> factory;
    private final List<RunChart> pinned = new ArrayList<>();
    private final List<ChartView> views = new ArrayList<>();
    private final String id;
    private boolean playing;
    private boolean dark;
    private List<String> arranged = List.of();

    /**
     * @param id       the node id prefix: a pinned run's chart is {@code id-B}
     * @param live     the panel's chart, the live run's
     * @param liveView its view, moved into the grid while runs are side by side
     */
    public SideBySide(String id, RunChart live, Node liveView, Supplier<RunChart> factory) {
        this.id = id;
        this.live = live;
        this.liveView = liveView;
        this.factory = factory;
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setPadding(new Insets(2));
        grid.setMinSize(0, 0);
        VBox.setVgrow(grid, Priority.ALWAYS);
        view.setMinSize(0, 0);
        view.setPadding(new Insets(0, 0, 2, 4));
    }

    /**
     * Draws the pinned runs of {@code c} up to {@code step} beside the live run's chart (which the view has
     * filled), then gives every chart the same ranges.
     */
    private void show(Comparison c, long step) {
        List<ComparedRun> runs = c.pinned();
        while (pinned.size() < runs.size()) {
            RunChart chart = factory.get();
            tdlab.render.Charts.style(chart.chart(), dark);
            ChartView view = new ChartView(chart.chart());
            view.setLive(playing);
            pinned.add(chart);
            views.add(view);
        }
        while (pinned.size() > runs.size()) {
            pinned.remove(pinned.size() - 1);
            views.remove(views.size() - 1);
        }
        ValueAxis steps = ((XYPlot) live.chart().getPlot()).getDomainAxis();
        for (int k = 0; k < runs.size(); k++) {
            JFreeChart chart = pinned.get(k).chart();
            chart.setNotify(false);
            List<Frame> frames = runs.get(k).frames();
            pinned.get(k).show(frames, CompareCharts.drawnUpTo(frames, step));
            ((XYPlot) chart.getPlot()).getDomainAxis().setRange(steps.getRange());
        }
        share();
        // one legend for all: the charts draw the same series in the same styles
        pinned.forEach(p -> p.chart().getLegend().setVisible(false));
        live.chart().getLegend().setVisible(false);
        legend.show(live.chart().getPlot().getLegendItems());
        pinned.forEach(p -> p.chart().setNotify(true));
        arrange(c);
    }

    /** The union of every chart's auto range on each shared axis, set on all of them. */
    private void share() {
        List<RunChart> all = new ArrayList<>(pinned);
        all.add(live);
        all.forEach(r -> r.sharedAxes().forEach(a -> a.setAutoRange(true)));
        for (int i = 0; i < live.sharedAxes().size(); i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (RunChart r : all) {
                ValueAxis a = r.sharedAxes().get(i);
                lo = Math.min(lo, a.getLowerBound());
                hi = Math.max(hi, a.getUpperBound());
            }
            for (RunChart r : all) {
                r.sharedAxes().get(i).setRange(lo, hi);
            }
        }
    }

    /**
     * The panel's content in {@code host}'s centre: the runs side by side when {@code c} says so (drawn up to
     * {@code step}), else the live run's chart alone (or with the runs overlaid).
     */
    public void showIn(javafx.scene.layout.BorderPane host, Comparison c, long step) {
        if (c.sideBySide()) {
            show(c, step);
            if (host.getCenter() != view) {
                host.setCenter(view);
            }
        } else if (host.getCenter() != liveView) {
            release();
            host.setCenter(liveView);
        }
    }

    /** The live run's chart goes back to auto-ranged axes (the panel shows it alone or overlaid). */
    private void release() {
        live.sharedAxes().forEach(a -> a.setAutoRange(true));
        live.chart().getLegend().setVisible(true);
        grid.getChildren().clear();
        arranged = List.of();
    }

    private void arrange(Comparison c) {
        List<String> names = new ArrayList<>();
        names.add(c.liveName());
        c.pinned().forEach(r -> names.add(r.name() + "\n" + r.legend()));
        names.sort(null);
        if (names.equals(arranged)) {
            return;
        }
        arranged = names;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int n = c.pinned().size() + 1;
        int columns = Math.min(2, n);
        int rows = (n + columns - 1) / columns;
        for (int col = 0; col < columns; col++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        for (int row = 0; row < rows; row++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(rc);
        }
        int at = 0;
        int live = (int) c.pinned().stream().filter(r -> r.name().compareTo(c.liveName()) < 0).count();
        for (int k = 0; k <= c.pinned().size(); k++) {
            Node cell;
            if (k == live) {
                cell = cell(c.liveLabel(), c.liveColour(), liveView);
            } else {
                int p = k < live ? k : k - 1;
                ComparedRun r = c.pinned().get(p);
                views.get(p).setId(id + "-" + r.name());
                cell = cell(r.legend(), r.colour(), views.get(p));
            }
            grid.add(cell, at % columns, at / columns);
            at++;
        }
    }

    private static Node cell(String title, int colour, Node chart) {
        Label name = new Label(title, new Rectangle(10, 10, RunColours.of(colour)));
        name.setStyle("-fx-font-weight: bold;");
        name.setTooltip(new Tooltip(title));
        name.setMinWidth(0);
        VBox box = new VBox(1, name, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setMinSize(0, 0);
        return box;
    }

    /** While the run plays the charts are images ({@link ChartView#setLive}). */
    public void setLive(boolean live) {
        playing = live;
        views.forEach(v -> v.setLive(live));
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        pinned.forEach(p -> tdlab.render.Charts.style(p.chart(), dark));
    }

    /** The pinned runs' charts in the comparison's order while they are shown, else none. */
    public List<JFreeChart> shownCharts() {
        return view.getParent() == null ? List.of() : pinned.stream().map(RunChart::chart).toList();
    }
}
