package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import tdlab.render.ReferenceLabels.Box;
import tdlab.render.ReferenceLabels.Placement;

/** Reference lines' labels never cover one another: close lines get one label above and one below. */
class ReferenceLabelsTest {
    private static final double H = 16;

    private static List<Box> boxes(double[] ys, List<Placement> p) {
        return java.util.stream.IntStream.range(0, ys.length).mapToObj(i -> ReferenceLabels.box(ys[i], H, p.get(i)))
                .toList();
    }

    private static void assertDisjoint(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as(boxes.get(i) + " and " + boxes.get(j)).isFalse();
            }
        }
    }

    @Test
    void linesFarApartKeepTheirLabelsAboveAtTheRight() {
        List<Placement> p = ReferenceLabels.place(new double[] {200, 80}, H, 0, 300);
        assertThat(p).containsOnly(new Placement(true, true));
    }

    @Test
    void twoCloseLinesGetOneLabelAboveAndOneBelow() {
        double[] ys = {150, 144}; // the entropy rate under the unigram loss, 6 px apart
        List<Placement> p = ReferenceLabels.place(ys, H, 0, 300);
        assertThat(p.get(1)).isEqualTo(new Placement(true, true)); // the upper line's label above it
        assertThat(p.get(0)).isEqualTo(new Placement(false, true)); // the lower one's below it
        assertDisjoint(boxes(ys, p));
        // on top of each other, the same
        assertDisjoint(boxes(new double[] {150, 150}, ReferenceLabels.place(new double[] {150, 150}, H, 0, 300)));
    }

    @Test
    void aLabelStaysInsideThePlotAndManyCloseLinesUseBothEnds() {
        assertThat(ReferenceLabels.place(new double[] {5}, H, 0, 300).get(0)).isEqualTo(new Placement(false, true));
        double[] four = {100, 104, 108, 112};
        List<Placement> p = ReferenceLabels.place(four, H, 0, 300);
        assertDisjoint(boxes(four, p));
        assertThat(p).extracting(Placement::right).contains(true, false);
        double[] bottom = {295, 297}; // at the floor: below does not fit, the left end does
        List<Placement> q = ReferenceLabels.place(bottom, H, 0, 300);
        assertDisjoint(boxes(bottom, q));
        assertThat(boxes(bottom, q)).allMatch(b -> b.top() >= 0 && b.bottom() <= 300);
    }

    @Test
    void theDrawnLossChartPlacesCloseReferenceLabelsApart() {
        // the exported loss chart's set-up (ChartQuarters.loss): a wide loss range with two references 0.002 apart
        XYSeriesCollection data = RunCharts.lossData();
        data.getSeries(0).add(0, 1.4);
        data.getSeries(0).add(100, 0.50);
        data.getSeries(1).add(0, 1.4);
        data.getSeries(1).add(100, 0.50);
        JFreeChart chart = Charts.lineChart(data, "step", "loss (nats)");
        XYPlot plot = chart.getXYPlot();
        plot.addRangeMarker(Charts.reference(0.600, "entropy rate 0.6000 (global minimum)", new Color(0, 158, 115)));
        plot.addRangeMarker(Charts.reference(0.602, "unigram loss H(π) 0.6020 (local minimum)", new Color(213, 94, 0)));
        BufferedImage img = new BufferedImage(480, 320, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        chart.addChangeListener(e -> changes.incrementAndGet());
        chart.draw(g, new Rectangle2D.Double(0, 0, 480, 320), info);
        // placing the labels changes nothing the chart listens to: a live chart would redraw itself without end
        assertThat(changes.get()).isZero();
        double height = g.getFontMetrics(Charts.reference(0, "x", Color.BLACK).getLabelFont()).getHeight() + 3;
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        List<Placement> p = ReferenceLabels.of(plot, plot.getRangeAxis(), area, height);
        double[] ys = {plot.getRangeAxis().valueToJava2D(0.600, area, plot.getRangeAxisEdge()),
            plot.getRangeAxis().valueToJava2D(0.602, area, plot.getRangeAxisEdge())};
        assertThat(Math.abs(ys[0] - ys[1])).as("closer than a label is tall").isLessThan(height);
        assertThat(p).containsExactly(new Placement(false, true), new Placement(true, true));
        List<Box> drawn = List.of(ReferenceLabels.box(ys[0], height, p.get(0)),
                ReferenceLabels.box(ys[1], height, p.get(1)));
        assertThat(drawn.get(0).overlaps(drawn.get(1))).isFalse();
        assertThat(Charts.lineRenderer(1f)).isInstanceOf(ReferenceLabelRenderer.class); // every chart draws them so
    }

    @Test
    void aLabelledVerticalLineKeepsTheTopForItsOwnLabel() {
        XYSeriesCollection data = RunCharts.lossData();
        data.getSeries(1).add(0, 0.70);
        data.getSeries(1).add(10, 0.55);
        JFreeChart chart = Charts.lineChart(data, "step", "loss (nats)");
        XYPlot plot = chart.getXYPlot();
        plot.addRangeMarker(Charts.reference(0.70, "unigram loss", new Color(213, 94, 0)));
        Rectangle2D area = new Rectangle2D.Double(40, 10, 400, 250);
        double y = plot.getRangeAxis().valueToJava2D(0.70, area, plot.getRangeAxisEdge());
        // the line 0.70 sits a few pixels under the top: its label fits above it …
        assertThat(ReferenceLabels.of(plot, plot.getRangeAxis(), area, H)).containsExactly(new Placement(true, true));
        // … until "diverged at step 7" hangs from the top there: then it goes below
        org.jfree.chart.plot.ValueMarker step = new org.jfree.chart.plot.ValueMarker(7);
        step.setLabel("diverged at step 7");
        plot.addDomainMarker(step);
        assertThat(y - area.getMinY()).isBetween(H, 2 * H);
        assertThat(ReferenceLabels.of(plot, plot.getRangeAxis(), area, H)).containsExactly(new Placement(false, true));
    }
}
