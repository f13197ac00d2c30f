package tdlab.ui;

/** The keyboard cheat-sheet. */
final class Shortcuts {
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

    private Shortcuts() {
    }
}
