package tdlab.ui.sidebar;

import javafx.scene.layout.VBox;
import tdlab.train.InitConfig;
import tdlab.ui.ConfigDraft;

/** The Initialization section: scheme, σ, the canonical start point (e0, w0) and the master seed. */
final class InitSection extends VBox {

    InitSection(ConfigDraft draft, Fields fields) {
        super(6);
        var scheme = fields.combo(InitConfig.Scheme.values(), draft.schemeProperty(),
                "gaussian: weights ~ N(0, σ²) (residual projections σ/√2);  zero;  canonical_point: exactly (e0, w0)"
                        + " (rank-one embedding in the transformer);  lowrank: the reference code's low-rank init.");
        scheme.setId("init-scheme");
        var seed = fields.parsed("seed", "Master seed: initialisation, data, validation set and probe sequence derive"
                + " from it. Same preset and seed, same run.", () -> Long.toString(draft.seedProperty().get()),
                text -> draft.seedProperty().set(Long.parseLong(text)), draft.seedProperty());
        getChildren().addAll(Fields.labelled("scheme", scheme),
                Fields.labelled("σ", fields.number(draft.initStdProperty(), "init-std",
                        "Standard deviation σ of the Gaussian parts.")),
                Fields.labelled("e0", fields.number(draft.e0Property(), "init-e0",
                        "Canonical e_c of the start point (canonical_point).")),
                Fields.labelled("w0", fields.number(draft.w0Property(), "init-w0", "Canonical w_c of the start point;"
                        + " w0 < −1/√2 puts p+q>1 chains in the basin of the global minimum.")),
                Fields.labelled("seed", seed));
    }
}
