package tdlab.ui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import tdlab.render.Colormap;
import tdlab.ui.compare.ComparisonViewModel;
import tdlab.ui.panels.Panel;

/**
 * The menu bar: File (open, recent, examples, save, quit), Edit (undo, redo of the settings' edits), Export (animation, window and panel pictures,
 * series, run record), View (theme, palette, presenter mode), Lesson (edit, play from the start) and Help. Items only call actions; each has an
 * id ("menu-" + what it does) for tests.
 */
final class MainMenu {

    /** What the menu asks of the window besides the file actions. */
    interface Window {
        void quit();

        void exportAnimation();

        /** The whole window, for "Window as PNG". */
        Node root();

        /** The panels shown, for "Panel as PNG"; the list changes with the run. */
        ObservableList<Panel> panels();

        /** The user changed the theme or the palette: the setup records the new look. */
        void lookChanged();

        void showShortcuts();

        void describePreset();

        /** Whether the settings sidebar is folded to its strip. */
        javafx.beans.property.BooleanProperty sidebarFolded();

        /** The settings' edits, for Edit → Undo / Redo. */
        EditHistory history();

        void undo();

        void redo();

        /** Compare → Pin: the live run pinned beside a fresh one, one undoable edit. */
        void pin();

        /** Lesson → Edit lesson: the sidebar becomes the lesson's step list. */
        void editLesson();

        /** Lesson → Play from the start: the run back to step 0, the lesson before its first step. */
        void restartLesson();
        /** Compare's pinned runs, for the Compare menu. */
        ComparisonViewModel comparison();
    }

    private final FileActions files;
    private final ThemeManager theme;
    private final Window window;
    private final MenuBar bar;

    MainMenu(FileActions files, ThemeManager theme, Window window) {
        this.files = files;
        this.theme = theme;
        this.window = window;
        bar = new MenuBar(fileMenu(), editMenu(), exportMenu(), viewMenu(), lessonMenu(), compareMenu(), helpMenu());
        bar.setId("menu");
    }

    MenuBar bar() {
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("Open preset…", "open", files::openPreset);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        Menu examples = new Menu("Open example");
        for (String name : Presets.GALLERY) { // each read whole when chosen, not before the first frame
            examples.getItems().add(item(Presets.title(name), "example-" + name,
                    () -> files.openExample(Presets.load(name))));
        }
        MenuItem save = item("Save preset as…", "save", files::savePresetAs);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        MenuItem quit = item("Quit", "quit", window::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        return new Menu("File", null, open, recent, examples, save, quit);
    }

    /** Undo / Redo, each naming its edit ("Undo: p 0.2 → 0.35"); Shortcut+Y redoes too (the window's accelerator). */
    private Menu editMenu() {
        EditHistory h = window.history();
        MenuItem undo = item("Undo", "undo", window::undo);
        undo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> h.undoNameProperty().get()
                .isEmpty() ? "Undo" : "Undo: " + h.undoNameProperty().get(), h.undoNameProperty()));
        undo.disableProperty().bind(h.canUndoProperty().not());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        MenuItem redo = item("Redo", "redo", window::redo);
        redo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> h.redoNameProperty().get()
                .isEmpty() ? "Redo" : "Redo: " + h.redoNameProperty().get(), h.redoNameProperty()));
        redo.disableProperty().bind(h.canRedoProperty().not());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        return new Menu("Edit", null, undo, redo);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : files.recentFiles()) {
            recent.getItems().add(item(p.toString(), null, () -> files.open(p)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu exportMenu() {
        MenuItem animation = item("Animation (GIF / MP4)…", "export-animation", window::exportAnimation);
        animation.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        Menu panels = new Menu("Panel as PNG (2×)");
        panels.setId("menu-export-panel");
        window.panels().addListener((ListChangeListener<Panel>) c -> fillPanels(panels));
        fillPanels(panels);
        return new Menu("Export", null, animation,
                item("Window as PNG (1×)…", "export-window", () -> files.exportPng(window.root(), 1, "window")),
                item("Window as PNG (2×)…", "export-window-2x", () -> files.exportPng(window.root(), 2, "window")),
                panels,
                item("Series as CSV…", "export-csv", files::exportCsv),
                item("Run record as JSON (reloads as a preset)…", "export-json", files::exportRunRecord));
    }

    private void fillPanels(Menu menu) {
        menu.getItems().clear();
        for (Panel p : window.panels()) {
            menu.getItems().add(item(p.title(), "export-panel-" + p.key(),
                    () -> files.exportPng(p.exportNode(), 2, p.key())));
        }
    }

    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.setSelected(theme.darkProperty().get());
        theme.darkProperty().addListener((o, a, b) -> dark.setSelected(b));
        dark.setOnAction(e -> {
            theme.darkProperty().set(dark.isSelected());
            window.lookChanged();
        });
        Menu palette = new Menu("Attention palette");
        ToggleGroup group = new ToggleGroup();
        for (Colormap.Named m : Colormap.Named.values()) {
            if (m.diverging()) {
                continue;
            }
            RadioMenuItem item = new RadioMenuItem(m.toString());
            item.setId("menu-palette-" + m);
            item.setToggleGroup(group);
            item.setSelected(m.toString().equals(theme.paletteProperty().get()));
            theme.paletteProperty().addListener((o, a, b) -> item.setSelected(m.toString().equals(b)));
            item.setOnAction(e -> {
                theme.paletteProperty().set(m.toString());
                window.lookChanged();
            });
            palette.getItems().add(item);
        }
        MenuItem presenter = item("Presenter mode", "presenter",
                () -> theme.presenterProperty().set(!theme.presenterProperty().get()));
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        CheckMenuItem sidebar = new CheckMenuItem("Settings sidebar");
        sidebar.setId("menu-sidebar");
        sidebar.setSelected(!window.sidebarFolded().get());
        sidebar.selectedProperty().addListener((o, a, b) -> window.sidebarFolded().set(!b));
        window.sidebarFolded().addListener((o, a, b) -> sidebar.setSelected(!b));
        sidebar.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        return new Menu("View", null, dark, palette, presenter, sidebar);
    }

    private Menu lessonMenu() {
        return new Menu("Lesson", null, item("Edit lesson…", "lesson-edit", window::editLesson),
                item("Play from the start", "lesson-restart", window::restartLesson));
    }

    /** Pin the live run beside the next one (up to four runs in all), stop comparing. */
    private Menu compareMenu() {
        ComparisonViewModel c = window.comparison();
        MenuItem pin = item("Pin this run for comparison", "compare-pin", window::pin);
        pin.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        pin.disableProperty().bind(c.canPinProperty().not());
        MenuItem stop = item("Stop comparing", "compare-stop", c::stop);
        stop.disableProperty().bind(c.comparingProperty().not());
        return new Menu("Compare", null, pin, stop);
    }

    private Menu helpMenu() {
        return new Menu("Help", null, item("Keyboard shortcuts (?)", "shortcuts", window::showShortcuts),
                item("About this preset", "about", window::describePreset));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId("menu-" + id);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The item with this id ("menu-…"), searched through the submenus; null if none (for tests). */
    MenuItem item(String id) {
        return find(bar.getMenus(), id);
    }

    private static MenuItem find(java.util.List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem found = find(m.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
