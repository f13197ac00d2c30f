package tdlab.ui;

import java.util.Locale;

/**
 * How the window's texts name a shortcut: the accelerators use JavaFX's SHORTCUT modifier (⌘ on macOS, Ctrl
 * elsewhere), so the cheat-sheet and the tooltips must name the same key the user's platform uses.
 */
public record KeyNames(boolean mac) {

    /** The names on the platform this JVM runs on. */
    public static KeyNames here() {
        return of(System.getProperty("os.name", ""));
    }

    /** The names for an {@code os.name} value. */
    public static KeyNames of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return new KeyNames(os.startsWith("mac") || os.startsWith("darwin"));
    }

    /** The shortcut modifier with a key: "⌘O" on macOS, "Ctrl+O" elsewhere. */
    public String shortcut(String key) {
        return mac ? "⌘" + key : "Ctrl+" + key;
    }
}
