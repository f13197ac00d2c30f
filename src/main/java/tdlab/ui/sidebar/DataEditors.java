package tdlab.ui.sidebar;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import tdlab.family.Families;
import tdlab.task.MarkovTask;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.task.mixture.TokenizedMixtureTask;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.ConfigDraft;

/**
 * The Data section's editor for each task family, by {@code task.type}: a new family adds its editor here. A
 * family without one shows what its data are and where to change them, so the section is never empty.
 */
final class DataEditors {
    /** The Data view models, made once per sidebar: each listens to the draft for the sidebar's lifetime. */
    record Models(ChainDataModel chain, HighOrderDataModel highOrder, SequenceClassesDataModel classes,
                  OrdersDataModel orders) {
    }

    /** Builds a family's editor over the sidebar's draft. */
    interface Factory {
        Node create(ConfigDraft draft, Models models, Fields fields);
    }

    private static final Map<String, Factory> BY_TYPE = Map.of(
            TokenizedMixtureTask.TYPE, (draft, models, fields) -> new MixtureDataSection(draft.mixture()),
            MarkovTask.TYPE, (draft, models, fields) -> new DataSection(draft, models.chain(), fields),
            HighOrderMarkovTask.TYPE, (draft, models, fields) -> new HighOrderDataSection(models.highOrder()),
            SequenceClassesTask.TYPE, (draft, models, fields) -> new SequenceClassesDataSection(models.classes()),
            PartialOrdersTask.TYPE, (draft, models, fields) -> new OrdersDataSection(models.orders()));

    private DataEditors() {
    }

    static Node create(String type, ConfigDraft draft, Models models, Fields fields) {
        Factory f = BY_TYPE.get(type);
        if (f != null) {
            return f.create(draft, models, fields);
        }
        String title = Families.byType(type).map(x -> x.title()).orElse(type);
        Label none = new Label("The data are a " + title + " as the preset's task section gives them; this version"
                + " has no editor for them here. Edit the preset file and open it again.");
        none.setWrapText(true);
        none.setId("data-no-editor");
        return none;
    }
}
