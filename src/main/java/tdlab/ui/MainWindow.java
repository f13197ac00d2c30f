package tdlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import tdlab.preset.Classroom;
import tdlab.preset.Preset;
import tdlab.preset.ViewSettings;
import tdlab.render.Colormap;
import tdlab.sim.Frame;
import tdlab.ui.compare.CompareBar;
import tdlab.ui.compare.ComparisonViewModel;
import tdlab.ui.dialogs.DialogService;
import tdlab.ui.dialogs.FxDialogService;
import tdlab.ui.panels.Panel;
import tdlab.ui.panels.PanelContext;
import tdlab.ui.panels.PanelHost;
import tdlab.ui.panels.PanelRegistry;
import tdlab.ui.sidebar.Sidebar;

/**
 * The main window: the menu and the transport bar on top, the sidebar, the preset's description and the
 * divergence banner over the panels the run shows, and the narrating status bar. It wires the session to
 * the parts; an {@link AnimationTimer} polls the session once per pulse, and the panels redraw from the
 * newest (or scrubbed) frame and never wait on training.
 */
public final class MainWindow {
    /**
     * One chart redraw per this many pulses, in turn (about 6 redraws a second in all): a JFreeChart repaint
     * costs milliseconds of FX-thread time, and on a 2-vCPU machine the training thread shares the CPU.
     */
    private static final int CHART_SLOT = 10;
    private final Stage stage;
    private final SessionViewModel vm;
    private final BorderPane root = new BorderPane();
    /** Everything but the menu bar: what presenter mode enlarges. */
    private final BorderPane content = new BorderPane();
    private final Scene scene;
    private final Sidebar sidebar;
    private final TransportBar transport;
    private final PanelHost panels;
    private final ThemeManager theme;
    private final DialogService dialogs;
    private final FileActions files;
    private final MainMenu menu;
    private final Banners.Description description = new Banners.Description();
    private final SidebarDock dock;
    private final LessonViewModel lesson;
    private final AnimationTimer clock;
    private final ComparisonViewModel comparison;
    private final EditHistory history = new EditHistory();
    private long pulses;

    public MainWindow(Stage stage, SessionViewModel vm) {
        this(stage, vm, new FxDialogService(stage));
    }

    /** With another dialog service: a test answers the window's questions from a script. */
    MainWindow(Stage stage, SessionViewModel vm, DialogService dialogs) {
        GlyphLayoutRace.close(); // before this window lays out any text (see the class)
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs;
        comparison = new ComparisonViewModel(vm); // before the preset's settings move the run: its runs move too
        sidebar = new Sidebar(vm, history);
        dock = new SidebarDock(sidebar);
        transport = new TransportBar(vm, this::branchHere);
        panels = new PanelHost(PanelRegistry.standard(), new PanelContext(sidebar.chainData().editedTaskProperty(),
                sidebar::pickStartPoint, sidebar::pickChain, sidebar::pickExplicitStart)); // undoable: nothing asked
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1680, screen.getWidth()), Math.min(980, screen.getHeight()));
        theme = new ThemeManager(scene, content);
        files = new FileActions(vm, dialogs, new RecentFiles(), this::currentView, this::writePng);
        menu = new MainMenu(files, theme, new MenuCommands());
        lesson = new LessonViewModel(vm, sidebar::applyRun);
        VBox center = new VBox(description.view(), new LessonBar(lesson), Banners.divergence(vm, this::rollBack),
                new CompareBar(comparison), panels.view());
        // a press and its release make one edit: a drag on the p/q pad or a slider, a held spinner arrow
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> history.beginGesture());
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> history.endGesture());
        VBox.setVgrow(panels.view(), Priority.ALWAYS);
        root.setTop(menu.bar());
        root.setCenter(content);
        content.setTop(transport);
        content.setLeft(dock);
        content.setCenter(center);
        content.setBottom(statusBar());
        // Redo's second key, as Windows users expect it (the menu item holds Shortcut+Shift+Z)
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Y,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), history::redo);
        new Shortcuts(scene, vm, transport, panels.view(), sidebar::applyDraft, this::showShortcuts,
                () -> theme.presenterProperty().set(!theme.presenterProperty().get()), lesson);
        clock = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard("quitting")) {
                e.consume();
            }
        });
        wire();
        applyPresetSettings(vm.preset());
        new UndoableSettings(history, vm, theme, panels, this::recordLook).install();
        vm.openedProperty().addListener(o -> history.clear()); // another file: not one of this session's edits
        comparison.comparingProperty().addListener(o -> history.prune()); // Stop comparing closed the pinned runs
        panels.newRun(vm.preset(), vm.infoProperty().get());
        panels.showComparison(comparison.comparisonProperty().get());
        panels.showFrame(vm.frameProperty().get(), vm.framesProperty().get());
        updateTitle();
    }

    public void show() {
        if (scene.getWidth() < SidebarDock.FOLD_BELOW_WIDTH) { // a projector's width: the panels need it
            dock.collapsedProperty().set(true);
        }
        stage.show();
        clock.start();
    }

    /** Stops the clock and the panels' background work (the window is closing). */
    public void stop() {
        clock.stop();
        panels.dispose();
        comparison.close();
        history.clear(); // the runs kept for Undo / Redo stop too
    }

    public Scene scene() {
        return scene;
    }

    /** Theme, palette and presenter mode. */
    public ThemeManager theme() {
        return theme;
    }

    /** Pulses seen by the animation clock (the UI benchmark counts them). */
    public long pulses() {
        return pulses;
    }

    private Label statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.narrationProperty());
        status.setPadding(new Insets(3, 8, 3, 8));
        status.setMaxWidth(Double.MAX_VALUE);
        return status;
    }

    private void wire() {
        vm.runsProperty().addListener(o -> { // a new run (or one brought back): the panels it shows, each told of it
            panels.newRun(vm.preset(), vm.infoProperty().get());
            updateTitle();
        });
        vm.presetProperty().addListener((o, a, b) -> {
            if (a == null || !a.view().equals(b.view()) || !a.classroom().equals(b.classroom())
                    || !a.description().equals(b.description())) {
                applyPresetSettings(b);
            }
        });
        vm.frameProperty().addListener((o, a, b) -> panels.showFrame(b, vm.framesProperty().get()));
        comparison.comparisonProperty().addListener((o, a, b) -> panels.showComparison(b));
        vm.runningProperty().addListener((o, a, b) -> panels.setLive(b));
        vm.dirtyProperty().addListener((o, a, b) -> updateTitle());
        vm.editedFromProperty().addListener(o -> showDescription(vm.preset()));
        lesson.settingsRunProperty().addListener(o -> showDescription(vm.preset()));
        lesson.currentProperty().addListener(o -> highlightLessonPanels());
        highlightLessonPanels();
        theme.darkProperty().addListener((o, a, b) -> panels.setDark(b));
        theme.paletteProperty().addListener((o, a, b) -> panels.setPalette(Colormap.load(b)));
        theme.presenterProperty().addListener((o, a, b) -> {
            // presenter mode: large type, no menu or sidebar, full screen; a preset's locks stay in force
            for (Node chrome : List.of(menu.bar(), dock)) {
                chrome.setVisible(!b);
                chrome.setManaged(!b);
            }
            stage.setFullScreen(b);
        });
    }

    /**
     * The preset's description, or the notice that the settings changed since it was loaded; a lesson step's own
     * settings are no such change (the file played as a lesson gets there by itself).
     */
    private void showDescription(Preset p) {
        boolean lessonsOwn = vm.runConfig().equals(lesson.settingsRunProperty().get());
        description.show(PresetTexts.banner(p, lessonsOwn ? null : vm.editedFromProperty().get()));
    }

    private void highlightLessonPanels() {
        tdlab.preset.LessonStep s = lesson.currentProperty().get();
        panels.highlight(s == null ? List.of() : s.highlight());
    }

    private void pulse() {
        pulses++;
        vm.poll();
        comparison.poll();
        if (pulses % CHART_SLOT == 0) {
            panels.redrawNext(vm.framesProperty().get());
        }
    }

    /** Redraws every chart now (tests and screenshots; the clock spreads redraws otherwise). */
    public void refreshNow() {
        vm.poll();
        comparison.poll();
        panels.redrawAll(vm.framesProperty().get());
    }

    private void updateTitle() {
        Preset p = vm.preset();
        stage.setTitle("Transformer Dynamics Lab — " + (p == null ? "" : p.title())
                + (vm.dirtyProperty().get() ? " *" : ""));
    }

    /** A preset's view and classroom settings: palette, theme, notes, locks, its description, its timeline step. */
    private void applyPresetSettings(Preset p) {
        ViewSettings v = p.view();
        Classroom c = p.classroom();
        theme.apply(v);
        Map<String, String> notes = new LinkedHashMap<>();
        for (Classroom.Annotation a : c.annotations()) {
            notes.put(a.panel(), a.text());
        }
        panels.annotate(notes);
        sidebar.restrict(c.locked(), c.hidden());
        transport.setDisable(c.isLocked("transport"));
        transport.setVisible(!c.isHidden("transport"));
        transport.setManaged(!c.isHidden("transport"));
        showDescription(p);
        if (v.timelineStep() > 0 && vm.stepProperty().get() == 0) {
            vm.runToAndShow(v.timelineStep());
        }
    }

    /** The current view: palette, theme, panels, and the shown step when scrubbed back. */
    private ViewSettings currentView() {
        Frame f = vm.frameProperty().get();
        long step = vm.followingProperty().get() || f == null ? -1 : f.step();
        return theme.viewSettings(vm.preset().view().panels(), step);
    }

    /** The setup records the current look (theme, palette), so a save keeps it. */
    private void recordLook() {
        vm.setView(currentView());
    }

    private void writePng(Node node, double scale, Path file) throws IOException {
        panels.setLive(false); // the pictures come from the charts' vector drawing, not the live image
        try {
            Snapshots.writePng(node, scale, file);
        } finally {
            panels.setLive(vm.runningProperty().get());
        }
    }

    /** The sidebar becomes the lesson editor; the lesson does not play while it is edited. */
    private void editLesson() {
        Map<String, String> titles = new LinkedHashMap<>();
        panels.shown().forEach(p -> titles.put(p.key(), p.title()));
        // while a step's settings are in force, the lesson still starts from its own run, not from theirs
        Preset base = vm.runConfig().equals(lesson.settingsRunProperty().get()) ? vm.preset().withRun(lesson.startRun())
                : vm.preset();
        lesson.suspend();
        dock.showInstead(new LessonEditor(new LessonDraft(base), titles, new LessonEditor.Actions() {
            @Override
            public long shownStep() {
                Frame f = vm.frameProperty().get();
                return f == null ? vm.stepProperty().get() : f.step();
            }

            @Override
            public tdlab.train.RunConfig currentRun() {
                return vm.runConfig();
            }

            @Override
            public Preset current() {
                return vm.preset();
            }

            @Override
            public void preview(Preset p) {
                done(p);
                lesson.fromTheTop(true); // plays to the first step
            }

            @Override
            public void save(Preset p) {
                takeLesson(p);
                files.savePresetAs();
            }

            @Override
            public void done(Preset p) {
                takeLesson(p);
                dock.showSidebar();
                lesson.start();
            }
        }));
    }

    /** The session's preset becomes the authored lesson: its classroom, and the run it starts from. */
    private void takeLesson(Preset p) {
        if (!p.run().equals(vm.runConfig())) {
            sidebar.applyRun(p.run()); // the run was changed to take a step's settings: back to the lesson's start
        }
        vm.setClassroom(p.classroom());
    }

    private void showShortcuts() {
        dialogs.showInformation("Keyboard shortcuts", "Keyboard shortcuts", Shortcuts.text(KeyNames.here()));
    }

    /** The menu's requests to the window. */
    private final class MenuCommands implements MainMenu.Window {
        @Override
        public void quit() {
            if (files.confirmDiscard("quitting")) {
                stage.hide();
                Platform.exit();
            }
        }

        @Override
        public void exportAnimation() {
            ExportDialog.show(stage, dialogs, vm, theme.paletteProperty().get());
        }

        @Override
        public Node root() {
            return root;
        }

        @Override
        public ObservableList<Panel> panels() {
            return panels.shown();
        }

        @Override
        public void lookChanged() {
            recordLook();
        }

        @Override
        public void showShortcuts() {
            MainWindow.this.showShortcuts();
        }

        @Override
        public javafx.beans.property.BooleanProperty sidebarFolded() {
            return dock.collapsedProperty();
        }

        @Override
        public EditHistory history() {
            return history;
        }

        @Override
        public void undo() {
            history.undo();
        }

        @Override
        public void redo() {
            history.redo();
        }

        @Override
        public void pin() {
            String name = "Pin run " + comparison.liveName() + " for comparison";
            SessionViewModel.LiveRun before = vm.liveRun();
            if (comparison.pin() != null) {
                history.push(new PinEdit(name, comparison, vm, before));
            }
        }

        @Override
        public void editLesson() {
            MainWindow.this.editLesson();
        }

        @Override
        public void restartLesson() {
            lesson.fromTheTop(false);
        }

        @Override
        public ComparisonViewModel comparison() {
            return comparison;
        }

        @Override
        public void describePreset() {
            Preset p = vm.preset();
            dialogs.showInformation(p.title(), p.title() + (p.scenario().isEmpty() ? "" : "  (" + p.scenario() + ")"),
                    p.description());
        }
    }

    // ----------------------------------------------------------------- for tests

    /** The shown panel of this type; null when the run does not show one. */
    <T extends Panel> T panel(Class<T> type) {
        return panels.shown(type).orElse(null);
    }

    FileActions fileActions() {
        return files;
    }

    /** After a divergence: back to the last finite frame, rates times {@code factor}; Undo brings the diverged run back. */
    private void rollBack(double factor) {
        long to = vm.rollbackStep();
        tdlab.train.RunConfig cfg = factor == 1 ? vm.runConfig() : vm.withLearningRatesScaled(factor);
        String name = "Roll back to step " + to + (factor == 1 ? "" : ", learning rates ×" + factor); // as its button
        vm.rollbackKeeping(cfg).ifPresent(replaced -> history.push(new RunSwap(name, vm, replaced, () -> { })));
    }

    /** Branch here as one edit: Undo brings the run back with every frame it had, so nothing is asked. */
    private void branchHere() {
        long step = vm.frameProperty().get() == null ? -1 : vm.frameProperty().get().step();
        vm.branchKeeping().ifPresent(replaced -> history.push(new RunSwap(
                String.format(java.util.Locale.ROOT, "Branch at step %,d", step), vm, replaced, () -> { })));
    }

    MainMenu menu() {
        return menu;
    }

    LessonViewModel lesson() {
        return lesson;
    }

    ComparisonViewModel comparison() {
        return comparison;
    }

    PanelHost panels() {
        return panels;
    }
}
