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
import javafx.scene.control.Tooltip;
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
    private final HBox info = new HBox(8);
    private final Label infoText = new Label();
    private final PanelGrid grid;
    private final RecentFiles recent = new RecentFiles();
    private final Menu recentMenu = new Menu("Open recent");
    private String palette = "viridis";
    private java.nio.file.Path presetFile;
    private final Label bannerText = new Label();
    private final AnimationTimer clock;
    private boolean dark;
    private CheckMenuItem darkItem;
    private MenuBar menuBar;
    private ToggleGroup paletteGroup;
    private long pulses;

    public MainWindow(Stage stage, SessionViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        sidebar = new Sidebar(vm);
        transport = new TransportBar(vm);
        grid = new PanelGrid(List.of("Loss", "Parameters", "Attention", "Predictions", "Landscape", "Phase"),
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
        info.setId("info-banner");
        info.getStyleClass().add("info-banner");
        info.setPadding(new Insets(6));
        info.setAlignment(Pos.CENTER_LEFT);
        infoText.setWrapText(true);
        // wrap at the width the row leaves beside the close button, not at the text's one-line width
        infoText.setMinWidth(0);
        infoText.setPrefWidth(0);
        infoText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(infoText, Priority.ALWAYS);
        Button closeInfo = new Button("×");
        closeInfo.setTooltip(new Tooltip("Hide the description (Help → About this preset shows it again)."));
        closeInfo.setOnAction(e -> showInfo(null));
        info.getChildren().addAll(infoText, closeInfo);
        showInfo(null);
        VBox center = new VBox(info, banner, grid);
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
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("quitting")) {
                e.consume();
            }
        });
        vm.dirtyProperty().addListener((o, a, b) -> updateTitle());
        applyPresetSettings(vm.preset());
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
        vm.presetProperty().addListener((o, a, b) -> {
            if (a == null || !a.view().equals(b.view()) || !a.classroom().equals(b.classroom())
                    || !a.description().equals(b.description())) {
                applyPresetSettings(b);
            }
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
        vm.runningProperty().addListener((o, a, b) -> setChartsLive(b));
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
        stage.setTitle("Transformer Dynamics Lab — " + (p == null ? "" : p.title())
                + (vm.dirtyProperty().get() ? " *" : ""));
    }

    /** A preset's view and classroom settings: palette, theme, panels, notes, locks, its description. */
    private void applyPresetSettings(Preset p) {
        tdlab.preset.ViewSettings v = p.view();
        tdlab.preset.Classroom c = p.classroom();
        palette = v.palette();
        attention.setColormap(Colormap.load(palette));
        if (paletteGroup != null) {
            paletteGroup.getToggles().forEach(t -> t.setSelected(palette.equals(t.getUserData())));
        }
        applyTheme("dark".equals(v.theme()));
        if (darkItem != null) {
            darkItem.setSelected(dark);
        }
        List<String> visible = new java.util.ArrayList<>(v.panels().isEmpty() ? grid.keys() : v.panels());
        visible.removeAll(c.hidden());
        grid.show(visible);
        for (String key : grid.keys()) {
            grid.annotate(key, null);
        }
        for (tdlab.preset.Classroom.Annotation a : c.annotations()) {
            grid.annotate(a.panel(), a.text());
        }
        sidebar.restrict(c.locked(), c.hidden());
        transport.setDisable(c.isLocked("transport"));
        transport.setVisible(!c.isHidden("transport"));
        transport.setManaged(!c.isHidden("transport"));
        showInfo(p.description().isBlank() ? null : p.title() + ": " + p.description());
        if (v.timelineStep() > 0 && vm.stepProperty().get() == 0) {
            vm.runToAndShow(v.timelineStep());
        }
    }

    private void showInfo(String text) {
        infoText.setText(text == null ? "" : text);
        info.setVisible(text != null);
        info.setManaged(text != null);
    }

    /** Asks before discarding unsaved changes; true to go on. */
    private boolean confirmDiscard(String what) {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType("Save…");
        ButtonType discard = new ButtonType("Discard");
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The current setup has changes that are not saved in a"
                + " preset. Save them before " + what + "?", save, discard, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(stage);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return savePreset();
        }
        return answer == discard;
    }

    /** The current view: palette, theme, panels, and the shown step when scrubbed back. */
    private tdlab.preset.ViewSettings currentView() {
        Frame f = vm.frameProperty().get();
        long step = vm.followingProperty().get() || f == null ? -1 : f.step();
        return new tdlab.preset.ViewSettings(palette, dark ? "dark" : "light", vm.preset().view().panels(), step);
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
        if (transport.isDisabled() && (c == KeyCode.SPACE || c == KeyCode.RIGHT || c == KeyCode.BACK_SPACE)) {
            e.consume(); // the transport is locked by the preset
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

    /** Presenter mode: large type, no menu or sidebar, full screen; a preset's locks stay in force. */
    private void presenter(boolean on) {
        if (on) {
            root.getStyleClass().add("presenter");
        } else {
            root.getStyleClass().remove("presenter");
        }
        root.getLeft().setVisible(!on);
        root.getLeft().setManaged(!on);
        menuBar.setVisible(!on);
        menuBar.setManaged(!on);
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
            item.setOnAction(e -> {
                if (confirmDiscard("opening another preset")) {
                    vm.load(p);
                    presetFile = null;
                }
            });
            examples.getItems().add(item);
        }
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            if (confirmDiscard("quitting")) {
                stage.hide();
                javafx.application.Platform.exit();
            }
        });
        file.getItems().addAll(open, recentMenu, examples, save, quit);
        Menu export = new Menu("Export");
        MenuItem animation = new MenuItem("Animation (GIF / MP4)…");
        animation.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        animation.setOnAction(e -> ExportDialog.show(stage, vm, palette));
        MenuItem window1 = new MenuItem("Window as PNG (1×)…");
        window1.setOnAction(e -> exportPng(root, 1, "window"));
        MenuItem window2 = new MenuItem("Window as PNG (2×)…");
        window2.setOnAction(e -> exportPng(root, 2, "window"));
        Menu panelsPng = new Menu("Panel as PNG (2×)");
        List<Node> panelNodes = List.of(loss, parameters, attention, predictions, landscape, phase);
        for (int i = 0; i < grid.keys().size(); i++) {
            String key = grid.keys().get(i);
            Node n = panelNodes.get(i);
            MenuItem item = new MenuItem(key);
            item.setOnAction(e -> exportPng(n, 2, key));
            panelsPng.getItems().add(item);
        }
        MenuItem csv = new MenuItem("Series as CSV…");
        csv.setOnAction(e -> exportData("csv"));
        MenuItem json = new MenuItem("Run record as JSON (reloads as a preset)…");
        json.setOnAction(e -> exportData("json"));
        export.getItems().addAll(animation, window1, window2, panelsPng, csv, json);
        Menu view = new Menu("View");
        darkItem = new CheckMenuItem("Dark theme");
        darkItem.setOnAction(e -> {
            applyTheme(darkItem.isSelected());
            vm.setView(currentView());
        });
        Menu paletteMenu = new Menu("Attention palette");
        ToggleGroup group = new ToggleGroup();
        paletteGroup = group;
        for (Colormap.Named m : Colormap.Named.values()) {
            if (m.diverging()) {
                continue;
            }
            RadioMenuItem item = new RadioMenuItem(m.toString());
            item.setUserData(m.toString());
            item.setToggleGroup(group);
            item.setSelected(m == Colormap.Named.VIRIDIS);
            item.setOnAction(e -> {
                palette = m.toString();
                attention.setColormap(m.load());
                vm.setView(currentView());
            });
            paletteMenu.getItems().add(item);
        }
        MenuItem presenter = new MenuItem("Presenter mode");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presenter.setOnAction(e -> presenter(!root.getStyleClass().contains("presenter")));
        view.getItems().addAll(darkItem, paletteMenu, presenter);
        Menu help = new Menu("Help");
        MenuItem keys = new MenuItem("Keyboard shortcuts (?)");
        keys.setOnAction(e -> cheatSheet());
        MenuItem about = new MenuItem("About this preset");
        about.setOnAction(e -> describePreset());
        help.getItems().addAll(keys, about);
        MenuBar bar = new MenuBar(file, export, view, help);
        bar.setId("menu");
        menuBar = bar;
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
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Loads a preset file; a refused file leaves the session exactly as it was. */
    void open(java.nio.file.Path path) {
        if (!confirmDiscard("opening another preset")) {
            return;
        }
        try {
            vm.load(PresetReader.read(path));
            presetFile = path;
            recent.add(path);
        } catch (PresetException e) {
            error("Cannot open " + path.getFileName(), "Every problem, with its field:\n  " + String.join("\n  ",
                    e.problems()) + "\n\nThe current session is unchanged.");
        } catch (RuntimeException e) {
            error("Cannot open " + path.getFileName(), e.getMessage() + "\n\nThe current session is unchanged.");
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (java.nio.file.Path p : recent.list()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Save as: the setup with the current view, written atomically. True when saved. */
    private boolean savePreset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save preset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Presets (*.json)", "*.json"));
        chooser.setInitialFileName(presetFile != null ? presetFile.getFileName().toString()
                : vm.runConfig().name() + ".json");
        if (presetFile != null && presetFile.getParent() != null) {
            chooser.setInitialDirectory(presetFile.getParent().toFile());
        }
        File f = chooser.showSaveDialog(stage);
        return f != null && saveTo(f.toPath());
    }

    boolean saveTo(java.nio.file.Path path) {
        Preset p = vm.preset();
        Preset withView = p.withView(currentView());
        try {
            PresetWriter.write(withView, path);
            vm.markSaved(withView);
            presetFile = path;
            recent.add(path);
            return true;
        } catch (IOException e) {
            error("Cannot save " + path.getFileName(), e.getMessage() + "\nThe previous file, if any, is unchanged.");
            return false;
        }
    }

    private void exportPng(Node node, double scale, String name) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(vm.runConfig().name() + "-" + name + (scale > 1 ? "@2x" : "") + ".png");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        setChartsLive(false); // the pictures come from the charts' vector drawing, not the live image
        try {
            Snapshots.writePng(node, scale, f.toPath());
        } catch (IOException e) {
            error("Cannot write " + f.getName(), e.getMessage());
        } finally {
            setChartsLive(vm.runningProperty().get());
        }
    }

    /** Charts as images while a run plays, interactive otherwise (see panels.ChartView). */
    private void setChartsLive(boolean live) {
        loss.setLive(live);
        parameters.setLive(live);
        predictions.setLive(live);
    }

    private void exportData(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(Locale.ROOT), "*." + kind));
        chooser.setInitialFileName(vm.runConfig().name() + (kind.equals("json") ? "-run.json" : ".csv"));
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        List<Frame> frames = vm.framesProperty().get();
        try {
            if (kind.equals("csv")) {
                tdlab.export.MetricsCsv.writeAll(f.toPath(), vm.infoProperty().get(), frames);
            } else {
                Preset p = vm.preset();
                tdlab.preset.RunRecord.write(f.toPath(), p.withView(currentView()), tdlab.export.MetricsCsv.json(vm.infoProperty().get(), frames),
                        tdlab.export.RunSummary.of(vm.runConfig(), p.scenario(), vm.infoProperty().get(),
                                frames.get(frames.size() - 1), p.title(), Double.NaN, Double.NaN));
            }
        } catch (IOException e) {
            error("Cannot write " + f.getName(), e.getMessage());
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

    PanelGrid panelGrid() {
        return grid;
    }

    java.nio.file.Path presetFile() {
        return presetFile;
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
