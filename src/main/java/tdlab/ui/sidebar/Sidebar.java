package tdlab.ui.sidebar;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tdlab.task.ConfigException;
import tdlab.train.InitConfig;
import tdlab.train.RunConfig;
import tdlab.ui.ConfigDraft;
import tdlab.ui.EditHistory;
import tdlab.ui.HighOrderDraft;
import tdlab.ui.OrdersDraft;
import tdlab.ui.SequenceClassesDraft;
import tdlab.ui.SessionViewModel;

/**
 * The control sidebar: Data, Model, Initialization and Training sections editing a {@link ConfigDraft}.
 * Learning-rate sliders act on the running simulation at once; every other edit waits for "Apply &amp;
 * restart", which validates the draft and starts a new run (nothing invalid ever reaches the run).
 */
public final class Sidebar extends VBox {
    private final SessionViewModel vm;
    private final ConfigDraft draft;
    private final ChainDataModel chainData;
    private final DataEditors.Models dataModels;
    private final Button apply = new Button("Apply & restart");
    private final TrainingSection training;
    private final Accordion sections;
    private final TitledPane data;
    private final Fields fields;
    private String dataType;
    private final Map<String, TitledPane> byName = new LinkedHashMap<>();
    private boolean refreshing;
    private final EditHistory history;
    /** The settings as of the last recorded edit (or the run's, after a new run): the next edit's "before". */
    private RunConfig recorded;
    /** While the draft is being reset as a whole (a new run, an undo): not an edit of the user's. */
    private boolean resetting;
    /** While a pick (start point, chain) edits the draft on its way to Apply: the pick is one edit with it. */
    private boolean picking;
    /** The mouse gesture of the last timeline mark, and the rates it started from (a drag is one mark). */
    private int markGesture;
    private RunConfig markFrom;

    /** {@code history}: the window's undo and redo lists, where the sidebar records the settings' edits. */
    public Sidebar(SessionViewModel vm, EditHistory history) {
        this.vm = vm;
        this.history = history;
        this.draft = new ConfigDraft(vm.runConfig());
        this.chainData = new ChainDataModel(draft);
        this.dataModels = new DataEditors.Models(chainData, new HighOrderDataModel(draft.highOrder()),
                new SequenceClassesDataModel(draft.classes()), new OrdersDataModel(draft.orders()));
        setId("sidebar");
        setSpacing(6);
        setPadding(new Insets(6));
        setPrefWidth(330);
        fields = new Fields(this::refresh);
        training = new TrainingSection(draft, vm, fields);
        dataType = vm.runConfig().task().type();
        data = section("Data", DataEditors.create(dataType, draft, dataModels, fields), "The task that generates the"
                + " data (its family's editor).");
        sections = new Accordion(
                data,
                section("Model", new ModelSection(draft, fields), "Architecture; changing a shape restarts the run."),
                section("Initialization", new InitSection(draft, fields), "How the parameters start."),
                section("Training", training, "Optimizer and learning rates; learning rates apply at the next"
                        + " step without a reset."));
        sections.setExpandedPane(sections.getPanes().get(0));
        for (TitledPane t : sections.getPanes()) {
            byName.put(key(t), t);
        }
        apply.setId("apply-config");
        apply.setTooltip(new Tooltip("Validate the edited settings and start a new run with them ("
                + tdlab.ui.KeyNames.here().shortcut("Enter") + ")."));
        apply.setOnAction(e -> applyDraft());
        Button revert = new Button("Revert");
        revert.setTooltip(new Tooltip("Discard the edits: back to the running configuration."));
        revert.setOnAction(e -> {
            draft.reset(vm.runConfig());
            refresh();
        });
        Label error = new Label();
        error.setId("config-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(draft.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the buttons last, the message above them: a message coming or going takes its room from the scroll area,
        // and Apply stays where the teacher's mouse is
        HBox buttons = new HBox(6, apply, revert);
        buttons.setId("config-buttons");
        getChildren().addAll(scroll, error, buttons);
        vm.runsProperty().addListener((o, a, b) -> { // a new run (load, apply, undo); live rate changes keep the edits
            resetDraft(vm.runConfig());
            showDataEditorFor(vm.runConfig().task().type());
            refresh();
        });
        for (tdlab.model.ParamGroup g : tdlab.model.ParamGroup.values()) { // the live sliders bypass the fields
            draft.learningRateProperty(g).addListener(o -> refresh());
        }
        recorded = vm.runConfig();
        draft.matrixProperty().addListener((o, a, b) -> refresh());
        draft.cellErrors().addListener((MapChangeListener<String, String>) c -> refresh());
        draft.highOrder().revisionProperty().addListener(o -> refresh());
        draft.highOrder().errors().addListener((MapChangeListener<HighOrderDraft.Field, ConfigException>) c
                -> refresh());
        draft.classes().revisionProperty().addListener(o -> refresh());
        draft.mixture().revisionProperty().addListener(o -> refresh());
        draft.classes().errors().addListener((MapChangeListener<SequenceClassesDraft.Field, ConfigException>) c
                -> refresh());
        draft.orders().revisionProperty().addListener(o -> refresh());
        draft.orders().errors().addListener((MapChangeListener<OrdersDraft.Field, ConfigException>) c -> refresh());
        refresh();
    }

    /** A run of another task family brings that family's Data editor. */
    private void showDataEditorFor(String type) {
        if (!type.equals(dataType)) {
            dataType = type;
            boolean locked = data.getContent().isDisabled();
            data.setContent(DataEditors.create(type, draft, dataModels, fields));
            data.getContent().setDisable(locked);
        }
    }

    public ConfigDraft draft() {
        return draft;
    }

    /**
     * Undo or redo of a settings edit: the draft as it was and, for a learning rate, the running rate (from the next
     * step, marked on the timeline).
     */
    private void restore(RunConfig cfg) {
        resetDraft(cfg);
        showDataEditorFor(cfg.task().type());
        RunConfig running = vm.runConfig();
        if (!ConfigDraft.differsBeyondRates(cfg, running) && !withRatesOf(running, cfg).equals(running)) {
            for (tdlab.model.ParamGroup g : tdlab.model.ParamGroup.values()) {
                double lr = cfg.training().group(g).learningRate();
                if (lr != running.training().group(g).learningRate()) {
                    vm.setLearningRate(g, lr); // a live change taken back: the run goes on at the old rate
                }
            }
            vm.markTimeline(rateChange(running, cfg) + (history.replaying() == EditHistory.Replay.UNDO ? " (undone)"
                    : " (redone)"), false);
        }
        refresh();
    }

    /** {@code c} with the learning rates of {@code rates}. */
    private static RunConfig withRatesOf(RunConfig c, RunConfig rates) {
        RunConfig out = c;
        for (tdlab.model.ParamGroup g : tdlab.model.ParamGroup.values()) {
            out = out.withTraining(out.training().withLearningRate(g, rates.training().group(g).learningRate()));
        }
        return out;
    }

    /** The learning rates' change from {@code from} to {@code to} in the sidebar's words. */
    private static String rateChange(RunConfig from, RunConfig to) {
        return tdlab.ui.ConfigDiff.between(from, withRatesOf(from, to)).describe(from.task().type());
    }

    private void resetDraft(RunConfig cfg) {
        resetting = true;
        try {
            draft.reset(cfg);
        } finally {
            resetting = false;
        }
        recorded = cfg;
    }

    /** The Data section's view model: the edited chain, which panels may preview. */
    public ChainDataModel chainData() {
        return chainData;
    }

    /**
     * A classroom preset's restrictions: locked sections stay visible but cannot be edited; hidden ones are
     * removed. Names: data, model, initialization, training.
     */
    public void restrict(Collection<String> locked, Collection<String> hidden) {
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
        pick(() -> {
            draft.schemeProperty().set(InitConfig.Scheme.CANONICAL_POINT);
            draft.e0Property().set(e0);
            draft.w0Property().set(w0);
        });
    }

    /** A point picked on a loss plane: the run restarts from exactly these parameters. */
    public void pickExplicitStart(double[] params) {
        pick(() -> draft.setExplicitStart(params));
    }

    /** A chain (p, q) picked on the phase diagram, applied at once. */
    public void pickChain(double p, double q) {
        pick(() -> draft.setBinary(p, q));
    }

    /**
     * A whole configuration from elsewhere (a lesson step's settings): one edit in the history, applied at once
     * (a restart).
     */
    public void applyRun(RunConfig c) {
        restart(c, recorded == null ? c : recorded);
    }

    /** Validates and, if anything beyond learning rates changed, restarts the run. */
    public void applyDraft() {
        RunConfig c = draft.tryBuild();
        if (c != null) {
            restart(c, recorded);
        }
    }

    /**
     * Restarts with {@code c}, one edit in the history: its undo brings the replaced run back (frames, step, marks)
     * and the draft as it was before ({@code draftBefore}); its redo the new run as it was left.
     */
    private void restart(RunConfig c, RunConfig draftBefore) {
        RunConfig before = vm.runConfig();
        SessionViewModel.LiveRun replaced = vm.applyKeeping(c);
        tdlab.ui.ConfigDiff diff = tdlab.ui.ConfigDiff.between(before, c);
        String name = "Apply & restart" + (diff.isEmpty() ? "" : " (" + diff.describe(c.task().type()) + ")");
        history.push(new tdlab.ui.RunSwap(name, vm, replaced, () -> {
            resetDraft(draftBefore);
            showDataEditorFor(draftBefore.task().type());
            refresh();
        }));
    }

    /** A pick edits the draft and applies it: one edit, named by the restart. */
    private void pick(Runnable edit) {
        picking = true;
        try {
            edit.run();
        } finally {
            picking = false;
        }
        applyDraft();
        refresh(); // a pick the draft refused stays in it, shown and recorded
    }

    /** A learning rate the user moved: marked on the timeline at this step, one mark per drag. */
    private void markRateChange(RunConfig c) {
        int g = history.gesture();
        boolean merge = g != 0 && g == markGesture;
        if (!merge) {
            markFrom = recorded;
        }
        markGesture = g;
        vm.markTimeline(rateChange(markFrom, c), merge);
    }

    private static TitledPane section(String title, Node content, String tip) {
        TitledPane t = new TitledPane(title, content);
        t.setId("section-" + title.toLowerCase(Locale.ROOT));
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    /** After any edit: re-validate the draft (Apply is enabled only for a valid draft that needs a restart). */
    private void refresh() {
        if (refreshing || resetting) {
            return;
        }
        refreshing = true;
        try {
            RunConfig c = draft.tryBuild();
            // a pick is recorded by its restart, from the draft before it
            if (!picking && c != null && recorded != null && !c.equals(recorded)) {
                if (history.replaying() == null && !withRatesOf(recorded, c).equals(recorded)) {
                    markRateChange(c); // the sliders sent the rates to the run
                }
                history.push(EditHistory.settings(recorded, c, c.task().type(), this::restore));
            }
            if (c != null && !picking) {
                recorded = c;
            }
            apply.setDisable(c == null || !ConfigDraft.differsBeyondRates(c, vm.runConfig())); // built once
            training.enableRatesFor(vm.runConfig());
        } finally {
            refreshing = false;
        }
    }
}
