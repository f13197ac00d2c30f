package tdlab.ui.sidebar;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import tdlab.task.Batch;
import tdlab.task.MarkovChain;
import tdlab.task.MarkovSampler;
import tdlab.task.MarkovTask;
import tdlab.task.TaskSpec;
import tdlab.task.TransitionMatrix;
import tdlab.theory.CanonicalTheory;
import tdlab.train.InitConfig;
import tdlab.ui.ConfigDraft;

/**
 * The Data section's view model, over the {@link ConfigDraft}: the chain being edited as a task (null while
 * the matrix is invalid), a sample sequence from it with the chain's warnings, whether it is binary (then
 * the p/q pad shows), and where the draft's initialisation leads for every binary chain by the canonical
 * model's analytic basin test (the pad's shading). The section's controls only bind to these.
 */
public final class ChainDataModel {
    /** Cells per axis of the basin map: fine enough for the pad, cheap enough to redo on every edit. */
    static final int BASIN_GRID = 50;
    private static final int SAMPLE_LENGTH = 48;
    /** A fixed seed: the sample changes with the chain, not with every edit elsewhere. */
    private static final long SAMPLE_SEED = 17;

    /**
     * The edited chain (p, q) and the outcome of the draft's initialisation at the centre of each cell of
     * the unit square: {@code outcomes[i][j]} at p = (i + ½)/n, q = (j + ½)/n.
     */
    public record BasinMap(double p, double q, CanonicalTheory.Outcome[][] outcomes) {
    }

    private final ConfigDraft draft;
    private final ReadOnlyObjectWrapper<TaskSpec> editedTask = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sample = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper binary = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<BasinMap> basins = new ReadOnlyObjectWrapper<>();

    public ChainDataModel(ConfigDraft draft) {
        this.draft = draft;
        ChangeListener<Object> chain = (o, a, b) -> chainChanged();
        draft.matrixProperty().addListener(chain);
        draft.initialProperty().addListener(chain);
        ChangeListener<Object> init = (o, a, b) -> updateBasins();
        draft.schemeProperty().addListener(init);
        draft.initStdProperty().addListener(init);
        draft.e0Property().addListener(init);
        draft.w0Property().addListener(init);
        chainChanged();
    }

    private void chainChanged() {
        MarkovTask task = editedChain();
        editedTask.set(task);
        binary.set(draft.matrixProperty().get() != null && draft.states() == 2);
        sample.set(task == null ? "sample: (invalid matrix)" : sampleText(task.chain()));
        updateBasins();
    }

    private MarkovTask editedChain() {
        double[][] m = draft.matrixProperty().get();
        if (m == null) {
            return null;
        }
        try {
            return new MarkovTask(TransitionMatrix.of(m), draft.initialProperty().get());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String sampleText(MarkovChain chain) {
        Batch b = new MarkovSampler(chain, SAMPLE_SEED).sample(1, SAMPLE_LENGTH);
        StringBuilder s = new StringBuilder("sample: ");
        for (int t = 0; t < SAMPLE_LENGTH; t++) {
            s.append(b.input(0, t));
        }
        for (String w : chain.warnings()) {
            s.append("\n⚠ ").append(w);
        }
        return s.toString();
    }

    private void updateBasins() {
        if (!binary.get()) {
            basins.set(null);
            return;
        }
        double e0;
        double w0;
        if (draft.schemeProperty().get() == InitConfig.Scheme.CANONICAL_POINT) {
            e0 = draft.e0Property().get();
            w0 = draft.w0Property().get();
        } else { // small inits start next to the origin, on the positive side of w by convention
            double s = Math.max(1e-3, draft.initStdProperty().get());
            e0 = s;
            w0 = s;
        }
        CanonicalTheory.Outcome[][] outcomes = new CanonicalTheory.Outcome[BASIN_GRID][BASIN_GRID];
        for (int i = 0; i < BASIN_GRID; i++) {
            for (int j = 0; j < BASIN_GRID; j++) {
                outcomes[i][j] = new CanonicalTheory((i + 0.5) / BASIN_GRID, (j + 0.5) / BASIN_GRID).basin(e0, w0);
            }
        }
        basins.set(new BasinMap(draft.binaryP(), draft.binaryQ(), outcomes));
    }

    /** The edited chain as a task; null while the matrix is invalid. */
    public ReadOnlyObjectProperty<TaskSpec> editedTaskProperty() {
        return editedTask.getReadOnlyProperty();
    }

    /** "sample: 0110…" from the edited chain, with its warnings on further lines. */
    public ReadOnlyStringProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** Whether the edited chain has two states. */
    public ReadOnlyBooleanProperty binaryProperty() {
        return binary.getReadOnlyProperty();
    }

    /** Where the initialisation leads over (p, q); null unless the chain is binary. */
    public ReadOnlyObjectProperty<BasinMap> basinsProperty() {
        return basins.getReadOnlyProperty();
    }
}
