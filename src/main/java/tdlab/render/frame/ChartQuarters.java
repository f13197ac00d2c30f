package tdlab.render.frame;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import tdlab.family.classes.ScanSnapTheory;
import tdlab.family.markov.ChainReferences;
import tdlab.render.BestValidation;
import tdlab.render.BlowUp;
import tdlab.render.Charts;
import tdlab.render.LadderCharts;
import tdlab.render.LogValueAxis;
import tdlab.render.RunCharts;
import tdlab.render.ScanSnapCharts;
import tdlab.render.SpanHistory;
import tdlab.render.StageBoundaries;
import tdlab.render.TheoryMarks;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;

/** The quarters that are charts over the step: each builds its chart for the frame and draws it into its area. */
final class ChartQuarters {
    private ChartQuarters() {
    }

    /** The loss with the theory's references, on a log axis and with its time marks where the theory asks. */
    static Quarter loss(RunInfo info) {
        return (g, frames, index, a) -> {
            XYSeriesCollection data = RunCharts.lossData();
            RunCharts.fillLoss(data, frames, index);
            JFreeChart chart = Charts.lineChart(data, "step", "loss (nats)");
            XYPlot plot = chart.getXYPlot();
            if (info.theory().lossSpansDecades()) { // as the loss panel: S4's loss falls through ten decades
                plot.setRangeAxis(LogValueAxis.of("loss (nats, log)", 1e-15));
                Charts.style(chart, false);
            }
            RunCharts.lossReferences(plot, info);
            RunCharts.fitLossRange(plot, data, info, BlowUp.rangeUntil(frames, index));
            new TheoryMarks(plot).show(info.theory().timeMarks(frames.get(index).learningRates()));
            new BestValidation.Mark(plot).show(BestValidation.of(frames, index));
            Charts.legendForDrawnSeries(plot);
            Captions.stepRange(chart, frames);
            Captions.chart(g, chart, a);
        };
    }

    static Quarter predictions(ChainReferences chain) {
        return (g, frames, index, a) -> {
            double[][] truth = chain.matrix();
            XYSeriesCollection data = RunCharts.predictionData(truth.length);
            RunCharts.fillPredictions(data, truth, chain.stationary(), frames, index);
            JFreeChart chart = Charts.lineChart(data, "step", "probability");
            RunCharts.predictionReferences(chart.getXYPlot(), truth, chain.stationary());
            Captions.stepRange(chart, frames);
            Captions.chart(g, chart, a);
        };
    }

    static Quarter parameters() {
        return (g, frames, index, a) -> {
            tdlab.render.ParametersChart parameters = new tdlab.render.ParametersChart();
            parameters.show(frames, index, BlowUp.rangeUntil(frames, index));
            JFreeChart chart = parameters.chart();
            Captions.stepRange(chart, frames);
            Captions.chart(g, chart, a);
        };
    }

    /** S3's KL ladder over the excess loss, with KL₁'s minimum and the stage boundaries, as the ladder panel. */
    static Quarter ladder() {
        return (g, frames, index, a) -> {
            LadderCharts.Data data = LadderCharts.data();
            LadderCharts.Minimum min = LadderCharts.fill(data, frames, index);
            JFreeChart kl = LadderCharts.klChart(data.kl());
            JFreeChart excess = LadderCharts.excessChart(data.excess());
            Captions.stepRange(kl, frames);
            LadderCharts.markMinimum(kl.getXYPlot(), min);
            List<StageBoundaries.Boundary> stages = StageBoundaries.of(SpanHistory.of(frames, index));
            long last = (long) kl.getXYPlot().getDomainAxis().getUpperBound();
            LadderCharts.markBoundaries(kl.getXYPlot(), stages, last, true);
            LadderCharts.markBoundaries((XYPlot) excess.getPlot(), stages, last, false);
            Charts.legendForDrawnSeries(kl.getPlot());
            int top = a.h() * 3 / 5;
            Captions.chart(g, kl, new Area(a.x(), a.y(), a.w(), top));
            Captions.chart(g, excess, new Area(a.x(), a.y() + top, a.w(), a.h() - top));
        };
    }

    /** S4's masses, Theorem 3 and Theorem 4, as the masses panel. */
    static Quarter masses(ScanSnapTheory theory) {
        return (g, frames, index, a) -> {
            ScanSnapCharts.Data data = ScanSnapCharts.data();
            ScanSnapCharts.fill(data, frames, index, theory);
            JFreeChart chart = ScanSnapCharts.chart(data);
            long until = BlowUp.rangeUntil(frames, index);
            List<XYPlot> plots = ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots();
            BlowUp.fit(plots.get(0), until);
            BlowUp.fit(plots.get(1), until);
            Charts.legendForDrawnSeries(chart.getPlot());
            Captions.stepRange(chart, frames);
            Captions.chart(g, chart, a);
        };
    }
}
