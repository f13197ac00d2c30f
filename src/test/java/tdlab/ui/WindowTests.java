package tdlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests share, as static helpers rather than a base class (TestFX looks for {@code @Start} on the
 * test class itself): waiting for a condition on the FX thread after the window has drawn, running code there, and
 * reading a canvas's pixels.
 */
final class WindowTests {
    private WindowTests() {
    }

    /**
     * Waits until {@code condition} holds, evaluated on the FX thread right after the window has polled its run and
     * redrawn, so the condition never sees a poll half applied.
     */
    static void waitUntil(MainWindow window, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            window.refreshNow();
            return condition.call();
        }).get());
    }

    /** Visible on screen: the node and every ancestor are visible. */
    static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code c} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** A canvas's pixels as ARGB, row by row. */
    static int[] pixels(Canvas c) {
        WritableImage img = c.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }
}
