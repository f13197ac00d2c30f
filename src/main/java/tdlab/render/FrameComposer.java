package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.family.Reference;
import tdlab.family.markov.ChainReferences;
import tdlab.family.markov.MarkovFamily;
import tdlab.theory.CanonicalTheory;
import tdlab.theory.Landscape;
import tdlab.train.RunConfig;

/**
 * Draws the state of a run at one recorded frame as a single picture, offscreen and without JavaFX, from
 * the recorded frames alone: the same run gives the same pixels, whatever the screen. Four quarters: the
 * loss, the predictions, the attention of the first head (or the parameters), and the energy landscape
 * with the trajectory (or the parameters).
 */
public final class FrameComposer {
    private static final int TITLE = 30;
    private final RunConfig cfg;
    private final RunInfo info;
    private final String title;
    private final int width;
    private final int height;
    private final Colormap palette;
    private final CanonicalTheory theory;
    /** The chain the run learns, for the predictions chart; null for other task families. */
    private final ChainReferences chain;
    private BufferedImage landscape;
    private LandscapeImage.Transform transform;

    public FrameComposer(RunConfig cfg, RunInfo info, String title, int width, int height, Colormap palette) {
        this.cfg = cfg;
        this.info = info;
        this.title = title;
        this.width = width;
        this.height = height;
        this.palette = palette;
        this.theory = MarkovFamily.canonicalTheory(cfg.task()).orElse(null);
        this.chain = info.theory() instanceof ChainReferences c ? c : null;
    }

    /** The picture of frames[index] (curves up to it). */
    public BufferedImage compose(List<Frame> frames, int index) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Frame f = frames.get(index);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("SansSerif", Font.BOLD, 14));
        g.drawString(title, 10, 20);
        g.setFont(new Font("SansSerif", Font.PLAIN, 13));
        StringBuilder state = new StringBuilder(String.format(Locale.ROOT, "step %,d   loss %.4f", f.step(),
                Double.isFinite(f.exactLoss()) ? f.exactLoss() : f.valLoss()));
        for (Reference r : info.theory().references()) {
            state.append(String.format(Locale.ROOT, "   %s %.4f", r.key().replace('_', ' '), r.value()));
        }
        g.drawString(state.toString(), width - g.getFontMetrics().stringWidth(state.toString()) - 10, 20);
        int w = width / 2;
        int h = (height - TITLE) / 2;
        g.drawImage(lossChart(frames, index).createBufferedImage(w, h), 0, TITLE, null);
        if (chain != null) {
            g.drawImage(predictionsChart(frames, index).createBufferedImage(w, h), 0, TITLE + h, null);
        }
        boolean attention = f.attention().length > 0;
        boolean landscapeShown = theory != null && f.reduced() != null;
        // right column: attention and/or the landscape, the parameters in whatever room is left
        if (attention) {
            drawAttention(g, f, w, TITLE, w, h);
        }
        if (landscapeShown) {
            drawLandscape(g, frames, index, w, attention ? TITLE + h : TITLE, w, h);
        }
        if (!attention && !landscapeShown) {
            g.drawImage(parametersChart(frames, index).createBufferedImage(w, 2 * h), w, TITLE, null);
        } else if (!(attention && landscapeShown)) {
            g.drawImage(parametersChart(frames, index).createBufferedImage(w, h), w, TITLE + h, null);
        }
        g.dispose();
        return img;
    }

    private JFreeChart lossChart(List<Frame> frames, int index) {
        XYSeriesCollection data = RunCharts.lossData();
        RunCharts.fillLoss(data, frames, index);
        JFreeChart chart = Charts.lineChart(data, "step", "loss (nats)");
        RunCharts.lossReferences(chart.getXYPlot(), info);
        RunCharts.fitLossRange(chart.getXYPlot(), data, info, BlowUp.rangeUntil(frames, index));
        Charts.legendForDrawnSeries(chart.getXYPlot());
        stepRange(chart, frames);
        return chart;
    }

    private JFreeChart predictionsChart(List<Frame> frames, int index) {
        double[][] truth = chain.matrix();
        XYSeriesCollection data = RunCharts.predictionData(truth.length);
        RunCharts.fillPredictions(data, truth, chain.stationary(), frames, index);
        JFreeChart chart = Charts.lineChart(data, "step", "probability");
        RunCharts.predictionReferences(chart.getXYPlot(), truth, chain.stationary());
        stepRange(chart, frames);
        return chart;
    }

    private JFreeChart parametersChart(List<Frame> frames, int index) {
        XYSeriesCollection[] data = RunCharts.parameterData();
        RunCharts.fillParameters(data, frames, index);
        JFreeChart chart = RunCharts.parametersChart(data);
        long until = BlowUp.rangeUntil(frames, index);
        var plots = ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        BlowUp.fit(plots.get(0), until); // the energy fraction keeps its fixed [0, 1]
        BlowUp.fit(plots.get(1), until);
        Charts.legendForDrawnSeries(chart.getPlot());
        stepRange(chart, frames);
        return chart;
    }

    /** The whole exported range on the step axis, so the curves grow across a fixed frame. */
    private static void stepRange(JFreeChart chart, List<Frame> frames) {
        double last = Math.max(10, frames.get(frames.size() - 1).step());
        var plot = chart.getPlot();
        if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
            xy.getDomainAxis().setRange(0, last);
        } else if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot c) {
            c.getDomainAxis().setRange(0, last);
        }
    }

    private void drawAttention(Graphics2D g, Frame f, int x0, int y0, int w, int h) {
        double[][] a = f.attention()[0];
        int n = a.length;
        int cell = Math.max(1, Math.min((w - 80) / n, (h - 40) / n));
        Heatmap.Image img = Heatmap.render(Heatmap.causal(a), 0, 1, palette, cell, 0xFF9A9A9A);
        BufferedImage bi = img.toBufferedImage();
        int ix = x0 + (w - img.width()) / 2 - 20;
        int iy = y0 + 24;
        g.drawImage(bi, ix, iy, null);
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        g.drawString("attention, head 1 (probe sequence, query ↓, key →)", x0 + 10, y0 + 16);
        int lx = ix + img.width() + 12;
        g.drawImage(palette.verticalBar(11, img.height()).toBufferedImage(), lx, iy, null);
        g.setColor(new Color(40, 40, 40));
        g.drawString("1", lx + 14, iy + 10);
        g.drawString("0", lx + 14, iy + img.height());
    }

    private void drawLandscape(Graphics2D g, List<Frame> frames, int index, int x0, int y0, int w, int h) {
        int side = Math.min(w - 20, h - 30);
        if (landscape == null || landscape.getWidth() != side) {
            Landscape l = Landscape.compute(theory, Landscape.Viewport.DEFAULT, 160);
            landscape = LandscapeImage.render(l, side, side, Colormap.Named.VIRIDIS.load(), LandscapeImage.Layers.ALL);
            transform = new LandscapeImage.Transform(Landscape.Viewport.DEFAULT, side, side);
        }
        int ix = x0 + (w - side) / 2;
        int iy = y0 + 22;
        g.drawImage(landscape, ix, iy, null);
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        g.drawString("energy landscape L(e, w, b*), trajectory in (w, e)", x0 + 10, y0 + 16);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.2f));
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 0; i <= index; i++) {
            var r = frames.get(i).reduced();
            if (r == null) {
                continue;
            }
            double x = ix + transform.x(r.w());
            double y = iy + transform.y(r.e());
            if (!Double.isNaN(px)) {
                g.draw(new Line2D.Double(px, py, x, y));
            }
            px = x;
            py = y;
        }
        if (!Double.isNaN(px)) {
            g.setColor(new Color(213, 94, 0));
            g.fillOval((int) px - 6, (int) py - 6, 12, 12);
            g.setColor(Color.WHITE);
            g.drawOval((int) px - 6, (int) py - 6, 12, 12);
        }
    }
}
