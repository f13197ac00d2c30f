package tdlab.ui.sidebar;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.model.CanonicalModel;
import tdlab.model.ParamGroup;
import tdlab.model.ModelSpec;
import tdlab.model.ParamLayout;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.ui.ConfigDraft;
import tdlab.ui.SessionViewModel;

/**
 * The Training section: optimizer, one log-scale learning-rate slider per parameter group (these act on the
 * running simulation at once), batch, sequence length, steps and schedule.
 */
final class TrainingSection extends VBox {
    private final Map<ParamGroup, Slider> rateSliders = new EnumMap<>(ParamGroup.class);
    private final Map<ParamGroup, Label> rateNames = new EnumMap<>(ParamGroup.class);
    /** The model whose layout {@link #layout} holds: building a layout may build the model, so once per run. */
    private ModelSpec layoutOf;
    private ParamLayout layout;

    TrainingSection(ConfigDraft draft, SessionViewModel vm, Fields fields) {
        super(6);
        var opt = fields.combo(OptimizerConfig.Type.values(), draft.optimizerProperty(),
                "sgd: buf = μ·buf + g, θ −= η·buf;  adamw: Adam with decoupled weight decay θ −= η·λ·θ;"
                        + "  ngd: θ −= η·g/‖g‖ per tensor.");
        GridPane rates = new GridPane();
        rates.setHgap(6);
        rates.setVgap(2);
        int row = 0;
        for (ParamGroup g : ParamGroup.values()) {
            Slider s = new Slider(-6, 1, Math.log10(Math.max(1e-6, draft.learningRateProperty(g).get())));
            s.setId("lr-" + g.key());
            s.setPrefWidth(120);
            Label value = new Label(rate(draft.learningRateProperty(g).get()));
            value.setMinWidth(Region.USE_PREF_SIZE); // names and values stay whole; the slider gives way
            s.setMinWidth(60);
            rateSliders.put(g, s);
            s.valueProperty().addListener((o, a, b) -> {
                double lr = Math.pow(10, b.doubleValue());
                value.setText(rate(lr));
                if (Math.abs(draft.learningRateProperty(g).get() - lr) > 1e-12 * lr) { // the user moved it
                    draft.learningRateProperty(g).set(lr);
                    vm.setLearningRate(g, lr);
                }
            });
            draft.learningRateProperty(g).addListener((o, a, b) -> {
                double v = Math.log10(Math.max(1e-6, b.doubleValue()));
                if (Math.abs(s.getValue() - v) > 1e-9) {
                    s.setValue(v);
                }
            });
            Label name = new Label(g.key());
            name.setId("lr-name-" + g.key());
            name.setMinWidth(Region.USE_PREF_SIZE);
            rateNames.put(g, name);
            rates.addRow(row++, name, s, value);
        }
        var schedule = fields.combo(Schedule.Type.values(), draft.scheduleProperty(),
                "constant, or one_cycle: cosine warm-up from η/100 over the first 2% of steps, then cosine decay to η/5.");
        getChildren().addAll(Fields.field("training.optimizer.type", opt),
                Fields.field("training.optimizer.momentum", fields.number(draft.momentumProperty(), "momentum", "SGD momentum μ.")),
                Fields.field("training.optimizer.beta1", fields.number(draft.beta1Property(), "beta1", "AdamW first-moment decay β1.")),
                Fields.field("training.optimizer.beta2", fields.number(draft.beta2Property(), "beta2", "AdamW second-moment decay β2.")),
                new Label("learning rates"), rates,
                Fields.field("training.batch_size", fields.spinner(1, 4096, draft.batchSizeProperty(), "batch-size",
                        "Sequences per step.")),
                Fields.field("training.sequence_length", fields.spinner(1, 8192, draft.sequenceLengthProperty(), "sequence-length",
                        "Tokens per sequence.")),
                Fields.field("training.steps", fields.spinner(1, 10_000_000, draft.stepsProperty(), "steps",
                        "Length of the run (and of the schedule).")),
                Fields.field("training.schedule", schedule));
    }

    private static String rate(double lr) {
        return String.format(Locale.ROOT, "%.2e", lr);
    }

    /** Sliders of groups the running model lacks are disabled and say so; the others carry the model's names. */
    void enableRatesFor(RunConfig running) {
        ParamLayout layout = layoutOf(running.model());
        for (ParamGroup g : ParamGroup.values()) {
            boolean present = layout.groupSize(g) > 0;
            GroupName name = GroupName.of(running.model(), g);
            rateNames.get(g).setText(name.label());
            rateSliders.get(g).setDisable(!present);
            rateSliders.get(g).setTooltip(new Tooltip(present ? name.tip()
                    + "\nLog scale 1e−6 … 10; applies at the next step; the schedule multiplies it."
                    : "This model has no " + g.key() + " parameters."));
            rateNames.get(g).setTooltip(rateSliders.get(g).getTooltip());
        }
    }

    private ParamLayout layoutOf(ModelSpec model) {
        if (!model.equals(layoutOf)) {
            layout = model instanceof TransformerConfig t ? TransformerLayout.of(t)
                    : model instanceof CanonicalConfig ? CanonicalModel.parameterLayout()
                    : model.create(Backend.PLAIN).layout(); // the other families have their plain model only
            layoutOf = model;
        }
        return layout;
    }
}
