package tdlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import tdlab.sim.Frame;

/**
 * Where early stopping would have stopped: the recorded step with the lowest validation loss, once the loss has
 * risen from it by at least {@link #RISE} (a run still improving, or one wobbling on its plateau, has nothing to
 * mark). A finite training set's overfitting (S3c) shows it; any run that overfits gets it.
 *
 * @param step   the step of the best validation loss
 * @param loss   that loss
 * @param blocks for runs with lag blocks (S3): how many distinct blocks the heads held as their top block then, the
 *               stages learned by that step; 0 for other runs
 */
public record BestValidation(long step, double loss, int blocks) {
    /** Nats of rise above the minimum before it counts as one: well above a validation set's frame-to-frame noise. */
    public static final double RISE = 0.01;
    private static final Color COLOUR = new Color(0, 158, 115); // Okabe–Ito bluish green

    public static Optional<BestValidation> of(List<Frame> frames, int upTo) {
        int n = Math.min(frames.size(), upTo + 1);
        int best = -1;
        for (int i = 0; i < n; i++) {
            double v = frames.get(i).valLoss();
            if (Double.isFinite(v) && (best < 0 || v < frames.get(best).valLoss())) {
                best = i;
            }
        }
        if (best < 0 || best == n - 1) {
            return Optional.empty();
        }
        double last = frames.get(n - 1).valLoss();
        Frame b = frames.get(best);
        return Double.isFinite(last) && last - b.valLoss() >= RISE
                ? Optional.of(new BestValidation(b.step(), b.valLoss(), blocks(b)))
                : Optional.empty();
    }

    /** Read from the best frame's own series: one frame, not the history (this runs at every chart redraw). */
    private static int blocks(Frame best) {
        Integer n = tdlab.family.highorder.LadderKeys.blocksLearned(best.series());
        return n == null ? 0 : n;
    }

    /** The arrow's words: the loss and its step, and the stages learned by then where the run has lag blocks. */
    public String label() {
        return String.format(Locale.ROOT, "best validation %.4f (step %,d)%s", loss, step,
                blocks == 0 ? "" : blocks == 1 ? " · 1 block learned" : " · " + blocks + " blocks learned");
    }

    /**
     * The arrow that marks it on a loss chart, one per chart: {@link #show} replaces the previous one (or removes it
     * for an empty mark), and leaves the chart alone when nothing changed.
     */
    public static final class Mark {
        private final XYPlot plot;
        private XYPointerAnnotation shown;
        private Optional<BestValidation> current = Optional.empty();

        public Mark(XYPlot plot) {
            this.plot = plot;
        }

        public void show(Optional<BestValidation> next) {
            if (next.equals(current)) {
                return;
            }
            current = next;
            if (shown != null) {
                plot.removeAnnotation(shown);
                shown = null;
            }
            next.ifPresent(b -> {
                XYPointerAnnotation a = new XYPointerAnnotation(b.label(), b.step(), b.loss(), -Math.PI / 2);
                a.setPaint(COLOUR);
                a.setArrowPaint(COLOUR);
                a.setArrowStroke(new BasicStroke(1.5f));
                a.setFont(new Font("SansSerif", Font.BOLD, 11));
                // from above: under the curve sit the references' labels
                a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                a.setBaseRadius(28);
                a.setTipRadius(3);
                plot.addAnnotation(a);
                shown = a;
            });
        }

        public Optional<BestValidation> current() {
            return current;
        }
    }
}
