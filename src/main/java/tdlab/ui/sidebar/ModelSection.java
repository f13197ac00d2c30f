package tdlab.ui.sidebar;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import tdlab.model.TransformerConfig;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.ui.ConfigDraft;
import tdlab.ui.ModelDraft;

/**
 * The Model section: the model kind and, for the transformer, its shape (disabled for the canonical model); for
 * Scan and Snap's Y/Z model, which reads sequence classes only, its heads and its vocabulary M (read-only: the
 * data decide it).
 */
final class ModelSection extends VBox {

    ModelSection(ConfigDraft draft, Fields fields) {
        super(6);
        // the Y/Z model is no choice here: it is the model of sequence classes and of nothing else
        var kind = fields.combo(new ModelDraft.ModelKind[] {ModelDraft.ModelKind.CANONICAL,
                ModelDraft.ModelKind.TRANSFORMER}, draft.kindProperty(),
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
                "Feed-forward block h + W2 act(W1 h) with 4d hidden units: none, ReLU, or GELU (tanh form, or the"
                        + " exact erf form of PyTorch's nn.GELU(), as the seed's GPT block).");
        var tied = fields.check("tie output to embedding", draft.tiedProperty(),
                "Weight tying: the output head reuses the token embedding (a = e for the sigmoid output).");
        VBox shape = new VBox(6, Fields.field("model.embedding_dim", width), Fields.field("model.heads", heads),
                Fields.field("model.positional", pos), ln, Fields.field("model.feed_forward", ff), tied);
        shape.disableProperty().bind(draft.kindProperty().isEqualTo(ModelDraft.ModelKind.CANONICAL));
        VBox transformer = new VBox(6, Fields.field("model.type", kind), shape);
        tdlab.model.Nd4jAvailability.message().ifPresent(m -> transformer.getChildren().add(nd4jUnavailable(m)));
        VBox yz = yzShape(draft, fields);
        VBox mha = multiHeadShape(draft, fields);
        VBox kqOv = kqOvShape(draft);
        transformer.visibleProperty().bind(draft.kindProperty().isNotEqualTo(ModelDraft.ModelKind.YZ)
                .and(draft.kindProperty().isNotEqualTo(ModelDraft.ModelKind.MULTI_HEAD))
                .and(draft.kindProperty().isNotEqualTo(ModelDraft.ModelKind.KQ_OV)));
        transformer.managedProperty().bind(transformer.visibleProperty());
        yz.visibleProperty().bind(draft.kindProperty().isEqualTo(ModelDraft.ModelKind.YZ));
        yz.managedProperty().bind(yz.visibleProperty());
        mha.visibleProperty().bind(draft.kindProperty().isEqualTo(ModelDraft.ModelKind.MULTI_HEAD));
        mha.managedProperty().bind(mha.visibleProperty());
        kqOv.visibleProperty().bind(draft.kindProperty().isEqualTo(ModelDraft.ModelKind.KQ_OV));
        kqOv.managedProperty().bind(kqOv.visibleProperty());
        getChildren().addAll(transformer, yz, mha, kqOv);
    }

    /** Why the ND4J backend cannot run here: the transformer trains on the plain backend instead. */
    static Label nd4jUnavailable(String message) {
        Label l = new Label(message + ". The transformer trains on the plain backend.");
        l.setId("nd4j-unavailable");
        l.setWrapText(true);
        l.getStyleClass().add("error-text");
        return l;
    }

    /** S6's W_kq / W_ov model: its vocabulary K as the Data section makes it (its embedding is the preset's). */
    private static VBox kqOvShape(ConfigDraft draft) {
        Label model = new Label("W_kq / W_ov (S6)");
        model.setTooltip(new Tooltip("Huang–Liang–Yang's one-layer transformer with a combined key-query W_kq and"
                + " output-value W_ov: s = Xᵀ W_kq x_L, a = softmax(s), o = W_ov X a, cross-entropy."));
        Label vocab = new Label();
        vocab.setId("model-kqov-vocab");
        vocab.setTooltip(new Tooltip("W_kq and W_ov read the K tokens the Data section makes; a change of K"
                + " re-sizes them at Apply."));
        Runnable showVocab = () -> {
            PartialOrdersTask t = draft.orders().task();
            vocab.setText(t == null ? "" : t.vocab() + " tokens (from the data)");
        };
        draft.orders().revisionProperty().addListener(o -> showVocab.run());
        showVocab.run();
        return new VBox(6, Fields.field("model.type", model), Fields.labelled("vocab K", vocab));
    }

    /** S5's multi-head classifier: its heads and the "scale η with H" toggle (d and T follow the data). */
    private static VBox multiHeadShape(ConfigDraft draft, Fields fields) {
        Label model = new Label("multi-head attention classifier (S5)");
        model.setWrapText(true);
        model.setTooltip(new Tooltip("Deora et al.'s single-layer multi-head attention, paper setting reconstructed:"
                + " Φ(X) = (1/H) Σ_h ⟨U_h, Xᵀ S_hᵀ⟩, S_h = softmax(X W_h Xᵀ) row-wise, logistic loss. d and T follow"
                + " the Data section."));
        Spinner<Integer> heads = fields.spinner(1, 64, draft.mhaHeadsProperty(), "model-mha-heads",
                "Number of heads H; the output averages them with weight 1/H.");
        var scale = fields.check("scale η with H", draft.scaleRateProperty(),
                "On (the paper setting as reconstructed): the trainer applies H × the Training section's rates, η ="
                        + " 0.5·H from 0.5. Under the 1/H output scale each head's gradient is 1/H of one head's, so"
                        + " this keeps the step in function space the same for every H. Off: more heads train slower"
                        + " (S5d, the pitfall). Applies on Apply & restart.");
        scale.setId("model-mha-scale-rate");
        return new VBox(6, model, Fields.labelled("heads", heads), scale);
    }

    /** The Y/Z model: its heads, and M as the Data section makes it. */
    private static VBox yzShape(ConfigDraft draft, Fields fields) {
        Label model = new Label("Y/Z (Scan and Snap)");
        model.setTooltip(new Tooltip("The one-layer transformer reparameterised as a decoder Y and pairwise attention"
                + " logits Z: logits = Y·c/‖c‖ with c = Σ_t softmax_t(Z[query, x_t])·onehot(x_t)."));
        Spinner<Integer> heads = fields.spinner(1, 64, draft.yzHeadsProperty(), "model-yz-heads",
                "Independent attention-logit matrices Z_h (different random starts); their normalised outputs are"
                        + " averaged. The paper's model has 1.");
        Label vocab = new Label();
        vocab.setId("model-yz-vocab");
        vocab.setTooltip(new Tooltip("Y and Z are M×M over every token value; M follows the Data section."));
        Runnable showVocab = () -> {
            SequenceClassesTask t = draft.classes().task();
            vocab.setText(t == null ? "" : t.vocab() + " tokens (from the data)");
        };
        draft.classes().revisionProperty().addListener(o -> showVocab.run());
        showVocab.run();
        return new VBox(6, Fields.field("model.type", model), Fields.field("model.heads", heads),
                Fields.labelled("vocab M", vocab));
    }
}
