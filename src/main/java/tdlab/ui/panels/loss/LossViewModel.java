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
        readout.set(shown == null ? "" : String.format(Locale.ROOT, "step %,d   val %.4f   train %s%s", shown.step(),
                shown.valLoss(), Double.isFinite(shown.trainLoss()) ? String.format(Locale.ROOT, "%.4f",
                        shown.trainLoss()) : "—", Double.isFinite(shown.exactLoss())
                        ? String.format(Locale.ROOT, "   exact %.4f", shown.exactLoss()) : ""));
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
