package tdlab.ui.dialogs;

import java.nio.file.Path;

/**
 * What a file chooser asks for.
 *
 * @param title            the chooser's title
 * @param filter           the name of the file type ("Presets (*.json)")
 * @param extension        the file type's extension without the dot ("json")
 * @param initialName      proposed file name, or null
 * @param initialDirectory folder to start in, or null for the chooser's own choice
 */
public record FileRequest(String title, String filter, String extension, String initialName, Path initialDirectory) {

    /** A request with no proposed name or folder. */
    public static FileRequest of(String title, String filter, String extension) {
        return new FileRequest(title, filter, extension, null, null);
    }

    public FileRequest in(Path folder) {
        return new FileRequest(title, filter, extension, initialName, folder);
    }

    public FileRequest named(String name) {
        return new FileRequest(title, filter, extension, name, initialDirectory);
    }
}
