package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.sim.Frame;

/**
 * A comparison overlaid on a chart of several series per run (parameters, predictions). Each plot keeps the live
 * run's series as its dataset 0 and gets one dataset per pinned run, the same series filled from that run's frames
 * up to the time cursor ({@link CompareCharts#drawnUpTo}). Every run's lines are in its colour (Okabe–Ito by letter,
 * as on the loss chart) and a series is told by its dash, the same in every run; the legend lists the runs (the
 * pinned ones by the legend naming their difference) and then the series' dashes in grey. Outside a comparison
 * the plots get their own renderers and legend back.
 */
public final class CompareOverlay {
    /** Fills one run's collections (one per plot, as {@code structure} makes them) from frames[0..upTo]. */
    public interface Fill {
        void fill(XYSeriesCollection[] data, List<Frame> frames, int upTo);
    }

    /** A series' dash by its index in its plot: solid, dashed, dotted, dash-dot, long dashes, sparse dots. */
    private static final float[][] DASHES = {null, {7f, 4f}, {2f, 3f}, {9f, 3f, 2f, 3f}, {14f, 5f}, {2f, 7f}};
    private static final Color STYLE_GREY = new Color(110, 110, 110);
    private static final Line2D.Double LEGEND_LINE = new Line2D.Double(-9, 0, 9, 0);

    private final XYPlot top;
    private final List<XYPlot> plots;
    private final List<XYItemRenderer> own = new ArrayList<>();
    private final Supplier<XYSeriesCollection[]> structure;
    private final float width;
    /** Each pinned run's collections, one per plot, in the comparison's order. */
    private final List<XYSeriesCollection[]> runs = new ArrayList<>();
    private Comparison styled = Comparison.NONE;

    /**
     * @param top       the chart's plot, whose legend this sets (a combined plot, or the one plot)
     * @param plots     the plots, each holding the live run's collection of {@code structure}'s same index
     * @param structure one run's empty collections
     * @param width     the lines' width
     */
    public CompareOverlay(XYPlot top, List<XYPlot> plots, Supplier<XYSeriesCollection[]> structure, float width) {
        this.top = top;
        this.plots = List.copyOf(plots);
        this.structure = structure;
        this.width = width;
        plots.forEach(p -> own.add(p.getRenderer()));
    }

    /**
     * Draws the pinned runs of {@code c} up to {@code step} ({@code fill} reads their frames), styles every run
     * when the runs change; with no runs overlaid ({@code c} inactive or side by side), removes them.
     */
    public void show(Comparison c, long step, Fill fill) {
        boolean overlaid = c.active() && !c.sideBySide();
        List<ComparedRun> pinned = overlaid ? c.pinned() : List.of();
        boolean restyle = !sameRuns(pinned, styled.pinned()) || overlaid != (styled.active() && !styled.sideBySide())
                || overlaid && c.liveColour() != styled.liveColour();
        if (runs.size() != pinned.size()) {
            for (XYPlot p : plots) {
                for (int k = 1; k <= Math.max(runs.size(), pinned.size()); k++) {
                    p.setDataset(k, null);
                    p.setRenderer(k, null);
                }
            }
            runs.clear();
            for (int k = 0; k < pinned.size(); k++) {
                XYSeriesCollection[] data = structure.get();
                runs.add(data);
                for (int i = 0; i < plots.size(); i++) {
                    plots.get(i).setDataset(k + 1, data[i]);
                }
            }
            restyle = true;
        }
        for (int k = 0; k < pinned.size(); k++) {
            List<Frame> frames = pinned.get(k).frames();
            fill.fill(runs.get(k), frames, CompareCharts.drawnUpTo(frames, step));
        }
        if (restyle) {
            style(overlaid ? c : Comparison.NONE);
        }
        styled = overlaid ? c : Comparison.NONE;
        legend(overlaid ? c : null);
    }

    private void style(Comparison c) {
        for (int i = 0; i < plots.size(); i++) {
            XYPlot p = plots.get(i);
            if (!c.active()) {
                p.setRenderer(0, own.get(i));
                continue;
            }
            int series = p.getDataset(0).getSeriesCount();
            p.setRenderer(0, runRenderer(CompareCharts.colour(c.liveColour()), series));
            for (int k = 0; k < c.pinned().size(); k++) {
                p.setRenderer(k + 1, runRenderer(CompareCharts.colour(c.pinned().get(k).colour()), series));
            }
        }
    }

    private XYLineAndShapeRenderer runRenderer(Color colour, int series) {
        XYLineAndShapeRenderer r = Charts.lineRenderer(width, 0, 0);
        for (int s = 0; s < series; s++) {
            r.setSeriesPaint(s, colour);
            r.setSeriesStroke(s, dash(s));
        }
        return r;
    }

    private Stroke dash(int series) {
        float[] d = DASHES[series % DASHES.length];
        return d == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, d, 0f);
    }

    /** The runs in their colours, then each series that holds points in some run, by its dash in grey. */
    private void legend(Comparison c) {
        if (c == null && top.getFixedLegendItems() == null) {
            return; // alone: the chart's own legend, nothing to change
        }
        LegendItemCollection items = null;
        if (c != null) {
            items = new LegendItemCollection();
            items.add(item(c.liveLabel(), new BasicStroke(width + 1), CompareCharts.colour(c.liveColour())));
            for (ComparedRun r : c.pinned()) {
                items.add(item(r.legend(), new BasicStroke(width + 1), CompareCharts.colour(r.colour())));
            }
            for (XYPlot p : plots) {
                if (!shown(p)) {
                    continue;
                }
                XYSeriesCollection live = (XYSeriesCollection) p.getDataset(0);
                for (int s = 0; s < live.getSeriesCount(); s++) {
                    if (hasPoints(p, s)) {
                        items.add(item(live.getSeries(s).getKey().toString(), dash(s), STYLE_GREY));
                    }
                }
            }
        }
        top.setFixedLegendItems(items);
    }

    private boolean shown(XYPlot p) {
        return !(top instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined)
                || combined.getSubplots().contains(p);
    }

    /** Whether series {@code s} has points in any run's dataset of the plot. */
    private static boolean hasPoints(XYPlot p, int s) {
        for (int d = 0; d < p.getDatasetCount(); d++) {
            if (p.getDataset(d) != null && s < p.getDataset(d).getSeriesCount() && p.getDataset(d).getItemCount(s) > 0) {
                return true;
            }
        }
        return false;
    }

    private static LegendItem item(String label, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, LEGEND_LINE, stroke, paint);
    }

    private static boolean sameRuns(List<ComparedRun> a, List<ComparedRun> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).name().equals(b.get(k).name()) || a.get(k).colour() != b.get(k).colour()) {
                return false;
            }
        }
        return true;
    }
}
