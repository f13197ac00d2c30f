package tdlab.ui;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.preset.PresetWriter;
import tdlab.render.Colormap;
import tdlab.sim.Frame;
import tdlab.sweep.SweepSpec;
import tdlab.ui.panels.AttentionPanel;
import tdlab.ui.panels.LandscapePanel;
import tdlab.ui.panels.LossPanel;
import tdlab.ui.panels.PhasePanel;
import tdlab.ui.panels.ParametersPanel;
import tdlab.ui.panels.PredictionsPanel;
import tdlab.ui.sidebar.Sidebar;

/**
 * The main window: menu, transport bar, sidebar, the panel grid, a divergence banner and the narrating
 * status bar. An {@link AnimationTimer} polls the session once per pulse; the panels redraw from the
 * newest (or scrubbed) frame and never wait on training.
 */
public final class MainWindow {
    private final Stage stage;
    private final SessionViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final LossPanel loss = new LossPanel();
    private final AttentionPanel attention = new AttentionPanel();
    private final ParametersPanel parameters = new ParametersPanel();
    private final PredictionsPanel predictions = new PredictionsPanel();
    private final LandscapePanel landscape = new LandscapePanel();
    private final PhasePanel phase = new PhasePanel();
    private final Sidebar sidebar;
    private final TransportBar transport;
    private final HBox banner = new HBox(8);
    private final Label bannerText = new Label();
    private final AnimationTimer clock;
    private boolean dark;
    private long pulses;

    public MainWindow(Stage stage, SessionViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        sidebar = new Sidebar(vm);
        transport = new TransportBar(vm);
        PanelGrid grid = new PanelGrid(List.of("Loss", "Parameters", "Attention", "Predictions", "Landscape", "Phase"),
                List.of(loss, parameters, attention, predictions, landscape, phase),
                List.of("Training and validation loss against the theory's two minima.",
                        "Reduced coordinates (e, w, b), parameter norms and fraction of energy.",
                        "Attention of each head on a fixed probe sequence.",
                        "Estimated transition probabilities against the truth.",
                        "Energy landscape of the canonical model with the run's trajectory.",
                        "Phase diagram over (p, q) or measured basins over (w0, e0)."));
        banner.setId("divergence-banner");
        banner.getStyleClass().add("banner");
        banner.setPadding(new Insets(6));
        banner.setAlignment(Pos.CENTER_LEFT);
        Button rollback = new Button("Roll back to the last finite frame");
        rollback.setId("rollback");
        rollback.setOnAction(e -> vm.rollback());
        bannerText.setWrapText(true);
        HBox.setHgrow(bannerText, Priority.ALWAYS);
        banner.getChildren().addAll(bannerText, rollback);
        banner.setVisible(false);
        banner.setManaged(false);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.narrationProperty());
        status.setPadding(new Insets(3, 8, 3, 8));
        status.setMaxWidth(Double.MAX_VALUE);
        VBox center = new VBox(banner, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.setTop(new VBox(menu(), transport));
        root.setLeft(sidebar);
        root.setCenter(center);
        root.setBottom(status);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1680, screen.getWidth()), Math.min(980, screen.getHeight()));
        applyTheme(false);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        wire();
        clock = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
        stage.setScene(scene);
        updateTitle();
    }

    public void show() {
        stage.show();
        clock.start();
    }

    public void stop() {
        clock.stop();
    }

    public Scene scene() {
        return scene;
    }

    /** Pulses seen by the animation clock (the UI benchmark counts them). */
    public long pulses() {
        return pulses;
    }

    private void wire() {
        vm.infoProperty().addListener((o, a, b) -> {
            loss.setInfo(b);
            predictions.setRun(vm.runConfig(), b);
            landscape.setRun(vm.runConfig());
            phase.setRun(vm.runConfig());
            updateTitle();
        });
        loss.setInfo(vm.infoProperty().get());
        predictions.setRun(vm.runConfig(), vm.infoProperty().get());
        landscape.setRun(vm.runConfig());
        phase.setRun(vm.runConfig());
        landscape.setOnPick(sidebar::pickStartPoint);
        sidebar.draft().matrixProperty().addListener((o, a, b) -> {
            try {
                landscape.previewChain(new tdlab.task.MarkovTask(tdlab.task.TransitionMatrix.of(b),
                        sidebar.draft().initialProperty().get()));
            } catch (IllegalArgumentException e) {
                landscape.previewChain(null);
            }
        });
        phase.setOnPick((mode, xy) -> {
            if (mode == SweepSpec.Mode.PQ) {
                sidebar.pickChain(xy[0], xy[1]);
            } else {
                sidebar.pickStartPoint(xy[1], xy[0]);
            }
        });
        vm.frameProperty().addListener((o, a, b) -> {
            attention.show(b);
            loss.showFrame(b);
            landscape.show(vm.framesProperty().get(), b);
        });
        vm.divergenceProperty().addListener((o, a, b) -> {
            boolean diverged = b != null;
            banner.setVisible(diverged);
            banner.setManaged(diverged);
            bannerText.setText(diverged ? "Training stopped: " + b + ". This usually means the learning rate is too"
                    + " high for the current scale of the parameters: lower it in Training, or roll back." : "");
            Frame last = vm.frameProperty().get();
            loss.markDivergence(diverged && last != null ? last.step() : null);
        });
        attention.show(vm.frameProperty().get());
        loss.showFrame(vm.frameProperty().get());
    }

    /**
     * One chart redraw per {@link #CHART_SLOT} pulses, round-robin (about 10 redraws a second in all): a
     * JFreeChart repaint costs milliseconds of FX-thread time, and the training thread shares the CPU.
     */
    private void pulse() {
        pulses++;
        vm.poll();
        if (pulses % CHART_SLOT != 0) {
            return;
        }
        List<Frame> frames = vm.framesProperty().get();
        switch ((int) (pulses / CHART_SLOT % 3)) {
            case 0 -> loss.update(frames);
            case 1 -> parameters.update(frames);
            default -> predictions.update(frames);
        }
    }

    private static final int CHART_SLOT = 10;

    /** Redraws every chart now (tests and screenshots; the clock spreads redraws otherwise). */
    public void refreshNow() {
        vm.poll();
        List<Frame> frames = vm.framesProperty().get();
        loss.update(frames);
        parameters.update(frames);
        predictions.update(frames);
    }

    private void updateTitle() {
        Preset p = vm.preset();
        stage.setTitle("Transformer Dynamics Lab — " + (p == null ? "" : p.title()));
    }

    // ----------------------------------------------------------------- keyboard

    private void onKey(KeyEvent e) {
        Node focus = scene.getFocusOwner();
        boolean typing = focus instanceof TextInputControl || focus != null && focus.getParent() instanceof Spinner;
        KeyCode c = e.getCode();
        if (e.isShortcutDown() && c == KeyCode.ENTER) {
            sidebar.applyDraft();
            e.consume();
            return;
        }
        if (typing) {
            return;
        }
        if (c == KeyCode.SPACE) {
            vm.togglePlay();
        } else if (c == KeyCode.RIGHT) {
            vm.step(e.isShiftDown() ? 100 : 1);
        } else if (c == KeyCode.BACK_SPACE) {
            vm.reset();
        } else if (c == KeyCode.SLASH && e.isShiftDown() || "?".equals(e.getText())) {
            cheatSheet();
        } else if (c == KeyCode.F11) {
            presenter(!root.getStyleClass().contains("presenter"));
        } else {
            return;
        }
        e.consume();
    }

    private void cheatSheet() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, Shortcuts.TEXT, ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.initOwner(stage);
        a.show();
    }

    private void presenter(boolean on) {
        if (on) {
            root.getStyleClass().add("presenter");
        } else {
            root.getStyleClass().remove("presenter");
        }
        root.getLeft().setVisible(!on);
        root.getLeft().setManaged(!on);
        stage.setFullScreen(on);
    }

    // ----------------------------------------------------------------- menus

    private MenuBar menu() {
        Menu file = new Menu("File");
        MenuItem open = new MenuItem("Open preset…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> openPreset());
        MenuItem save = new MenuItem("Save preset as…");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> savePreset());
        Menu examples = new Menu("Open example");
        for (String name : Presets.GALLERY) {
            Preset p = Presets.load(name);
            MenuItem item = new MenuItem(p.title());
            item.setOnAction(e -> vm.load(p));
            examples.getItems().add(item);
        }
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        file.getItems().addAll(open, examples, save, quit);
        Menu view = new Menu("View");
        CheckMenuItem darkItem = new CheckMenuItem("Dark theme");
        darkItem.setOnAction(e -> applyTheme(darkItem.isSelected()));
        Menu palette = new Menu("Attention palette");
        ToggleGroup group = new ToggleGroup();
        for (Colormap.Named m : Colormap.Named.values()) {
            if (m.diverging()) {
                continue;
            }
            RadioMenuItem item = new RadioMenuItem(m.toString());
            item.setToggleGroup(group);
            item.setSelected(m == Colormap.Named.VIRIDIS);
            item.setOnAction(e -> attention.setColormap(m.load()));
            palette.getItems().add(item);
        }
        MenuItem presenter = new MenuItem("Presenter mode");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presenter.setOnAction(e -> presenter(!root.getStyleClass().contains("presenter")));
        view.getItems().addAll(darkItem, palette, presenter);
        Menu help = new Menu("Help");
        MenuItem keys = new MenuItem("Keyboard shortcuts (?)");
        keys.setOnAction(e -> cheatSheet());
        MenuItem about = new MenuItem("About this preset");
        about.setOnAction(e -> describePreset());
        help.getItems().addAll(keys, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu");
        return bar;
    }

    private void describePreset() {
        Preset p = vm.preset();
        Alert a = new Alert(Alert.AlertType.INFORMATION, p.description(), ButtonType.CLOSE);
        a.setTitle(p.title());
        a.setHeaderText(p.title() + (p.scenario().isEmpty() ? "" : "  (" + p.scenario() + ")"));
        a.initOwner(stage);
        a.show();
    }

    private void openPreset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open preset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Presets (*.json)", "*.json"));
        File f = chooser.showOpenDialog(stage);
        if (f == null) {
            return;
        }
        try {
            vm.load(PresetReader.read(f.toPath()));
        } catch (PresetException e) {
            error("Cannot open " + f.getName(), String.join("\n", e.problems()));
        } catch (RuntimeException e) {
            error("Cannot open " + f.getName(), e.getMessage());
        }
    }

    private void savePreset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save preset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Presets (*.json)", "*.json"));
        chooser.setInitialFileName(vm.runConfig().name() + ".json");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            PresetWriter.write(vm.preset(), f.toPath());
        } catch (IOException e) {
            error("Cannot save " + f.getName(), e.getMessage() + "\nThe previous file, if any, is unchanged.");
        }
    }

    private void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        a.setHeaderText(header);
        a.initOwner(stage);
        a.show();
    }

    /** Light or dark theme (View menu). */
    public void applyTheme(boolean isDark) {
        dark = isDark;
        scene.getStylesheets().setAll(css("app.css"), css(isDark ? "dark.css" : "light.css"));
        loss.setDark(isDark);
        parameters.setDark(isDark);
        predictions.setDark(isDark);
    }

    private static String css(String name) {
        return MainWindow.class.getResource("/tdlab/assets/css/" + name).toExternalForm();
    }

    // ----------------------------------------------------------------- for tests

    LandscapePanel landscapePanel() {
        return landscape;
    }

    PhasePanel phasePanel() {
        return phase;
    }

    LossPanel lossPanel() {
        return loss;
    }

    AttentionPanel attentionPanel() {
        return attention;
    }

    Sidebar sidebar() {
        return sidebar;
    }

    TransportBar transport() {
        return transport;
    }

    boolean dark() {
        return dark;
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
