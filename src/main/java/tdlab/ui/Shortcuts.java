package tdlab.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's single-key shortcuts and their cheat-sheet. They act only while no text input has focus: a
 * field keeps its own keys (Backspace deletes a digit, Space types a space). A locked transport ignores its
 * keys. Ctrl+O, Ctrl+S, Ctrl+E and F11 are the menu items' accelerators.
 */
final class Shortcuts implements EventHandler<KeyEvent> {
    static final String TEXT = String.join("\n",
            "Space            play / pause",
            "→                one step",
            "Shift+→          100 steps",
            "Backspace        reset to step 0",
            "Ctrl+Enter       apply the edited settings (restarts the run)",
            "Ctrl+O           open a preset",
            "Ctrl+S           save the current setup as a preset",
            "F11              presenter mode (full screen, no sidebar, large text)",
            "?                this sheet",
            "",
            "Drag the timeline to show any recorded frame; \"Branch here\" continues from it.",
            "Learning-rate sliders act at the next step; other edits wait for Apply.");

    private final Scene scene;
    private final SessionViewModel vm;
    private final Node transport;
    private final Runnable applyDraft;
    private final Runnable showSheet;
    private final Runnable togglePresenter;

    Shortcuts(Scene scene, SessionViewModel vm, Node transport, Runnable applyDraft, Runnable showSheet,
              Runnable togglePresenter) {
        this.scene = scene;
        this.vm = vm;
        this.transport = transport;
        this.applyDraft = applyDraft;
        this.showSheet = showSheet;
        this.togglePresenter = togglePresenter;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
    }

    @Override
    public void handle(KeyEvent e) {
        Node focus = scene.getFocusOwner();
        boolean typing = focus instanceof TextInputControl || focus != null && focus.getParent() instanceof Spinner;
        KeyCode c = e.getCode();
        if (e.isShortcutDown() && c == KeyCode.ENTER) {
            applyDraft.run();
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
            showSheet.run();
        } else if (c == KeyCode.F11) {
            togglePresenter.run();
        } else {
            return;
        }
        e.consume();
    }
}
