package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.sim.Frame;

/**
 * A comparison on the loss chart: every run in its own colour (Okabe–Ito, {@link Charts#SERIES}), validation loss
 * as a solid line, training loss thin and pale, and each run drawn up to the same step (the timeline's cursor), so
 * the runs are compared at one moment of training. The live run keeps its series ({@link RunCharts#lossData()});
 * the pinned runs have two series each in a second collection: validation (named by the run's legend, listed) then
 * training (unlisted: the live run's entry shows what a thin line means). A pinned run that diverged is drawn up
 * to where its blow-up starts ({@link BlowUp}).
 */
public final class CompareCharts {
    private static final float VALIDATION_WIDTH = 2.0f;
    private static final float TRAIN_WIDTH = 1.0f;
    /** Of 255: training lines let the validation lines of other runs show through. */
    private static final int TRAIN_ALPHA = 150;

    private CompareCharts() {
    }

    /** The index of the last frame at or before {@code step}; −1 when the run has none there yet. */
    public static int upTo(List<Frame> frames, long step) {
        if (frames.isEmpty() || frames.get(0).step() > step) {
            return -1;
        }
        return Frame.indexAtOrBefore(frames, step);
    }

    /**
     * The index of the last frame of a compared run to draw at {@code step}: at or before it, and for a run that
     * blew up no later than where its blow-up starts ({@link BlowUp}), whose 1e100s would set the axes of every run.
     * −1 when the run has no frame there yet.
     */
    public static int drawnUpTo(List<Frame> frames, long step) {
        int last = upTo(frames, step);
        long until = BlowUp.rangeUntil(frames, last);
        return until == BlowUp.NONE ? last : Frame.indexAtOrBefore(frames, until);
    }

    /**
     * Fills the pinned runs' series up to {@code step}; the series are rebuilt when the runs or their legends
     * change. True when they were rebuilt (the renderer's styles then follow, {@link #stylePinned}).
     */
    public static boolean fillPinned(XYSeriesCollection data, List<ComparedRun> runs, long step) {
        boolean rebuilt = !keysMatch(data, runs);
        if (rebuilt) {
            data.removeAllSeries();
            for (ComparedRun r : runs) {
                data.addSeries(new XYSeries(r.legend(), true, true));
                data.addSeries(new XYSeries(r.name() + ": train (batch)", true, true));
            }
        }
        for (int k = 0; k < runs.size(); k++) {
            XYSeries val = data.getSeries(2 * k);
            XYSeries train = data.getSeries(2 * k + 1);
            val.clear();
            train.clear();
            List<Frame> frames = runs.get(k).frames();
            int last = upTo(frames, step);
            // a pinned run that blew up ends where its blow-up starts: its 1e100s would set the live run's axis
            long until = BlowUp.rangeUntil(frames, last);
            for (int i : Charts.decimate(last + 1)) {
                Frame f = frames.get(i);
                if (!f.diverged() && f.step() <= until) {
                    add(val, f.step(), f.valLoss());
                    add(train, f.step(), f.trainLoss());
                }
            }
            val.fireSeriesChanged();
            train.fireSeriesChanged();
        }
        return rebuilt;
    }

    private static boolean keysMatch(XYSeriesCollection data, List<ComparedRun> runs) {
        if (data.getSeriesCount() != 2 * runs.size()) {
            return false;
        }
        for (int k = 0; k < runs.size(); k++) {
            if (!data.getSeries(2 * k).getKey().equals(runs.get(k).legend())) {
                return false;
            }
        }
        return true;
    }

    /** Each pinned run's colour; only its validation line is listed in the legend. */
    public static void stylePinned(XYLineAndShapeRenderer r, List<ComparedRun> runs) {
        for (int k = 0; k < runs.size(); k++) {
            Color c = colour(runs.get(k).colour());
            r.setSeriesPaint(2 * k, c, false);
            r.setSeriesStroke(2 * k, new BasicStroke(VALIDATION_WIDTH), false);
            r.setSeriesPaint(2 * k + 1, pale(c), false);
            r.setSeriesStroke(2 * k + 1, new BasicStroke(TRAIN_WIDTH), false);
            r.setSeriesVisibleInLegend(2 * k + 1, false, false);
            r.setSeriesVisibleInLegend(2 * k, true, false);
        }
    }

    /**
     * The live run's series: in a comparison its name before each and all in its colour (training thin and pale,
     * the exact loss dashed); outside one, the chart's usual names and colours.
     */
    public static void styleLive(XYLineAndShapeRenderer r, XYSeriesCollection live, Comparison c) {
        for (int i = 0; i < live.getSeriesCount(); i++) {
            String name = RunCharts.LOSS_SERIES.get(i);
            live.getSeries(i).setKey(c.active() ? c.liveName() + ": " + name : name);
        }
        if (!c.active()) {
            for (int i = 0; i < live.getSeriesCount(); i++) {
                r.setSeriesPaint(i, Charts.SERIES[i], false);
                r.setSeriesStroke(i, new BasicStroke(LIVE_WIDTH), false);
            }
            return;
        }
        Color own = colour(c.liveColour());
        r.setSeriesPaint(0, pale(own), false);
        r.setSeriesStroke(0, new BasicStroke(TRAIN_WIDTH), false);
        r.setSeriesPaint(1, own, false);
        r.setSeriesStroke(1, new BasicStroke(VALIDATION_WIDTH), false);
        r.setSeriesPaint(2, own, false);
        r.setSeriesStroke(2, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f), false);
    }

    /** The live loss chart's line width outside a comparison ({@link Charts#lineChart}). */
    private static final float LIVE_WIDTH = 1.8f;

    /** A run's colour by its index: the Okabe–Ito order, so A, B, C, D are blue, orange, green, vermillion. */
    public static Color colour(int index) {
        return Charts.SERIES[index % Charts.SERIES.length];
    }

    private static Color pale(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), TRAIN_ALPHA);
    }

    private static void add(XYSeries s, double x, double y) {
        if (Double.isFinite(y)) {
            s.add(x, y, false);
        }
    }
}
