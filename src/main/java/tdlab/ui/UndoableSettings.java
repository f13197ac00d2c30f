package tdlab.ui;

import tdlab.preset.Classroom;
import tdlab.ui.panels.PanelHost;

/**
 * The window's own settings as edits in the history, beside the run's: the speed, the theme, the palette, presenter
 * mode, the maximised panel, the panels' dividers and the lesson's classroom settings. Each is recorded when it changes (a slider's drag
 * is one edit) and set back through its own property; what an undo sets is not recorded again.
 */
final class UndoableSettings {
    private final EditHistory history;
    private final SessionViewModel vm;
    private final ThemeManager theme;
    private final PanelHost panels;
    private final Runnable recordLook;

    /** {@code recordLook}: the preset takes the window's look, so a save keeps an undone theme or palette. */
    UndoableSettings(EditHistory history, SessionViewModel vm, ThemeManager theme, PanelHost panels,
            Runnable recordLook) {
        this.history = history;
        this.vm = vm;
        this.theme = theme;
        this.panels = panels;
        this.recordLook = recordLook;
    }

    /** From now on (after the preset's own settings are applied) every change is an edit. */
    void install() {
        vm.speedProperty().addListener((o, a, b) -> history.push(ValueEdit.of("speed", a.doubleValue(),
                b.doubleValue(), v -> vm.speedProperty().set(v),
                (x, y) -> "speed " + TransportBar.speedText(x) + " → " + TransportBar.speedText(y))));
        theme.darkProperty().addListener((o, a, b) -> history.push(ValueEdit.of("theme", a, b, v -> {
            theme.darkProperty().set(v);
            recordLook.run();
        }, (x, y) -> y ? "dark theme" : "light theme")));
        theme.paletteProperty().addListener((o, a, b) -> history.push(ValueEdit.of("palette", a, b, v -> {
            theme.paletteProperty().set(v);
            recordLook.run();
        }, (x, y) -> "palette " + x + " → " + y)));
        theme.presenterProperty().addListener((o, a, b) -> history.push(ValueEdit.of("presenter", a, b,
                v -> theme.presenterProperty().set(v), (x, y) -> y ? "presenter mode" : "leave presenter mode")));
        panels.onUserMaximise((a, b) -> history.push(ValueEdit.of("layout", a, b, panels::maximise,
                (x, y) -> y.isEmpty() ? "restore the panels" : "maximise " + title(y))));
        panels.onUserResize((a, b) -> history.push(ValueEdit.of("panel sizes", a, b, panels::setDividers,
                (x, y) -> "resize the panels")));
        vm.presetProperty().addListener((o, a, b) -> {
            if (a != null && b != null && !a.classroom().equals(b.classroom())) { // a file opened: cleared after
                history.push(ValueEdit.of("classroom", a.classroom(), b.classroom(), vm::setClassroom,
                        UndoableSettings::classroomChange));
            }
        });
    }

    private String title(String key) {
        return panels.shown().stream().filter(p -> p.key().equals(key)).findFirst().map(p -> p.title()).orElse(key);
    }

    /** "lesson 3 steps → 4 steps", "lesson" for edited steps, else the classroom settings (locks, notes). */
    private static String classroomChange(Classroom a, Classroom b) {
        if (a.steps().size() != b.steps().size()) {
            return "lesson " + a.steps().size() + " steps → " + b.steps().size() + " steps";
        }
        return a.steps().equals(b.steps()) ? "classroom settings" : "lesson";
    }
}
