package tdlab.ui.sidebar;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import tdlab.ui.MixtureDraft;
import tdlab.ui.MixtureDraft.Field;

/**
 * The Data section for S5's tokenized mixture: d, T, ζ, M, S, σ, the set sizes and the data seed, each refused entry
 * with its message under the field, and a line on what they make. The logic is {@link MixtureDraft}'s.
 */
final class MixtureDataSection extends VBox {
    private static final double LABEL_WIDTH = 135;

    MixtureDataSection(MixtureDraft draft) {
        super(6);
        Label note = new Label("Paper setting reconstructed: the data model and constants are ours (science.md S5).");
        note.setWrapText(true);
        Label summary = new Label();
        summary.setId("mix-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(draft.summaryProperty());
        getChildren().addAll(note,
                field(draft, Field.DIM, "Width d of every token; the means are S times the first M + 2 basis vectors,"
                        + " so d ≥ M + 2."),
                field(draft, Field.TOKENS, "Tokens T per sequence (at least 2)."),
                field(draft, Field.RELEVANT_SHARE, "Share ζ of relevant tokens, in (0, 1]: ⌈ζT⌉ tokens per sequence"
                        + " are μ_y + noise and carry the label."),
                field(draft, Field.IRRELEVANT_MEANS, "Irrelevant means ν_1 … ν_M; every other token is one of them"
                        + " (uniformly) plus noise."),
                field(draft, Field.SIGNAL, "Norm S of every mean."),
                field(draft, Field.NOISE, "Noise σ: x = mean + σ z, z ~ N(0, I/d), so σ is the noise's rms norm."),
                field(draft, Field.TRAIN_SIZE, "Training sequences; training is full-batch on this fixed set."),
                field(draft, Field.TEST_SIZE, "Test sequences (the validation set)."),
                field(draft, Field.SEED, "Seed of both sets."),
                summary);
    }

    private static VBox field(MixtureDraft draft, Field f, String tip) {
        String id = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Fields.checkedText(f.label(), LABEL_WIDTH, "mix-" + id, "mix-error-" + id, tip, draft.textProperty(f),
                draft.errorProperty(f), text -> draft.set(f, text));
    }
}
