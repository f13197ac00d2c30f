package tdlab.ui.sidebar;

import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import tdlab.ui.HighOrderDraft.Field;

/**
 * The Data section for a high-order Markov chain (S3): V, the block spans, c, reversed importance, τ, the
 * generated length, the task seed and online or finite data, each refused entry with its message under the
 * field, then what the spans make of the sequences and of the model, and a sample. The
 * {@link HighOrderDataModel} holds the logic; this class only lays out and binds.
 */
final class HighOrderDataSection extends VBox {
    private final HighOrderDataModel model;

    HighOrderDataSection(HighOrderDataModel model) {
        super(6);
        this.model = model;
        CheckBox reversed = new CheckBox("reversed importance");
        reversed.setId("ho-reversed");
        reversed.setTooltip(new Tooltip("Unticked: the newest block of lags weighs most (c^(h−1)); ticked: the"
                + " oldest does."));
        reversed.setSelected(model.reversedProperty().get());
        reversed.selectedProperty().addListener((o, a, b) -> model.setReversed(b));
        model.reversedProperty().addListener((o, a, b) -> reversed.setSelected(b));
        CheckBox online = new CheckBox("online: fresh sequences every step");
        online.setId("ho-online");
        online.setTooltip(new Tooltip("Unticked: training draws its batches from a fixed set of n sequences"
                + " (validation always uses fresh ones), so the run can overfit."));
        online.setSelected(model.onlineProperty().get());
        online.selectedProperty().addListener((o, a, b) -> model.setOnline(b));
        model.onlineProperty().addListener((o, a, b) -> online.setSelected(b));
        VBox trainSet = field(Field.TRAIN_SEQUENCES, "Size of the fixed training set.");
        trainSet.disableProperty().bind(model.onlineProperty());
        Label shape = new Label();
        shape.setId("ho-shape");
        shape.setWrapText(true);
        shape.textProperty().bind(model.shapeProperty());
        Label sample = new Label();
        sample.setId("ho-sample");
        sample.setWrapText(true);
        sample.setStyle("-fx-font-family: monospace;");
        sample.textProperty().bind(model.sampleProperty());
        getChildren().addAll(
                field(Field.VOCAB, "Number of token values."),
                field(Field.SPANS, "Lengths of the lag blocks, oldest block first, e.g. 1,1,1: three blocks"
                        + " of one lag each. Their sum is the context w."),
                field(Field.CONSTANT, "Ratio of consecutive block weights: block k weighs c^k (k = 0 oldest)."),
                reversed,
                field(Field.TEMPERATURE, "Temperature of the teacher's softmax: smaller is more deterministic."),
                field(Field.LENGTH, "Tokens generated after the prefix; the loss counts these."),
                field(Field.SEED, "Seed of the random block matrices (and of a finite training set)."),
                online, trainSet, shape, sample);
    }

    /** A labelled text field committed on Enter or focus loss, with its refusal message underneath. */
    private VBox field(Field f, String tip) {
        String id = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Fields.checkedText(f.label(), 90, "ho-" + id, "ho-error-" + id, tip, model.textProperty(f),
                model.errorProperty(f), text -> model.set(f, text));
    }
}
