package tdlab.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Closes a race in OpenJFX 21's text layout on Linux that crashed the JVM in the window tests (SIGSEGV in libc)
 * or threw ConcurrentModificationException from {@code PangoGlyphLayout.dispose}. JavaFX lends one shared
 * {@code GlyphLayout} to whichever thread asks while it is free; {@code PangoGlyphLayout.dispose} marks it free
 * first and frees its native strings after, so the render thread (laying out canvas text: JFreeChart's charts
 * draw theirs with {@code fillText}) can take it while the FX thread is still freeing them: the same strings
 * freed twice. Marking the shared instance as lent for good, and replacing it by one nobody ever holds, makes
 * every caller take a fresh instance of its own (a small allocation per layout). Newer OpenJFX frees before it
 * marks; on a JavaFX without these fields the workaround does nothing and says so once.
 */
final class GlyphLayoutRace {
    private GlyphLayoutRace() {
    }

    /** Call on the FX thread once the toolkit runs (each window does; a second call changes nothing that matters). */
    static void close() {
        try {
            Class<?> layout = Class.forName("com.sun.javafx.text.GlyphLayout");
            Field inUse = layout.getDeclaredField("inUse");
            Field shared = layout.getDeclaredField("reusableGL");
            Method fresh = layout.getDeclaredMethod("newInstance");
            inUse.setAccessible(true);
            shared.setAccessible(true);
            fresh.setAccessible(true);
            synchronized (layout) { // the lock getInstance() takes to lend the shared instance
                // a new shared instance that is never lent: a holder of the old one can no longer mark it free
                shared.set(null, fresh.invoke(null));
                inUse.setBoolean(null, true);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(GlyphLayoutRace.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot close JavaFX's text layout race (" + e + "); the window may rarely throw from"
                            + " PangoGlyphLayout. Run with --add-opens=javafx.graphics/com.sun.javafx.text=ALL-UNNAMED");
        }
    }
}
