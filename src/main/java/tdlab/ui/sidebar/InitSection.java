package tdlab.ui.sidebar;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import tdlab.train.InitConfig;
import tdlab.ui.ConfigDraft;
import tdlab.ui.ModelDraft;
import tdlab.ui.controls.LogSlider;

/**
 * The Initialization section: scheme, σ, the canonical start point (e0, w0) and the master seed; for the Y/Z
 * model the paper's two starts as shortcuts.
 */
final class InitSection extends VBox {

    InitSection(ConfigDraft draft, Fields fields) {
        super(6);
        var scheme = fields.combo(InitConfig.Scheme.values(), draft.schemeProperty(),
                "gaussian: weights ~ N(0, σ²) (residual projections σ/√2);  zero;  uniform: U(±σ);  canonical_point:"
                        + " exactly (e0, w0) (rank-one embedding in the transformer);  lowrank: the reference code's"
                        + " low-rank init.");
        scheme.setId("init-scheme");
        var seed = fields.parsed("seed", "Master seed: initialisation, data, validation set and probe sequence derive"
                + " from it. Same preset and seed, same run.", () -> Long.toString(draft.seedProperty().get()),
                text -> draft.seedProperty().set(Long.parseLong(text)), draft.seedProperty());
        getChildren().addAll(Fields.field("init.scheme", scheme), yzStarts(draft, fields),
                Fields.field("init.std", fields.number(draft.initStdProperty(), "init-std",
                        "Standard deviation σ of the Gaussian parts; the half-width of uniform.")),
                Fields.labelled("σ decade", scaleSlider(draft)),
                Fields.field("init.e0", fields.number(draft.e0Property(), "init-e0",
                        "Canonical e_c of the start point (canonical_point).")),
                Fields.field("init.w0", fields.number(draft.w0Property(), "init-w0", "Canonical w_c of the start point;"
                        + " w0 < −1/√2 puts p+q>1 chains in the basin of the global minimum.")),
                Fields.field("seed", seed));
    }

    /**
     * σ by its order of magnitude, 1e−9 … 10: the sparse-attention paper starts its queries at 1e−9 (S3d) or 1e−3
     * (S3b), and what matters is the decade.
     */
    private static LogSlider scaleSlider(ConfigDraft draft) {
        LogSlider s = new LogSlider(draft.initStdProperty(), -9, 1, "σ on a log scale, 1e−9 … 10 (the query-init"
                + " scale s of U(±s) for the sparse-attention models): a smaller start stretches the competitive"
                + " phase. Applies with Apply & restart, like σ.");
        s.setId("init-std-log");
        return s;
    }

    /** Zero (Fig. 4) or U(±1/√M) (Fig. 6, PyTorch's default), shown for the Y/Z model only. */
    private static HBox yzStarts(ConfigDraft draft, Fields fields) {
        Button zero = fields.action("zero", "init-yz-zero", "Y = Z = 0: every attention row starts at P(l | n) (the"
                + " paper's Fig. 4).", () -> draft.schemeProperty().set(InitConfig.Scheme.ZERO));
        Button uniform = fields.action("uniform U(±1/√M)", "init-yz-uniform", "Y and Z ~ U(±1/√M), PyTorch's default"
                + " for the paper's M-wide layers (Fig. 6): sets the scheme to uniform and σ to 1/√M of the data as"
                + " they are now.", draft::setDefaultUniformInit);
        HBox box = Fields.labelled("Y/Z start", new HBox(6, zero, uniform));
        box.visibleProperty().bind(draft.kindProperty().isEqualTo(ModelDraft.ModelKind.YZ));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
