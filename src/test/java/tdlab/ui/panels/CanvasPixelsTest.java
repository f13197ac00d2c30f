package tdlab.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.render.Heatmap;

@ExtendWith(ApplicationExtension.class)
class CanvasPixelsTest {
    private final Canvas canvas = new Canvas();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(canvas), 100, 100));
        stage.show();
    }

    private static Heatmap.Image filled(int argb) {
        int[] px = new int[8 * 8];
        java.util.Arrays.fill(px, argb);
        return new Heatmap.Image(8, 8, px);
    }

    private int pixel(int x, int y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            return canvas.snapshot(p, null).getPixelReader().getArgb(x, y);
        }).get(10, TimeUnit.SECONDS);
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theSamePixelsAreNotRedrawnNewOnesAre() throws Exception {
        fx(() -> CanvasPixels.show(canvas, filled(0xFF0000FF)));
        assertThat(pixel(3, 3)).isEqualTo(0xFF0000FF);
        assertThat(canvas.getWidth()).isEqualTo(8);
        // a mark only a redraw would cover: the same image again leaves it, so nothing was repainted
        fx(() -> {
            canvas.getGraphicsContext2D().setFill(Color.RED);
            canvas.getGraphicsContext2D().fillRect(0, 0, 8, 8);
        });
        fx(() -> CanvasPixels.show(canvas, filled(0xFF0000FF)));
        assertThat(pixel(3, 3)).isEqualTo(0xFFFF0000);
        fx(() -> CanvasPixels.show(canvas, filled(0xFF00FF00)));
        assertThat(pixel(3, 3)).isEqualTo(0xFF00FF00);
    }
}
