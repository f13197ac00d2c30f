package tdlab.ui.sidebar;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import tdlab.task.InitialDistribution;
import tdlab.ui.ConfigDraft;
import tdlab.ui.controls.IntSpinner;

/**
 * The Data section: the p/q pad (binary chains), the number of states, the first token's law, the
 * transition-matrix editor and a sample sequence. The pad's shading and the sample come from the
 * {@link ChainDataModel}; this class only lays out and binds.
 */
final class DataSection extends VBox {

    DataSection(ConfigDraft draft, ChainDataModel model, Fields fields) {
        super(6);
        PQPad pad = new PQPad(draft::setBinary);
        pad.visibleProperty().bind(model.binaryProperty());
        pad.managedProperty().bind(model.binaryProperty());
        model.basinsProperty().addListener((o, a, b) -> {
            if (b != null) {
                pad.show(b);
            }
        });
        if (model.basinsProperty().get() != null) {
            pad.show(model.basinsProperty().get());
        }
        // editable: a number field like every other, so the window's single-key shortcuts leave its keys alone
        Spinner<Integer> states = IntSpinner.of(2, ConfigDraft.MAX_STATES, draft.states());
        states.setId("states");
        states.setTooltip(new Tooltip("Number of token values k (2–8). Changing it starts from a chain that stays"
                + " with probability 0.8 and otherwise jumps uniformly."));
        states.valueProperty().addListener((o, a, b) -> draft.setStates(b)); // the same k changes nothing
        draft.matrixProperty().addListener((o, a, b) -> states.getValueFactory().setValue(b.length));
        ComboBox<InitialDistribution> initial = fields.combo(InitialDistribution.values(), draft.initialProperty(),
                "First token of each sequence: from the stationary law π (every position alike) or uniform.");
        Label sample = new Label();
        sample.setWrapText(true);
        sample.setId("sample-sequence");
        sample.setStyle("-fx-font-family: monospace;");
        sample.textProperty().bind(model.sampleProperty());
        getChildren().addAll(pad, Fields.labelled("states", states), Fields.labelled("first token", initial),
                new Label("transition matrix P(next | current)"), new MatrixEditor(draft), sample);
    }
}
