package tdlab.ui.sidebar;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import tdlab.model.CanonicalConfig;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.task.Batch;
import tdlab.task.InitialDistribution;
import tdlab.task.MarkovChain;
import tdlab.task.MarkovSampler;
import tdlab.task.TransitionMatrix;
import tdlab.theory.CanonicalTheory;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.ui.ConfigDraft;
import tdlab.ui.SessionViewModel;
import tdlab.ui.controls.IntSpinner;

/**
 * The control sidebar: Data, Model, Initialization and Training sections editing a {@link ConfigDraft}.
 * Learning-rate sliders act on the running simulation at once; every other edit waits for "Apply &amp;
 * restart", which validates the draft and starts a new run (nothing invalid ever reaches the run).
 */
public final class Sidebar extends VBox {
    private final SessionViewModel vm;
    private final ConfigDraft draft;
    private final Label error = new Label();
    private final Button apply = new Button("Apply & restart");
    private final Label sample = new Label();
    private final PQPad pad;
    private final Map<ParamGroup, Slider> rateSliders = new EnumMap<>(ParamGroup.class);
    private final Map<ParamGroup, Label> rateLabels = new EnumMap<>(ParamGroup.class);
    private final VBox modelFields = new VBox(6);
    private boolean syncing;
    private Accordion sections;
    private final java.util.Map<String, TitledPane> byName = new java.util.LinkedHashMap<>();

    public Sidebar(SessionViewModel vm) {
        this.vm = vm;
        this.draft = new ConfigDraft(vm.runConfig());
        setId("sidebar");
        setSpacing(6);
        setPadding(new Insets(6));
        setPrefWidth(330);
        pad = new PQPad(draft::setBinary); // the matrix listener refreshes the sidebar
        sections = new Accordion(
                section("Data", data(), "The Markov chain that generates the sequences."),
                section("Model", model(), "Architecture; changing a shape restarts the run."),
                section("Initialization", init(), "How the parameters start."),
                section("Training", training(), "Optimizer and learning rates; learning rates apply at the next"
                        + " step without a reset."));
        sections.setExpandedPane(sections.getPanes().get(0));
        for (TitledPane t : sections.getPanes()) {
            byName.put(t.getText().toLowerCase(Locale.ROOT), t);
        }
        apply.setId("apply-config");
        apply.setDefaultButton(false);
        apply.setTooltip(new Tooltip("Validate the edited settings and start a new run with them (Ctrl+Enter)."));
        apply.setOnAction(e -> applyDraft());
        Button revert = new Button("Revert");
        revert.setTooltip(new Tooltip("Discard the edits: back to the running configuration."));
        revert.setOnAction(e -> {
            draft.reset(vm.runConfig());
            changed();
        });
        error.setId("config-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(draft.errorProperty());
        HBox buttons = new HBox(6, apply, revert);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(scroll, buttons, error);
        vm.infoProperty().addListener((o, a, b) -> { // a new run (load or apply); live rate changes keep the edits
            draft.reset(vm.runConfig());
            changed();
        });
        draft.matrixProperty().addListener((o, a, b) -> changed());
        draft.cellErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> changed());
        changed();
    }

    public ConfigDraft draft() {
        return draft;
    }

    /**
     * A classroom preset's restrictions: locked sections stay visible but cannot be edited; hidden ones are
     * removed. Names: data, model, initialization, training.
     */
    public void restrict(java.util.Collection<String> locked, java.util.Collection<String> hidden) {
        sections.getPanes().setAll(byName.values().stream().filter(t -> !hidden.contains(key(t))).toList());
        for (TitledPane t : byName.values()) {
            boolean lock = locked.contains(key(t));
            t.getContent().setDisable(lock);
            t.setText(t.getText().replace(" (locked)", "") + (lock ? " (locked)" : ""));
        }
        if (!sections.getPanes().isEmpty()) {
            sections.setExpandedPane(sections.getPanes().get(0));
        }
    }

    private static String key(TitledPane t) {
        return t.getId().substring("section-".length());
    }

    /**
     * A start point (e0, w0) picked on the landscape or the basin map: the canonical-point initialisation,
     * applied at once (a restart). Refused with a message where the model has no canonical embedding.
     */
    public void pickStartPoint(double e0, double w0) {
        draft.schemeProperty().set(InitConfig.Scheme.CANONICAL_POINT);
        draft.e0Property().set(e0);
        draft.w0Property().set(w0);
        changed();
        applyDraft();
    }

    /** A chain (p, q) picked on the phase diagram, applied at once. */
    public void pickChain(double p, double q) {
        draft.setBinary(p, q);
        changed();
        applyDraft();
    }

    /** Validates and, if anything beyond learning rates changed, restarts the run. */
    public void applyDraft() {
        RunConfig c = draft.tryBuild();
        if (c != null) {
            vm.apply(c);
        }
    }

    private static TitledPane section(String title, Node content, String tip) {
        TitledPane t = new TitledPane(title, content);
        t.setId("section-" + title.toLowerCase(Locale.ROOT));
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    private void changed() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            boolean binary = draft.states() == 2;
            pad.setVisible(binary);
            pad.setManaged(binary);
            if (binary) {
                pad.show(draft.binaryP(), draft.binaryQ(), this::basin);
            }
            sample.setText(sampleText());
            RunConfig c = draft.tryBuild();
            apply.setDisable(c == null || !draft.needsRestart(vm.runConfig()));
            modelFields.setDisable(draft.kindProperty().get() == ConfigDraft.ModelKind.CANONICAL);
            enableRateSliders();
        } finally {
            syncing = false;
        }
    }

    /** Where the draft's initialisation leads at (p, q), by the canonical model's analytic basin test. */
    private CanonicalTheory.Outcome basin(double p, double q) {
        double e0;
        double w0;
        if (draft.schemeProperty().get() == InitConfig.Scheme.CANONICAL_POINT) {
            e0 = draft.e0Property().get();
            w0 = draft.w0Property().get();
        } else { // small inits start next to the origin, on the positive side of w by convention
            double s = Math.max(1e-3, draft.initStdProperty().get());
            e0 = s;
            w0 = s;
        }
        return new CanonicalTheory(p, q).basin(e0, w0);
    }

    private String sampleText() {
        try {
            MarkovChain chain = new MarkovChain(TransitionMatrix.of(draft.matrixProperty().get()),
                    draft.initialProperty().get());
            Batch b = new MarkovSampler(chain, 17).sample(1, 48);
            StringBuilder s = new StringBuilder("sample: ");
            for (int t = 0; t < 48; t++) {
                s.append(b.input(0, t));
            }
            for (String w : chain.warnings()) {
                s.append("\n⚠ ").append(w);
            }
            return s.toString();
        } catch (IllegalArgumentException e) {
            return "sample: (invalid matrix)";
        }
    }

    // ----------------------------------------------------------------- sections

    private Node data() {
        Spinner<Integer> states = new Spinner<>(2, ConfigDraft.MAX_STATES, draft.states());
        states.setId("states");
        states.setTooltip(new Tooltip("Number of token values k (2–8). Changing it starts from a chain that stays"
                + " with probability 0.8 and otherwise jumps uniformly."));
        states.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                draft.setStates(b);
            }
        });
        draft.matrixProperty().addListener((o, a, b) -> states.getValueFactory().setValue(b.length));
        ComboBox<InitialDistribution> initial = combo(InitialDistribution.values(), draft.initialProperty(),
                "First token of each sequence: from the stationary law π (every position alike) or uniform.");
        sample.setWrapText(true);
        sample.setId("sample-sequence");
        sample.setStyle("-fx-font-family: monospace;");
        return new VBox(6, pad, labelled("states", states), labelled("first token", initial),
                new Label("transition matrix P(next | current)"), new MatrixEditor(draft), sample);
    }

    private Node model() {
        ComboBox<ConfigDraft.ModelKind> kind = combo(ConfigDraft.ModelKind.values(), draft.kindProperty(),
                "canonical: the three-parameter (e, w, b) model of Local to Global, logit(x) = e²(1+2w|w|)x + b − e²/2."
                        + "\ntransformer: the one-layer transformer of the preset, with the shape below.");
        kind.setId("model-kind");
        Spinner<Integer> width = intSpinner(1, 256, draft.widthProperty().get(), "model-width",
                "Width d of the residual stream (embedding dimension).");
        width.valueProperty().addListener((o, a, b) -> {
            draft.widthProperty().set(b);
            changed();
        });
        Spinner<Integer> heads = intSpinner(1, 16, draft.headsProperty().get(), "model-heads",
                "Number of attention heads H; each has width d/H. A_h = softmax(q k^T/√(d/H)) with a causal mask.");
        heads.valueProperty().addListener((o, a, b) -> {
            draft.headsProperty().set(b);
            changed();
        });
        draft.widthProperty().addListener((o, a, b) -> width.getValueFactory().setValue(b.intValue()));
        draft.headsProperty().addListener((o, a, b) -> heads.getValueFactory().setValue(b.intValue()));
        ComboBox<TransformerConfig.Positional> pos = combo(TransformerConfig.Positional.values(),
                draft.positionalProperty(), "learned: h_t = emb(x_t) + p_t; none: no position information;"
                        + " one_hot_concat: h_t = [emb(x_t); onehot(t)].");
        CheckBox ln = check("LayerNorm (pre-LN + final)", draft.layerNormProperty(),
                "LN(h) = g ⊙ (h − mean)/√(var + 1e−5) before attention, before the feed-forward block and at the end.");
        ComboBox<TransformerConfig.FeedForward> ff = combo(TransformerConfig.FeedForward.values(),
                draft.feedForwardProperty(), "Feed-forward block h + W2 act(W1 h) with 4d hidden units: none, ReLU, or"
                        + " GELU (tanh form).");
        CheckBox tied = check("tie output to embedding", draft.tiedProperty(),
                "Weight tying: the output head reuses the token embedding (a = e for the sigmoid output).");
        modelFields.getChildren().setAll(labelled("width d", width), labelled("heads", heads),
                labelled("positions", pos), ln, labelled("feed-forward", ff), tied);
        return new VBox(6, labelled("model", kind), modelFields);
    }

    private Node init() {
        ComboBox<InitConfig.Scheme> scheme = combo(InitConfig.Scheme.values(), draft.schemeProperty(),
                "gaussian: weights ~ N(0, σ²) (residual projections σ/√2);  zero;  canonical_point: exactly (e0, w0)"
                        + " (rank-one embedding in the transformer);  lowrank: the reference code's low-rank init.");
        scheme.setId("init-scheme");
        return new VBox(6, labelled("scheme", scheme),
                labelled("σ", number(draft.initStdProperty(), "init-std", "Standard deviation σ of the Gaussian parts.")),
                labelled("e0", number(draft.e0Property(), "init-e0", "Canonical e_c of the start point (canonical_point).")),
                labelled("w0", number(draft.w0Property(), "init-w0", "Canonical w_c of the start point; w0 < −1/√2"
                        + " puts p+q>1 chains in the basin of the global minimum.")),
                labelled("seed", seedField()));
    }

    private Node training() {
        ComboBox<OptimizerConfig.Type> opt = combo(OptimizerConfig.Type.values(), draft.optimizerProperty(),
                "sgd: buf = μ·buf + g, θ −= η·buf;  adamw: Adam with decoupled weight decay θ −= η·λ·θ;"
                        + "  ngd: θ −= η·g/‖g‖ per tensor.");
        GridPane rates = new GridPane();
        rates.setHgap(6);
        rates.setVgap(2);
        int row = 0;
        for (ParamGroup g : ParamGroup.values()) {
            Slider s = new Slider(-6, 1, Math.log10(Math.max(1e-6, draft.learningRateProperty(g).get())));
            s.setId("lr-" + g.key());
            s.setPrefWidth(150);
            s.setTooltip(new Tooltip("Learning rate η of the " + g.key() + " group, log scale 1e−6 … 10. Applies at"
                    + " the next step; the schedule multiplies it."));
            Label value = new Label();
            value.setMinWidth(60);
            rateSliders.put(g, s);
            rateLabels.put(g, value);
            s.valueProperty().addListener((o, a, b) -> {
                double lr = Math.pow(10, b.doubleValue());
                value.setText(String.format(Locale.ROOT, "%.2e", lr));
                if (!syncing && Math.abs(draft.learningRateProperty(g).get() - lr) > 1e-12 * lr) {
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
            value.setText(String.format(Locale.ROOT, "%.2e", draft.learningRateProperty(g).get()));
            rates.addRow(row++, new Label(g.key()), s, value);
        }
        ComboBox<Schedule.Type> schedule = combo(Schedule.Type.values(), draft.scheduleProperty(),
                "constant, or one_cycle: cosine warm-up from η/100 over the first 2% of steps, then cosine decay to η/5.");
        return new VBox(6, labelled("optimizer", opt),
                labelled("momentum μ", number(draft.momentumProperty(), "momentum", "SGD momentum μ.")),
                labelled("β1", number(draft.beta1Property(), "beta1", "AdamW first-moment decay β1.")),
                labelled("β2", number(draft.beta2Property(), "beta2", "AdamW second-moment decay β2.")),
                new Label("learning rates"), rates,
                labelled("batch", boundSpinner(1, 4096, draft.batchSizeProperty(), "batch-size",
                        "Sequences per step.")),
                labelled("length T", boundSpinner(1, 8192, draft.sequenceLengthProperty(), "sequence-length",
                        "Tokens per sequence.")),
                labelled("steps", boundSpinner(1, 10_000_000, draft.stepsProperty(), "steps",
                        "Length of the run (and of the schedule).")),
                labelled("schedule", schedule));
    }

    private void enableRateSliders() {
        RunConfig running = vm.runConfig();
        ParamLayout layout = running.model() instanceof TransformerConfig t ? TransformerLayout.of(t)
                : tdlab.model.CanonicalModel.parameterLayout();
        boolean canonical = running.model() instanceof CanonicalConfig;
        for (ParamGroup g : ParamGroup.values()) {
            boolean present = layout.groupSize(g) > 0;
            rateSliders.get(g).setDisable(!present);
            rateSliders.get(g).setTooltip(new Tooltip(present ? "Learning rate η of the " + g.key() + " group"
                    + (canonical ? " (" + canonicalName(g) + ")" : "") + ", log scale 1e−6 … 10; applies at the next"
                    + " step." : "This model has no " + g.key() + " parameters."));
        }
    }

    private static String canonicalName(ParamGroup g) {
        return switch (g) {
            case EMBEDDING -> "e";
            case FEED_FORWARD -> "w";
            case BIAS -> "b";
            default -> "";
        };
    }

    // ----------------------------------------------------------------- small builders

    private <E> ComboBox<E> combo(E[] values, ObjectProperty<E> prop, String tip) {
        ComboBox<E> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setValue(prop.get());
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : e.toString().toLowerCase(Locale.ROOT);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        c.setTooltip(new Tooltip(tip));
        c.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != prop.get()) {
                prop.set(b);
                changed();
            }
        });
        prop.addListener((o, a, b) -> c.setValue(b));
        return c;
    }

    private CheckBox check(String text, javafx.beans.property.BooleanProperty prop, String tip) {
        CheckBox c = new CheckBox(text);
        c.setSelected(prop.get());
        c.setTooltip(new Tooltip(tip));
        c.selectedProperty().addListener((o, a, b) -> {
            prop.set(b);
            changed();
        });
        prop.addListener((o, a, b) -> c.setSelected(b));
        return c;
    }

    private static Spinner<Integer> intSpinner(int min, int max, int value, String id, String tip) {
        Spinner<Integer> s = IntSpinner.of(min, max, value);
        s.setId(id);
        s.setPrefWidth(110);
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    private Spinner<Integer> boundSpinner(int min, int max, javafx.beans.property.IntegerProperty prop, String id,
                                          String tip) {
        Spinner<Integer> s = intSpinner(min, max, prop.get(), id, tip);
        s.valueProperty().addListener((o, a, b) -> {
            prop.set(b);
            changed();
        });
        prop.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
        return s;
    }

    /** A numeric text field: commits on Enter or focus loss; an invalid entry is marked and not taken. */
    private TextField number(javafx.beans.property.DoubleProperty prop, String id, String tip) {
        return parsedField(id, tip, () -> format(prop.get()), text -> {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException("not finite");
            }
            prop.set(v);
            return null;
        }, prop);
    }

    private TextField seedField() {
        return parsedField("seed", "Master seed: initialisation, data, validation set and probe sequence derive"
                + " from it. Same preset and seed, same run.", () -> Long.toString(draft.seedProperty().get()),
                text -> {
                    draft.seedProperty().set(Long.parseLong(text));
                    return null;
                }, draft.seedProperty());
    }

    private TextField parsedField(String id, String tip, java.util.function.Supplier<String> current,
                                  Function<String, Void> set, javafx.beans.Observable source) {
        TextField f = new TextField(current.get());
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setTooltip(new Tooltip(tip));
        Runnable commit = () -> {
            try {
                set.apply(f.getText().strip());
                f.getStyleClass().remove("invalid");
                f.setTooltip(new Tooltip(tip));
                changed();
            } catch (NumberFormatException e) {
                if (!f.getStyleClass().contains("invalid")) {
                    f.getStyleClass().add("invalid");
                }
                f.setTooltip(new Tooltip("\"" + f.getText() + "\" is not a number. " + tip));
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commit.run();
            }
        });
        source.addListener(o -> {
            if (!f.isFocused()) {
                f.setText(current.get());
            }
        });
        return f;
    }

    private static String format(double v) {
        return MatrixEditor.format(v);
    }

    private static HBox labelled(String text, Node control) {
        Label l = new Label(text);
        l.setMinWidth(90);
        HBox box = new HBox(6, l, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

}
