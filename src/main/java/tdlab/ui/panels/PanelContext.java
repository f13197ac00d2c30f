package tdlab.ui.panels;

import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import tdlab.task.TaskSpec;

/**
 * What a panel may use of the rest of the window: the task being edited in the sidebar (to preview it) and
 * the two "train from here" commands that clicks on the landscape and the phase diagram send.
 *
 * @param editedTask the sidebar's task before it is applied; null while the edit is invalid
 * @param startPoint restarts the run from the canonical start point, called with (e0, w0)
 * @param chain      restarts the run on the binary chain, called with (p, q)
 * @param start      restarts the run from exactly these parameters (a point picked on a loss plane)
 */
public record PanelContext(ObservableValue<TaskSpec> editedTask, BiConsumer<Double, Double> startPoint,
                           BiConsumer<Double, Double> chain, java.util.function.Consumer<double[]> start) {

    /** Pick start point (e0, w0): a canonical-point initialisation, applied at once. */
    public void pickStartPoint(double e0, double w0) {
        startPoint.accept(e0, w0);
    }

    /** Restart from these parameters (an explicit initialisation), applied at once. */
    public void pickStart(double[] params) {
        start.accept(params.clone());
    }

    /** Pick the binary chain (p, q), applied at once. */
    public void pickChain(double p, double q) {
        chain.accept(p, q);
    }
}
