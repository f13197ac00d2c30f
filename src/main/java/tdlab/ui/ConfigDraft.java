package tdlab.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import tdlab.model.ModelSpec;
import tdlab.model.ParamGroup;
import tdlab.model.TransformerConfig;
import tdlab.task.ConfigException;
import tdlab.task.InitialDistribution;
import tdlab.family.markov.MarkovFamily;
import tdlab.task.MarkovTask;
import tdlab.task.TaskSpec;
import tdlab.task.TransitionMatrix;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.task.mixture.TokenizedMixtureTask;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.train.GroupSettings;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.TrainingConfig;

/**
 * The sidebar's editable copy of the run configuration. Edits stay here until {@link #build()} turns
 * them into a validated {@link RunConfig}; an invalid edit is recorded with its reason (per matrix cell,
 * or as {@link #errorProperty()}) and never reaches the running simulation.
 */
public final class ConfigDraft {
    public static final int MAX_STATES = 8;

    private RunConfig base;
    // data
    private final ObjectProperty<double[][]> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<InitialDistribution> initial = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> cellErrors = FXCollections.observableHashMap();
    private final HighOrderDraft highOrder = new HighOrderDraft();
    private final SequenceClassesDraft classes = new SequenceClassesDraft();
    private final MixtureDraft mixture = new MixtureDraft();
    private final OrdersDraft orders = new OrdersDraft();
    private final ModelDraft model = new ModelDraft();
    // initialisation
    private final ObjectProperty<InitConfig.Scheme> scheme = new SimpleObjectProperty<>();
    private final DoubleProperty initStd = new SimpleDoubleProperty();
    private final DoubleProperty e0 = new SimpleDoubleProperty();
    /** The start of an EXPLICIT initialisation (a point picked on a loss plane); empty otherwise. */
    private java.util.List<Double> explicitStart = java.util.List.of();
    private final DoubleProperty w0 = new SimpleDoubleProperty();
    private final LongProperty seed = new SimpleLongProperty();
    // training
    private final ObjectProperty<OptimizerConfig.Type> optimizer = new SimpleObjectProperty<>();
    private final DoubleProperty momentum = new SimpleDoubleProperty();
    private final DoubleProperty beta1 = new SimpleDoubleProperty();
    private final DoubleProperty beta2 = new SimpleDoubleProperty();
    private final Map<ParamGroup, DoubleProperty> learningRates = new EnumMap<>(ParamGroup.class);
    private final IntegerProperty batchSize = new SimpleIntegerProperty();
    private final IntegerProperty sequenceLength = new SimpleIntegerProperty();
    private final IntegerProperty steps = new SimpleIntegerProperty();
    private final ObjectProperty<Schedule.Type> schedule = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public ConfigDraft(RunConfig cfg) {
        for (ParamGroup g : ParamGroup.values()) {
            learningRates.put(g, new SimpleDoubleProperty());
        }
        reset(cfg);
    }

    /** Discards the edits: back to this configuration. */
    public void reset(RunConfig cfg) {
        base = cfg;
        // the chain editor edits chains; another family's task passes through unchanged until it has an editor
        MarkovFamily.chainOf(cfg.task()).ifPresent(task -> {
            matrix.set(task.matrix().toArray());
            initial.set(task.initial());
        });
        cellErrors.clear();
        if (cfg.task() instanceof HighOrderMarkovTask h) {
            highOrder.reset(h);
        }
        if (cfg.task() instanceof SequenceClassesTask s) {
            classes.reset(s);
        }
        if (cfg.task() instanceof TokenizedMixtureTask m) {
            mixture.reset(m);
        }
        if (cfg.task() instanceof PartialOrdersTask p) {
            orders.reset(p);
        }
        model.reset(cfg.model());
        InitConfig init = cfg.init();
        scheme.set(init.scheme());
        explicitStart = init.params();
        initStd.set(init.std());
        e0.set(init.e0());
        w0.set(init.w0());
        seed.set(cfg.seed());
        TrainingConfig t = cfg.training();
        optimizer.set(t.optimizer().type());
        momentum.set(t.optimizer().momentum());
        beta1.set(t.optimizer().beta1());
        beta2.set(t.optimizer().beta2());
        for (ParamGroup g : ParamGroup.values()) {
            learningRates.get(g).set(t.group(g).learningRate());
        }
        batchSize.set(t.batchSize());
        sequenceLength.set(t.sequenceLength());
        steps.set(t.steps());
        schedule.set(t.schedule().type());
        error.set(null);
    }

    // ----------------------------------------------------------------- data edits

    public int states() {
        return matrix.get().length;
    }

    /** Entry (i, j) of the edited matrix. */
    public double cell(int i, int j) {
        return matrix.get()[i][j];
    }

    /**
     * Sets entry (i, j) from text and rescales the row's other entries so it sums to 1. Invalid text
     * (not a number, negative, above 1) is recorded for the cell and changes nothing. Returns whether the
     * value was taken.
     */
    public boolean setCell(int i, int j, String text) {
        String key = i + "," + j;
        double v;
        try {
            v = Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            cellErrors.put(key, "\"" + text + "\" is not a number");
            return false;
        }
        if (!Double.isFinite(v) || v < 0 || v > 1) {
            cellErrors.put(key, "a probability must be in [0, 1]; " + text.strip() + " given");
            return false;
        }
        double[][] m = java.util.Arrays.stream(matrix.get()).map(double[]::clone).toArray(double[][]::new);
        double rest = 0;
        for (int c = 0; c < m.length; c++) {
            if (c != j) {
                rest += m[i][c];
            }
        }
        int k = m.length;
        for (int c = 0; c < k; c++) {
            if (c != j) {
                // keep the other entries' proportions; spread evenly when they were all zero
                m[i][c] = rest > 0 ? m[i][c] / rest * (1 - v) : (1 - v) / (k - 1);
            }
        }
        m[i][j] = v;
        cellErrors.remove(key);
        matrix.set(m);
        return true;
    }

    /** The binary chain [[1−p, p], [q, 1−q]] (the p/q pad). */
    public void setBinary(double p, double q) {
        ConfigException.requireRange(p, 0, 1, "p");
        ConfigException.requireRange(q, 0, 1, "q");
        if (states() == 2 && p == binaryP() && q == binaryQ() && cellErrors.isEmpty()) {
            return; // a drag that stays in the same rounded cell changes nothing
        }
        matrix.set(TransitionMatrix.binary(p, q).toArray());
        cellErrors.clear();
    }

    /** Changes the number of states: a new matrix that stays put with probability 1 − p, p = 0.2. */
    public void setStates(int k) {
        ConfigException.requireRange(k, 2, MAX_STATES, "task.states");
        if (k != states()) {
            matrix.set(TransitionMatrix.symmetric(k, 0.2).toArray());
            cellErrors.clear();
        }
    }

    public double binaryP() {
        return states() == 2 ? matrix.get()[0][1] : Double.NaN;
    }

    public double binaryQ() {
        return states() == 2 ? matrix.get()[1][0] : Double.NaN;
    }

    // ----------------------------------------------------------------- building

    /** The edited configuration, validated; throws ConfigException naming the field. */
    public RunConfig build() {
        if (!cellErrors.isEmpty()) {
            String first = cellErrors.keySet().stream().sorted().findFirst().orElseThrow();
            throw new ConfigException("task.matrix[" + first.replace(",", "][") + "]", cellErrors.get(first));
        }
        TaskSpec task = task();
        // the high-order chain fixes the sequence length (w prefix tokens, then the generated ones)
        // so does a tokenized mixture (T tokens), which also fixes the batch (full batch) and the validation set
        TokenizedMixtureTask mix = task instanceof TokenizedMixtureTask m ? m : null;
        int length = task instanceof HighOrderMarkovTask h ? h.sequenceLength() : mix != null ? mix.tokens()
                : sequenceLength.get();
        // partial orders: a sentence of max_length tokens must fit, and a full batch (the paper's GD) stays full
        int batch = batchSize.get();
        int evalSequences = base.training().evalSequences();
        if (task instanceof PartialOrdersTask p && base.task() instanceof PartialOrdersTask was) {
            length = Math.max(length, p.maxLength());
            batch = batch == was.trainSentences() ? p.trainSentences() : batch;
            evalSequences = evalSequences == was.shiftSentences() ? p.shiftSentences() : evalSequences;
        }
        ModelSpec model = this.model.build(base.model(), task, length);
        TrainingConfig t = base.training();
        EnumMap<ParamGroup, GroupSettings> groups = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            groups.put(g, t.group(g).withLearningRate(learningRates.get(g).get()));
        }
        OptimizerConfig o = new OptimizerConfig(optimizer.get(), momentum.get(), beta1.get(), beta2.get(),
                t.optimizer().eps());
        Schedule s = schedule.get() == t.schedule().type() ? t.schedule() : switch (schedule.get()) {
            case CONSTANT -> Schedule.constant();
            case ONE_CYCLE -> Schedule.referenceOneCycle();
            case REDUCE_ON_PLATEAU -> Schedule.reduceOnPlateau(Schedule.DEFAULT_PATIENCE, Schedule.DEFAULT_FACTOR,
                    Schedule.DEFAULT_EVERY);
        };
        TrainingConfig training = new TrainingConfig(steps.get(), mix != null ? mix.trainSize() : batch,
                length, o, groups, s, t.clipNorm(), t.stages(), t.evalEvery(), mix != null ? mix.testSize()
                : evalSequences, t.threads(), t.gradient(), t.tensorWeightDecay());
        InitConfig init = new InitConfig(scheme.get(), initStd.get(), e0.get(), w0.get(), base.init().b0(),
                scheme.get() == InitConfig.Scheme.EXPLICIT ? explicitStart : java.util.List.of());
        return new RunConfig(base.name(), task, model, base.backend(), init, training, seed.get(),
                mix != null ? length : Math.min(base.probeLength(), length));
    }

    /** The edited task: the chain editor's, a family editor's, or another family's passed through. */
    private TaskSpec task() {
        if (base.task() instanceof HighOrderMarkovTask) {
            return highOrder.build();
        }
        if (base.task() instanceof SequenceClassesTask) {
            return classes.build();
        }
        if (base.task() instanceof TokenizedMixtureTask) {
            return mixture.build();
        }
        if (base.task() instanceof PartialOrdersTask) {
            return orders.build();
        }
        return MarkovFamily.chainOf(base.task()).isEmpty() ? base.task()
                : new MarkovTask(TransitionMatrix.of(matrix.get(), "task.matrix"), initial.get());
    }

    /**
     * Validates the draft and records the problem (or clears it). Returns the configuration or null.
     */
    public RunConfig tryBuild() {
        try {
            RunConfig c = build();
            error.set(null);
            return c;
        } catch (ConfigException e) {
            // the sidebar's words, the edited family's own where it has them; the exception keeps the path for the CLI
            error.set(FieldLabels.message(e, base.task().type()));
            return null;
        }
    }

    /** True when applying the draft needs a new run (anything beyond learning rates changed). */
    public boolean needsRestart(RunConfig running) {
        RunConfig c = tryBuild();
        return c != null && differsBeyondRates(c, running);
    }

    /** True when {@code built} differs from {@code running} in more than the learning rates (a built draft). */
    public static boolean differsBeyondRates(RunConfig built, RunConfig running) {
        return !built.withTraining(withRatesOf(built.training(), running.training())).equals(running);
    }

    private static TrainingConfig withRatesOf(TrainingConfig t, TrainingConfig rates) {
        EnumMap<ParamGroup, GroupSettings> groups = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            groups.put(g, t.group(g).withLearningRate(rates.group(g).learningRate()));
        }
        return t.withGroups(groups);
    }

    // ----------------------------------------------------------------- properties

    public ObjectProperty<double[][]> matrixProperty() {
        return matrix;
    }

    /** The Data section's fields for a high-order Markov task (unused for other families). */
    public HighOrderDraft highOrder() {
        return highOrder;
    }

    /** The Data section's fields for a tokenized mixture (unused for other families). */
    public MixtureDraft mixture() {
        return mixture;
    }

    /** The Data section's fields for partial orders, S6 (unused for other families). */
    public OrdersDraft orders() {
        return orders;
    }

    /** The Data section's fields for sequence classes (unused for other families). */
    public SequenceClassesDraft classes() {
        return classes;
    }

    public ObjectProperty<InitialDistribution> initialProperty() {
        return initial;
    }

    /** Invalid cells: "i,j" → reason. */
    public ObservableMap<String, String> cellErrors() {
        return cellErrors;
    }

    public ObjectProperty<ModelDraft.ModelKind> kindProperty() {
        return model.kindProperty();
    }

    public IntegerProperty widthProperty() {
        return model.widthProperty();
    }

    public IntegerProperty headsProperty() {
        return model.headsProperty();
    }

    /** Heads of S5's multi-head classifier. */
    public IntegerProperty mhaHeadsProperty() {
        return model.mhaHeadsProperty();
    }

    /** S5's "scale η with H" toggle. */
    public javafx.beans.property.BooleanProperty scaleRateProperty() {
        return model.scaleRateProperty();
    }

    /** Heads of the Y/Z model (independent Z matrices); the transformer's heads are {@link #headsProperty()}. */
    public IntegerProperty yzHeadsProperty() {
        return model.yzHeadsProperty();
    }

    public ObjectProperty<TransformerConfig.Positional> positionalProperty() {
        return model.positionalProperty();
    }

    public BooleanProperty layerNormProperty() {
        return model.layerNormProperty();
    }

    public ObjectProperty<TransformerConfig.FeedForward> feedForwardProperty() {
        return model.feedForwardProperty();
    }

    public BooleanProperty tiedProperty() {
        return model.tiedProperty();
    }

    /** Start exactly at these parameters at the next apply (scheme EXPLICIT). */
    public void setExplicitStart(double[] params) {
        explicitStart = java.util.Arrays.stream(params).boxed().toList();
        scheme.set(InitConfig.Scheme.EXPLICIT);
    }

    /**
     * The Y/Z model's random start as in the paper's code: U(±1/√M), PyTorch's default for an M-wide linear
     * layer, with M the edited task's vocabulary.
     */
    public void setDefaultUniformInit() {
        scheme.set(InitConfig.Scheme.UNIFORM);
        SequenceClassesTask t = classes.task();
        initStd.set(1 / Math.sqrt(t != null ? t.vocab() : base.model().vocab()));
    }

    public ObjectProperty<InitConfig.Scheme> schemeProperty() {
        return scheme;
    }

    public DoubleProperty initStdProperty() {
        return initStd;
    }

    public DoubleProperty e0Property() {
        return e0;
    }

    public DoubleProperty w0Property() {
        return w0;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<OptimizerConfig.Type> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty momentumProperty() {
        return momentum;
    }

    public DoubleProperty beta1Property() {
        return beta1;
    }

    public DoubleProperty beta2Property() {
        return beta2;
    }

    public DoubleProperty learningRateProperty(ParamGroup g) {
        return learningRates.get(g);
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty sequenceLengthProperty() {
        return sequenceLength;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public ObjectProperty<Schedule.Type> scheduleProperty() {
        return schedule;
    }

    /** The last validation problem of {@link #tryBuild()} in the sidebar's words ({@link FieldLabels}), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
