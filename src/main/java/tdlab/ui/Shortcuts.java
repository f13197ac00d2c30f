package tdlab.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's single-key shortcuts and their cheat-sheet. They act only while no text input has focus: a
 * field keeps its own keys (Backspace deletes a digit, Space types a space, → moves the caret), and Esc
 * leaves it for the panels, after which the keys are the transport's again. A locked transport ignores its
 * keys. Shortcut+O, S, E, B (⌘ on macOS, Ctrl elsewhere) and F11 are the menu items' accelerators.
 */
final class Shortcuts implements EventHandler<KeyEvent> {
    /** The cheat-sheet, with the shortcut modifier this platform uses. */
    static String text(KeyNames keys) {
        return String.join("\n",
                "Space            play / pause",
                "→                one step",
                "Shift+→          100 steps",
                "Backspace        reset to step 0",
                "Page Down / Up   a guided lesson's next / previous step (as presentation clickers send)",
                column(keys.shortcut("Enter")) + "apply the edited settings (restarts the run)",
                column(keys.shortcut("O")) + "open a preset",
                column(keys.shortcut("S")) + "save the current setup as a preset",
                column(keys.shortcut("Z")) + "undo the last edit of the settings (Edit menu names it)",
                column(keys.shortcut("Shift+Z")) + "redo (also " + keys.shortcut("Y") + ")",
                column(keys.shortcut("E")) + "export an animation",
                column(keys.shortcut("D")) + "pin this run to compare it with the next (up to four runs)",
                column(keys.shortcut("Q")) + "quit",
                "F11              presenter mode (full screen, no sidebar, large text)",
                column(keys.shortcut("B")) + "fold / unfold the settings sidebar",
                "?                this sheet",
                "Esc              leave a text field (its keys are the field's while it has focus)",
                "",
                "Drag the timeline to show any recorded frame; \"Branch here\" continues from it.",
                "Learning-rate sliders act at the next step; other edits wait for Apply.");
    }

    private static String column(String key) {
        return String.format("%-17s", key);
    }

    private final Scene scene;
    private final SessionViewModel vm;
    private final Node transport;
    private final Node panels;
    private final Runnable applyDraft;
    private final Runnable showSheet;
    private final Runnable togglePresenter;
    private final LessonViewModel lesson;

    Shortcuts(Scene scene, SessionViewModel vm, Node transport, Node panels, Runnable applyDraft, Runnable showSheet,
              Runnable togglePresenter, LessonViewModel lesson) {
        this.scene = scene;
        this.vm = vm;
        this.transport = transport;
        this.panels = panels;
        this.applyDraft = applyDraft;
        this.showSheet = showSheet;
        this.togglePresenter = togglePresenter;
        this.lesson = lesson;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
    }

    @Override
    public void handle(KeyEvent e) {
        boolean typing = takesText(scene.getFocusOwner());
        KeyCode c = e.getCode();
        if (e.isShortcutDown() && c == KeyCode.ENTER) {
            applyDraft.run();
            e.consume();
            return;
        }
        if (c == KeyCode.F11) { // no field types F11: presenter mode from anywhere, through one path
            togglePresenter.run();
            e.consume();
            return;
        }
        if (typing) {
            if (c == KeyCode.ESCAPE) {
                panels.requestFocus(); // the field commits as on any focus loss
                e.consume();
            }
            return;
        }
        if (lesson.active() && (c == KeyCode.PAGE_DOWN || c == KeyCode.PAGE_UP)) { // a lesson's own keys, even with
            if (c == KeyCode.PAGE_DOWN) {                                           // the transport locked
                lesson.next();
            } else {
                lesson.back();
            }
            e.consume();
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
            showSheet.run();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Whether this focus owner takes typed text. An editable spinner or combo box keeps the focus itself
     * and hands keys to its editor (which only looks focused), so the editor is never the focus owner.
     */
    static boolean takesText(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) {
                return t.isEditable();
            }
            if (n instanceof Spinner<?> s) {
                return s.isEditable();
            }
            if (n instanceof ComboBoxBase<?> b) {
                return b.isEditable();
            }
        }
        return false;
    }
}
