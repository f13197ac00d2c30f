package tdlab.ui.panels.loss;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import tdlab.sim.Frame;
import tdlab.ui.panels.NumberText;

/**
 * The loss panel's state: the value line of the shown frame, the step where the run diverged (the last
 * recorded frame says so, and a rollback drops it) and the log-axis choice.
 */
public final class LossViewModel {
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> divergedAt = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty logY = new SimpleBooleanProperty();

    public void newRun() {
        readout.set("");
        divergedAt.set(null);
    }

    public void showFrame(Frame shown, List<Frame> recorded) {
        // a diverged frame's losses are NaN or astronomically large: "diverged" or engineering notation
        readout.set(shown == null ? "" : String.format(Locale.ROOT, "step %,d   val %s   train %s%s", shown.step(),
                NumberText.of(shown.valLoss(), 4), Double.isNaN(shown.trainLoss()) && !shown.diverged() ? "—"
                        : NumberText.of(shown.trainLoss(), 4), Double.isNaN(shown.exactLoss()) // no exact loss for this model
                        ? "" : "   exact " + NumberText.of(shown.exactLoss(), 4)));
        Frame last = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        divergedAt.set(last != null && last.diverged() ? last.step() : null);
    }

    /** "step … val … train … exact …" for the shown frame. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** The step of the diverged frame, or null. */
    public ReadOnlyObjectProperty<Long> divergedAtProperty() {
        return divergedAt.getReadOnlyProperty();
    }

    public BooleanProperty logYProperty() {
        return logY;
    }
}
