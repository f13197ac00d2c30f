package tdlab.ui.panels.loss;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import tdlab.render.NumberText;
import tdlab.sim.Frame;

/**
 * The loss panel's state: the value line of the shown frame and the log-axis choice (the chart's step axis
 * marks where a run diverged).
 */
public final class LossViewModel {
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final BooleanProperty logY = new SimpleBooleanProperty();
    /** The previous run's family preference; null before the first run. */
    private Boolean logByDefault;

    /**
     * A new run whose family prefers a log axis or not: the axis follows the family when the preference changes
     * (S2 to S4), and otherwise keeps what the user chose, so a restart does not undo the toggle.
     */
    public void newRun(boolean logPreferred) {
        readout.set("");
        if (logByDefault == null || logByDefault != logPreferred) {
            logY.set(logPreferred);
        }
        logByDefault = logPreferred;
    }

    public void showFrame(Frame shown) {
        readout.set(shown == null ? "" : String.format(Locale.ROOT, "step %,d   val %s   train %s%s", shown.step(),
                NumberText.significant(shown.valLoss(), 4), train(shown), exact(shown)));
    }

    // a diverged frame's losses are NaN or astronomically large: NumberText prints "diverged" or 49.3e114

    /** No train loss before the first batch ("—"); a diverged frame's is printed as what it is. */
    private static String train(Frame f) {
        return Double.isNaN(f.trainLoss()) && !f.diverged() ? "—" : NumberText.significant(f.trainLoss(), 4);
    }

    /** Only models with an exact population loss have one (NaN otherwise). */
    private static String exact(Frame f) {
        return Double.isNaN(f.exactLoss()) ? "" : "   exact " + NumberText.of(f.exactLoss(), 4);
    }

    /** "step … val … train … exact …" for the shown frame. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    public BooleanProperty logYProperty() {
        return logY;
    }
}
