package tdlab.ui.sidebar;

import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import tdlab.model.TransformerConfig;
import tdlab.ui.ConfigDraft;
import tdlab.ui.ModelDraft;

/** The Model section: the model kind and, for the transformer, its shape (disabled for the canonical model). */
final class ModelSection extends VBox {

    ModelSection(ConfigDraft draft, Fields fields) {
        super(6);
        var kind = fields.combo(ModelDraft.ModelKind.values(), draft.kindProperty(),
                "canonical: the three-parameter (e, w, b) model of Local to Global, logit(x) = e²(1+2w|w|)x + b − e²/2."
                        + "\ntransformer: the one-layer transformer of the preset, with the shape below.");
        kind.setId("model-kind");
        Spinner<Integer> width = fields.spinner(1, 256, draft.widthProperty(), "model-width",
                "Width d of the residual stream (embedding dimension).");
        Spinner<Integer> heads = fields.spinner(1, 16, draft.headsProperty(), "model-heads",
                "Number of attention heads H; each has width d/H. A_h = softmax(q k^T/√(d/H)) with a causal mask.");
        var pos = fields.combo(TransformerConfig.Positional.values(), draft.positionalProperty(),
                "learned: h_t = emb(x_t) + p_t; none: no position information; one_hot_concat: h_t = [emb(x_t);"
                        + " onehot(t)].");
        var ln = fields.check("LayerNorm (pre-LN + final)", draft.layerNormProperty(),
                "LN(h) = g ⊙ (h − mean)/√(var + 1e−5) before attention, before the feed-forward block and at the end.");
        var ff = fields.combo(TransformerConfig.FeedForward.values(), draft.feedForwardProperty(),
                "Feed-forward block h + W2 act(W1 h) with 4d hidden units: none, ReLU, or GELU (tanh form).");
        var tied = fields.check("tie output to embedding", draft.tiedProperty(),
                "Weight tying: the output head reuses the token embedding (a = e for the sigmoid output).");
        VBox shape = new VBox(6, Fields.labelled("width d", width), Fields.labelled("heads", heads),
                Fields.labelled("positions", pos), ln, Fields.labelled("feed-forward", ff), tied);
        shape.disableProperty().bind(draft.kindProperty().isEqualTo(ModelDraft.ModelKind.CANONICAL));
        getChildren().addAll(Fields.labelled("model", kind), shape);
    }
}
