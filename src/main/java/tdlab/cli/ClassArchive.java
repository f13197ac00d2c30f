package tdlab.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A class-data-sharing archive of the app's classes for the restarted JVM of {@code java -jar} (the window only): the
 * first start writes it when the app quits ({@code -XX:ArchiveClassesAtExit}), later starts map it instead of
 * loading and verifying some ten thousand classes again (bench --startup: 1.97 s against 3.98 s to the first drawn
 * window on a busy machine, 2.11 s against 2.22 s on an idle one). It lives in
 * the platform's cache folder, named by the class path's files and the Java version, so a rebuilt jar or another
 * JDK writes a new one; a stale or broken archive only costs the speed-up (the JVM then runs without it, silently).
 * TDLAB_NO_CDS=1 turns it off.
 */
final class ClassArchive {
    private ClassArchive() {
    }

    /** The JVM options for this start: none unless it opens the window (no arguments, or "gui ..."). */
    static List<String> options(String[] args, Path folder, String classPath, String javaVersion) {
        if (!opensWindow(args)) {
            return List.of();
        }
        Path archive = folder.resolve("tdlab-" + Long.toHexString(fingerprint(classPath, javaVersion)) + ".jsa");
        List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        try {
            if (Files.size(archive) > 0) {
                return concat("-XX:SharedArchiveFile=" + archive, quiet);
            }
        } catch (IOException missing) {
            // written below
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return List.of(); // no cache folder: start without the archive
        }
        return concat("-XX:ArchiveClassesAtExit=" + archive, quiet);
    }

    /** Whether these arguments open the window: none, or "gui ...". */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args[0].equals("gui");
    }

    private static List<String> concat(String first, List<String> rest) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    /** The platform's cache folder for the app: ~/.cache/tdlab (or $XDG_CACHE_HOME), ~/Library/Caches, %LOCALAPPDATA%. */
    static Path folder(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("tdlab").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("tdlab");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("tdlab");
    }

    /** Every class path entry's name, size and time, and the Java version: what the archive depends on. */
    static long fingerprint(String classPath, String javaVersion) {
        long h = javaVersion.hashCode();
        for (String entry : classPath.split(File.pathSeparator)) {
            File f = new File(entry);
            h = 31 * h + f.getAbsolutePath().hashCode();
            h = 31 * h + f.length();
            h = 31 * h + f.lastModified();
        }
        return h;
    }
}
