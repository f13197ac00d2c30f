package tdlab.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions and messages the app puts to the user, behind one interface: the JavaFX implementation
 * opens choosers and alerts, a test's fake records what was asked and answers from a script, so the
 * actions that ask can be tested without a window.
 */
public interface DialogService {

    /** A file to read; empty when the user cancels. */
    Optional<Path> showOpenDialog(FileRequest request);

    /** A file to write; empty when the user cancels. */
    Optional<Path> showSaveDialog(FileRequest request);

    /**
     * The title and description a preset is saved with, starting from {@code proposed}; empty when the user
     * cancels.
     */
    Optional<PresetText> editPresetText(String header, PresetText proposed);

    /** Something failed; the text says what and what state things are in. */
    void showError(String header, String text);

    /** Something to read (the shortcuts, a preset's description). */
    void showInformation(String title, String header, String text);

    /**
     * A question answered by one of {@code choices} or by cancelling. Returns the choice made, empty on
     * cancel (or when the dialog is closed).
     */
    Optional<String> confirm(String header, String text, List<String> choices);
}
