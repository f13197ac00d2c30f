package tdlab.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import tdlab.model.CanonicalConfig;
import tdlab.model.ModelSpec;
import tdlab.model.TransformerConfig;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.mha.MultiHeadClassifierConfig;
import tdlab.model.yz.YzConfig;
import tdlab.task.ConfigException;
import tdlab.task.TaskSpec;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.task.mixture.TokenizedMixtureTask;

/**
 * The Model section's part of the draft: the transformer's shape fields, and the rule that turns them (with
 * the task) into a model. While the fields stand as they were read, the running model is kept as it is.
 */
public final class ModelDraft {

    public enum ModelKind {
        CANONICAL, TRANSFORMER,
        /** Scan and Snap's Y/Z model: it reads sequence classes only, so it is never offered for other data. */
        YZ,
        /** S5's multi-head attention classifier: it reads tokenized mixtures only, never offered for other data. */
        MULTI_HEAD,
        /** S6's W_kq / W_ov model: it reads partial orders only, never offered for other data. */
        KQ_OV
    }

    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>();
    private final IntegerProperty width = new SimpleIntegerProperty();
    private final IntegerProperty heads = new SimpleIntegerProperty();
    /** Separate from {@link #heads}: the Y/Z model allows up to 64, and a shared property would be clamped. */
    private final IntegerProperty yzHeads = new SimpleIntegerProperty(1);
    /** The multi-head classifier's heads (1 … 64) and its "scale η with H" toggle. */
    private final IntegerProperty mhaHeads = new SimpleIntegerProperty(1);
    private final BooleanProperty scaleRate = new SimpleBooleanProperty(true);
    private final ObjectProperty<TransformerConfig.Positional> positional = new SimpleObjectProperty<>();
    private final BooleanProperty layerNorm = new SimpleBooleanProperty();
    private final ObjectProperty<TransformerConfig.FeedForward> feedForward = new SimpleObjectProperty<>();
    private final BooleanProperty tied = new SimpleBooleanProperty();
    /** The fields as reset read them: while they stand, the running model is kept exactly as it is. */
    private List<Object> modelFieldsRead = List.of();

    /** Back to the fields of this model. */
    void reset(ModelSpec spec) {
        if (spec instanceof TransformerConfig t) {
            width.set(t.embedding() == TransformerConfig.Embedding.ONE_HOT ? t.width() : t.embeddingDim());
            heads.set(t.heads());
            positional.set(t.positional());
            layerNorm.set(t.layerNorm());
            feedForward.set(t.feedForward());
            tied.set(t.head() == TransformerConfig.Head.TIED);
        } else { // the transformer's fields keep defaults, disabled (canonical) or hidden (Y/Z)
            width.set(4);
            heads.set(1);
            positional.set(TransformerConfig.Positional.LEARNED);
            layerNorm.set(false);
            feedForward.set(TransformerConfig.FeedForward.RELU);
            tied.set(true);
        }
        if (spec instanceof YzConfig y) {
            yzHeads.set(y.heads());
        }
        if (spec instanceof MultiHeadClassifierConfig m) {
            mhaHeads.set(m.heads());
            scaleRate.set(m.scaleLearningRate());
        }
        kind.set(spec instanceof YzConfig ? ModelKind.YZ : spec instanceof MultiHeadClassifierConfig
                ? ModelKind.MULTI_HEAD : spec instanceof KqOvConfig ? ModelKind.KQ_OV
                : spec instanceof TransformerConfig ? ModelKind.TRANSFORMER : ModelKind.CANONICAL);
        modelFieldsRead = modelFields();
    }

    private List<Object> modelFields() {
        return List.of(kind.get(), width.get(), heads.get(), positional.get(), layerNorm.get(), feedForward.get(),
                tied.get(), yzHeads.get(), mhaHeads.get(), scaleRate.get());
    }

    /**
     * The model the fields describe for this task: the running one ({@code base}) while the fields are as they
     * were read, sized to the task where its family asks for that.
     */
    ModelSpec build(ModelSpec base, TaskSpec task, int sequenceLength) {
        int vocab = task.vocab();
        // the Y/Z model always reads the task's M tokens: a change of the data re-sizes it, its heads stay
        if (base instanceof YzConfig) {
            return new YzConfig(vocab, yzHeads.get());
        }
        // the multi-head classifier reads the task's d and T: a change of the data re-sizes it, H and the toggle stay
        if (base instanceof MultiHeadClassifierConfig m) {
            return task instanceof TokenizedMixtureTask t
                    ? new MultiHeadClassifierConfig(t.dim(), t.tokens(), mhaHeads.get(), scaleRate.get())
                    : new MultiHeadClassifierConfig(m.dim(), m.tokens(), mhaHeads.get(), scaleRate.get());
        }
        // the W_kq / W_ov model reads the task's K tokens: a change of the data re-sizes it, its embedding stays
        if (base instanceof KqOvConfig k) {
            return new KqOvConfig(vocab, k.embeddingDim(), k.embeddingSeed());
        }
        boolean untouched = modelFields().equals(modelFieldsRead);
        // the minimal model of S3 follows its task's V and context (its fields below would rebuild its heads)
        if (untouched && task instanceof HighOrderMarkovTask h && base instanceof TransformerConfig t) {
            return HighOrderDraft.sizedFor(t, h);
        }
        // untouched model fields keep the running model, whatever its family: the fields describe only part of
        // a transformer (the S3 minimal model's heads each span the whole width) and nothing of the others
        boolean lengthFits = !(base instanceof TransformerConfig t) || sequenceLength <= t.maxLength();
        if (untouched && vocab == base.vocab() && lengthFits) {
            return base;
        }
        if (kind.get() == ModelKind.CANONICAL) {
            return new CanonicalConfig();
        }
        TransformerConfig b = base instanceof TransformerConfig t ? t : TransformerConfig.simple(4, 256);
        int length = Math.max(b.maxLength(), sequenceLength);
        int d = width.get();
        int h = heads.get();
        ConfigException.require(d >= 1 && h >= 1 && d % h == 0, "model.heads",
                "the width " + d + " must be a multiple of the number of heads " + h);
        TransformerConfig.Head head = b.head() == TransformerConfig.Head.IDENTITY ? b.head()
                : tied.get() ? TransformerConfig.Head.TIED : TransformerConfig.Head.UNTIED;
        // the scalar embedding x·e and the sigmoid output exist for binary tokens only: with more states the
        // model reads tokens from a table and predicts with a softmax (tied to that table when tied)
        boolean binaryOnly = b.embedding() == TransformerConfig.Embedding.SCALAR
                || b.output() == TransformerConfig.Output.SIGMOID;
        TransformerConfig.Embedding embedding = vocab > 2 && binaryOnly ? TransformerConfig.Embedding.TOKEN_TABLE
                : b.embedding();
        TransformerConfig.Output output = vocab > 2 ? TransformerConfig.Output.SOFTMAX : b.output();
        int dim = embedding == TransformerConfig.Embedding.ONE_HOT ? b.embeddingDim() : d;
        return new TransformerConfig(vocab, length, embedding, dim, positional.get(), h, d / h, b.keyProjection(),
                b.outputProjection(), b.residual(), layerNorm.get(), feedForward.get(),
                feedForward.get() == TransformerConfig.FeedForward.NONE ? 0 : Math.max(1, b.ffMultiplier()),
                output, head, b.headBias(), task.requiredLossFrom().orElse(b.lossFrom()));
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    public IntegerProperty mhaHeadsProperty() {
        return mhaHeads;
    }

    /** "Scale η with H": the trainer applies H × the configured rates. */
    public BooleanProperty scaleRateProperty() {
        return scaleRate;
    }

    public IntegerProperty yzHeadsProperty() {
        return yzHeads;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty headsProperty() {
        return heads;
    }

    public ObjectProperty<TransformerConfig.Positional> positionalProperty() {
        return positional;
    }

    public BooleanProperty layerNormProperty() {
        return layerNorm;
    }

    public ObjectProperty<TransformerConfig.FeedForward> feedForwardProperty() {
        return feedForward;
    }

    public BooleanProperty tiedProperty() {
        return tied;
    }
}
