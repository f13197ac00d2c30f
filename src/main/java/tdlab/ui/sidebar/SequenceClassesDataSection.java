package tdlab.ui.sidebar;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import tdlab.ui.SequenceClassesDraft.Field;

/**
 * The Data section for Scan and Snap's sequence classes (S4): the layout's counts and weights, each refused entry
 * with its message under the field, the Syn-Small and Syn-Medium shortcuts, the line "M = …, K = …" and P(l | n)
 * of a chosen class as a read-only table. The {@link SequenceClassesDataModel} holds the logic; this class only
 * lays out and binds.
 */
final class SequenceClassesDataSection extends VBox {
    /** Wide enough for "classes per query", so the fields line up. */
    private static final double LABEL_WIDTH = 125;

    private final SequenceClassesDataModel model;

    SequenceClassesDataSection(SequenceClassesDataModel model) {
        super(6);
        this.model = model;
        Button synSmall = new Button("Syn-Small");
        synSmall.setId("sc-syn-small");
        synSmall.setTooltip(new Tooltip("The paper's Fig. 4 data: 2 queries with one class each, 10 common tokens,"
                + " 10 distinct tokens per class (M = 34, K = 2)."));
        synSmall.setOnAction(e -> model.synSmall());
        Button synMedium = new Button("Syn-Medium");
        synMedium.setId("sc-syn-medium");
        synMedium.setTooltip(new Tooltip("The paper's Fig. 6 data with the current number of queries: 2 classes per"
                + " query, 10 common tokens, 10 distinct tokens per class (the paper uses 1, 3, 5 or 10 queries)."));
        synMedium.setOnAction(e -> model.synMedium());
        Label summary = new Label();
        summary.setId("sc-summary");
        summary.textProperty().bind(model.summaryProperty());
        getChildren().addAll(new HBox(6, synSmall, synMedium),
                field(Field.QUERIES, "Query tokens m; each ends the sequences of its classes."),
                field(Field.NEXT_PER_QUERY, "Classes sharing one query token (the paper's num_next_per_last)."),
                field(Field.COMMON, "Common tokens (CT) every class draws from."),
                field(Field.COMMON_PER_QUERY, "Common tokens shared only by the classes of one query."),
                field(Field.DISTINCT_PER_CLASS, "Distinct tokens (DT): each belongs to one class only."),
                field(Field.COMMON_WEIGHT, "Unnormalised probability of every common token (1 in the paper)."),
                field(Field.DISTINCT_MIN, "Unnormalised probability of a class's least likely distinct token;"
                        + " the others rise linearly to distinct max (0.1 … 1 in the paper)."),
                field(Field.DISTINCT_MAX, "Unnormalised probability of a class's most likely distinct token."),
                summary, classTable());
    }

    /** The class chooser and its P(l | n) rows. */
    private VBox classTable() {
        return ChosenTable.of("P(l | n) of class", LABEL_WIDTH, "sc-class",
                "The class n whose P(l | n) the table shows; class 1 is the one the Fig. 4 heat map follows.", 1,
                model.shownClassProperty(), model.classCountProperty(), "sc-probabilities", model.rows(),
                "CT: common token, DT: distinct token of this class. The distinct tokens are listed from least to"
                        + " most likely; attention learns which of them to keep.",
                List.of(ChosenTable.column("token", SequenceClassesDataModel.Row::token),
                        ChosenTable.column("role", SequenceClassesDataModel.Row::role),
                        ChosenTable.column("P(l | n)", SequenceClassesDataModel.Row::probability)));
    }

    /** A labelled text field committed on Enter or focus loss, with its refusal message underneath. */
    private VBox field(Field f, String tip) {
        String id = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return Fields.checkedText(f.label(), LABEL_WIDTH, "sc-" + id, "sc-error-" + id, tip, model.textProperty(f),
                model.errorProperty(f), text -> model.set(f, text));
    }
}
