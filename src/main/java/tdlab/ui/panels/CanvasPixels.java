package tdlab.ui.panels;

import java.awt.image.BufferedImage;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import tdlab.render.Heatmap;
import tdlab.render.LandscapeImage;

/**
 * Puts pixels drawn by the JavaFX-free renderers onto a canvas. Each canvas keeps one WritableImage (in its
 * properties) and reuses it while the size stays, so a panel that redraws every frame allocates nothing.
 */
public final class CanvasPixels {
    private static final Object KEY = new Object();
    private static final Object SHOWN = new Object();

    private CanvasPixels() {
    }

    public static void draw(Canvas canvas, int[] argb, int width, int height, double x, double y) {
        WritableImage img = canvas.getProperties().get(KEY) instanceof WritableImage w
                && (int) w.getWidth() == width && (int) w.getHeight() == height ? w : new WritableImage(width, height);
        canvas.getProperties().put(KEY, img);
        img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setImageSmoothing(false);
        g.drawImage(img, x, y);
    }

    /**
     * For a canvas that shows nothing but this image: sizes it to the image and draws it, unless it already
     * shows exactly these pixels (a converged run repeats its heatmap; no repaint means no dirty region).
     */
    public static void show(Canvas canvas, Heatmap.Image image) {
        if (canvas.getWidth() == image.width() && canvas.getHeight() == image.height()
                && java.util.Arrays.equals(image.argb(), (int[]) canvas.getProperties().get(SHOWN))) {
            return;
        }
        canvas.setWidth(image.width());
        canvas.setHeight(image.height());
        // an image with transparent pixels (a margin, a gap) would otherwise keep the previous image there
        canvas.getGraphicsContext2D().clearRect(0, 0, image.width(), image.height());
        draw(canvas, image, 0, 0);
        canvas.getProperties().put(SHOWN, image.argb());
    }

    public static void draw(Canvas canvas, Heatmap.Image image, double x, double y) {
        draw(canvas, image.argb(), image.width(), image.height(), x, y);
    }

    public static void draw(Canvas canvas, BufferedImage image, double x, double y) {
        draw(canvas, LandscapeImage.argb(image), image.getWidth(), image.getHeight(), x, y);
    }
}
