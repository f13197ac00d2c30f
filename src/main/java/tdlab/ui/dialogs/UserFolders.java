package tdlab.ui.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a file chooser starts when the user has not chosen a folder yet: the platform's documents folder
 * (Windows: %USERPROFILE%\Documents; macOS: ~/Documents; Linux: $XDG_DOCUMENTS_DIR, else ~/Documents), or the home
 * folder where that folder does not exist. Recent files live in {@link java.util.prefs.Preferences}, which is the
 * registry on Windows, a plist on macOS and a file under the user's home on Linux; nothing here names a fixed path.
 *
 * @param osName the JVM's {@code os.name}
 * @param home   the user's home folder ({@code user.home})
 * @param env    the environment
 */
public record UserFolders(String osName, Path home, Map<String, String> env) {

    /** This machine's. */
    public static UserFolders here() {
        return new UserFolders(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")),
                System.getenv());
    }

    /** The documents folder if it exists, else the home folder. */
    public Path documents() {
        Path d = documentsCandidate();
        return Files.isDirectory(d) ? d : home;
    }

    private Path documentsCandidate() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String profile = env.get("USERPROFILE");
            return (profile != null && !profile.isBlank() ? Path.of(profile) : home).resolve("Documents");
        }
        if (!os.startsWith("mac")) {
            String xdg = env.get("XDG_DOCUMENTS_DIR");
            if (xdg != null && !xdg.isBlank()) {
                return Path.of(xdg.replace("$HOME", home.toString()));
            }
        }
        return home.resolve("Documents");
    }
}
