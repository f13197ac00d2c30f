package tdlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The File → Open recent list: up to eight preset files, newest first, kept in the user's preferences. */
public final class RecentFiles {
    static final int MAX = 8;
    private static final String KEY = "recent-presets";
    private final Preferences prefs;

    /** The app's list, in the user's preferences. */
    public RecentFiles() {
        this(Preferences.userRoot().node("tdlab"));
    }

    /** A list kept in this preferences node (tests use their own, so they leave the user's list alone). */
    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String s : prefs.get(KEY, "").split("\n")) {
            if (!s.isBlank() && Files.exists(Path.of(s))) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    public void add(Path p) {
        List<Path> l = list();
        Path abs = p.toAbsolutePath().normalize();
        l.remove(abs);
        l.add(0, abs);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(MAX, l.size()); i++) {
            b.append(l.get(i)).append('\n');
        }
        prefs.put(KEY, b.toString());
    }
}
